import { defineMiddleware } from 'astro:middleware';
import { routeLocales } from './data/routes.ts';

/**
 * Sets the language of every page once, from its address: the language it is served
 * in, and the language its main content is written in (a guide's fallback page and its
 * printable are Indonesian). Pages and components read it through `src/data/ui.ts`.
 */
export const onRequest = defineMiddleware(async ({ url, locals }, next) => {
  locals.route = await routeLocales(url.pathname);
  return next();
});
