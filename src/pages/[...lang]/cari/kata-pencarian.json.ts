import type { APIRoute, GetStaticPaths } from 'astro';
import { guidePages } from '../../../data/guides.ts';
import { localeFromParam, localeParams } from '../../../lib/routes.ts';
import { localizePath } from '../../../lib/urls.ts';

export const getStaticPaths = (() => localeParams()) satisfies GetStaticPaths;

/**
 * Build-only: each guide's `searchWords` (the words readers type for it) by its address,
 * for Pagefind. The search indexing reads this file and deletes it (src/lib/search-text.ts,
 * `searchWordsFile`), so no page holds the words. Fallback pages are not indexed.
 */
export const GET: APIRoute = async ({ params }) => {
  const locale = localeFromParam(params.lang);
  const pages = (await guidePages()).filter((page) => page.locale === locale && !page.fallback && page.entry.data.searchWords.length > 0);
  return Response.json(Object.fromEntries(pages.map((page) => [localizePath(page.path, locale), page.entry.data.searchWords])));
};
