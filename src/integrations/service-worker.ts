import { bundleScript } from './bundle-script.ts';

/** The worker's TypeScript source, from the project root (the folder the build runs in). */
export const serviceWorkerSource = 'src/scripts/service-worker.ts';

/**
 * Bundles the service worker with what it imports (its names from src/lib/offline.ts)
 * into one classic script. Served at `/sw.js` by src/pages/sw.js.ts, in the build and
 * the dev server.
 */
export const bundleServiceWorker = (root = process.cwd()): Promise<string> => bundleScript(serviceWorkerSource, 'iife', root);
