import type { APIRoute } from 'astro';
import { bundleServiceWorker } from '../integrations/service-worker.ts';

/** `/sw.js`: the service worker, bundled from src/scripts/service-worker.ts (see there). */
export const GET: APIRoute = async () =>
  new Response(await bundleServiceWorker(), { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
