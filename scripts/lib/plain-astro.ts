/**
 * The yardstick for `npm run bench`: a plain Astro project with the same number of
 * pages, each one paragraph, built with the installed Astro, split into as many
 * `astro build` processes run at once as the site's own build has languages. What the
 * site does beyond plain Astro (content collections, layouts, search, after-build steps)
 * is the difference between the two.
 */
import { spawn } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { watchPeakMemory } from './process-tree.ts';

export interface PlainBuild {
  pages: number;
  processes: number;
  seconds: number;
  peakBytes: number;
}

const config = `import { defineConfig } from 'astro/config';
export default defineConfig({ output: 'static', outDir: './dist', site: 'https://plain.example' });
`;

/** One page per path, `/<thousands>/<n>/`, each a title and one paragraph. */
const page = (count: number, offset: number) => `---
export function getStaticPaths() {
  return Array.from({ length: ${count} }, (_, i) => {
    const n = ${offset} + i;
    return { params: { path: \`\${Math.floor(n / 1000)}/\${n}\` }, props: { n } };
  });
}
const { n } = Astro.props;
---
<html lang="id">
  <head><meta charset="utf-8" /><title>Halaman {n}</title></head>
  <body><p>Ini halaman nomor {n}: satu paragraf teks biasa, tanpa data, untuk mengukur Astro sendiri.</p></body>
</html>
`;

function astroBuild(dir: string, pids: number[]): Promise<void> {
  return new Promise((resolveBuild, reject) => {
    const child = spawn(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build', '--root', dir], {
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    pids.push(child.pid!);
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors = (errors + chunk.toString()).slice(-4000)));
    child.on('close', (code) => (code === 0 ? resolveBuild() : reject(new Error(`plain astro build in ${dir} failed:\n${errors}`))));
  });
}

/**
 * Writes the plain projects under `workDir` (inside the project, so `astro` resolves from
 * its node_modules), builds them at once, measures wall time and peak memory of all
 * of them, and deletes them.
 */
export async function buildPlainAstro(pages: number, processes: number, workDir = '.tmp/bench-plain'): Promise<PlainBuild> {
  await rm(workDir, { recursive: true, force: true });
  const share = Math.ceil(pages / processes);
  const dirs: string[] = [];
  for (let i = 0; i < processes; i++) {
    const dir = resolve(workDir, `part-${i}`);
    const count = Math.min(share, pages - i * share);
    await mkdir(`${dir}/src/pages`, { recursive: true });
    await writeFile(`${dir}/astro.config.mjs`, config);
    await writeFile(`${dir}/src/pages/[...path].astro`, page(count, i * share));
    dirs.push(dir);
  }
  const started = Date.now();
  const pids: number[] = [];
  const builds = dirs.map((dir) => astroBuild(dir, pids));
  // The builds' memory is sampled together (their sum at each moment), as for the site's build.
  const memory = watchPeakMemory(pids);
  const settled = await Promise.allSettled(builds);
  const peakBytes = memory.stop();
  const failed = settled.find((r) => r.status === 'rejected');
  if (failed) throw failed.reason;
  const seconds = (Date.now() - started) / 1000;
  await rm(workDir, { recursive: true, force: true });
  return { pages, processes, seconds, peakBytes };
}
