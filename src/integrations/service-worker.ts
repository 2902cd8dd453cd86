import { resolve } from 'node:path';
import { build } from 'esbuild';

/** The worker's TypeScript source, from the project root (the folder the build runs in). */
export const serviceWorkerSource = 'src/scripts/service-worker.ts';

/**
 * Bundles the service worker with what it imports (its names from src/lib/offline.ts)
 * into one classic script, for the oldest browsers the site supports (ES2017: Chrome 61,
 * Safari 12). Served at `/sw.js` by src/pages/sw.js.ts, in the build and the dev server.
 */
export async function bundleServiceWorker(root = process.cwd()): Promise<string> {
  const result = await build({
    entryPoints: [resolve(root, serviceWorkerSource)],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2017',
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}
