import { spawnSync } from 'node:child_process';
import { root } from './paths.ts';

export interface BuildResult {
  status: number | null;
  output: string;
}

/** Runs the site build (`npm run build`: scripts/build.ts) with the given environment (CONTENT_DIR, OUT_DIR, ...). */
export function astroBuild(env: Record<string, string> = {}): BuildResult {
  // process.execPath: the Node running the tests (the project's pinned Node 24).
  const result = spawnSync(process.execPath, [`${root}scripts/build.ts`], {
    cwd: root,
    env: { ...process.env, ...env, FORCE_COLOR: '0', NO_COLOR: '1' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
