import type { Locale } from '../lib/locales.ts';
import { splitLocale } from '../lib/urls.ts';
import { guidePages, type GuidePage } from './guides.ts';

/**
 * Facts about a route computed once and used by every template that shows it: the
 * screen page, its printable, the poster, the feed and the open data. Starlight's
 * `utils/routing/data.ts` is the model: one function builds the route's data; templates
 * only render it.
 */

export interface RouteLocales {
  /** The language of the address (`/en/...` is `en`). */
  locale: Locale;
  /** The language of the main content: Indonesian on a guide's fallback page and its printable. */
  contentLocale: Locale;
}

/** The guide page a screen or print address shows, if any: `/cetak/buku/paspor/` is the `paspor` topic's. */
function guidePathOf(path: string): string {
  if (path.startsWith('/cetak/buku/')) return path.slice('/cetak/buku'.length);
  if (path.startsWith('/cetak/')) return path.slice('/cetak'.length);
  return path;
}

/** The languages of the page at `pathname` (set once per request by `src/middleware.ts`). */
export async function routeLocales(pathname: string): Promise<RouteLocales> {
  const { locale, path } = splitLocale(pathname);
  guideIndex ??= guidePages().then((pages) => new Map(pages.map((page) => [`${page.locale}${page.path}`, page])));
  const guide = (await guideIndex).get(`${locale}${guidePathOf(path)}`);
  return { locale, contentLocale: guide?.contentLocale ?? locale };
}

let guideIndex: Promise<Map<string, GuidePage>> | undefined;

/**
 * The road (a guide with `road` steps) shown at `pathname`: the guide's own page or
 * leaflet, or, in a topic booklet, the topic's road guide.
 */
export async function roadAt(pathname: string): Promise<GuidePage | undefined> {
  const { locale, path } = splitLocale(pathname);
  const pages = (await guidePages()).filter((page) => page.locale === locale && page.entry.data.road);
  const own = pages.find((page) => page.path === guidePathOf(path));
  if (own) return own;
  const topic = path.startsWith('/cetak/buku/') ? guidePathOf(path).split('/')[1] : undefined;
  return pages.find((page) => page.entry.data.topic === topic);
}
