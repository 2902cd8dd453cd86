import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { distDir, fixtureDistDir, root } from '../helpers/paths.ts';

/**
 * Every page is valid HTML, checked by the Nu HTML Checker (vnu.jar from the npm
 * package `vnu-jar`; it needs Java: Debian's `default-jre-headless`, which .ci/run
 * installs when missing). Both builds: the default site and the fixture site with the
 * example records, so every template is covered.
 */
const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
const available = java.status === 0;
if (!available) {
  if (process.env.CI === 'true')
    throw new Error('CI=true but no Java for the HTML checker: install the Debian package "default-jre-headless"');
  console.warn('\n*** SKIPPING the HTML checker: no Java (install the Debian package "default-jre-headless") ***\n');
}

interface VnuMessage {
  type: string;
  url: string;
  lastLine?: number;
  message: string;
}

/** One checker run (one JVM start) over the given folders. */
function check(dirs: string[]): VnuMessage[] {
  const run = spawnSync(
    'java',
    ['-Xss16m', '-jar', `${root}node_modules/vnu-jar/build/dist/vnu.jar`, '--errors-only', '--skip-non-html', '--format', 'json', ...dirs],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (run.error) throw run.error;
  const output = JSON.parse(run.stderr || run.stdout || '{"messages":[]}') as { messages: VnuMessage[] };
  return output.messages;
}

describe.skipIf(!available)('valid HTML (Nu HTML Checker)', () => {
  it('every page of the default and the fixture site has no HTML errors', () => {
    const errors = check([distDir, fixtureDistDir]).map((m) => `${m.url.replace('file:', '')}:${m.lastLine ?? '?'}: ${m.message}`);
    expect(errors).toEqual([]);
  }, 900_000);
});
