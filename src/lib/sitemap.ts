import { escapeMarkup } from './escape.ts';

/**
 * XML sitemaps (sitemaps.org) with the language versions of each page as
 * `xhtml:link rel="alternate" hreflang` (as Google documents for multilingual sites).
 *
 * Written by our own after-build step from the links each page already carries in its
 * head, instead of @astrojs/sitemap: its i18n step took 277 s for the 336,000 pages of
 * the national build; this takes a few seconds and cannot disagree with the pages.
 */

export interface SitemapEntry {
  /** Absolute URL of the page. */
  url: string;
  /** The page's `<link rel="alternate" hreflang>` links: language code and absolute URL. */
  alternates: readonly (readonly [hreflang: string, url: string])[];
}

/** The protocol allows 50,000 URLs and 50 MB per file; stay well under both. */
export const urlsPerSitemap = 40_000;

const escapeXml = escapeMarkup;

/** One sitemap file. */
export function sitemapXml(entries: readonly SitemapEntry[]): string {
  const urls = entries.map((e) => {
    const links = e.alternates
      .map(([lang, href]) => `<xhtml:link rel="alternate" hreflang="${escapeXml(lang)}" href="${escapeXml(href)}"/>`)
      .join('');
    return `<url><loc>${escapeXml(e.url)}</loc>${links}</url>`;
  });
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n' +
    `${urls.join('\n')}\n</urlset>\n`
  );
}

/** The sitemap index naming each sitemap file. */
export function sitemapIndexXml(sitemapUrls: readonly string[]): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
    `${sitemapUrls.map((u) => `<sitemap><loc>${escapeXml(u)}</loc></sitemap>`).join('\n')}\n</sitemapindex>\n`
  );
}

/**
 * Every file of the sitemap: `sitemap-index.xml` and `sitemap-0.xml`, `sitemap-1.xml`...
 * (the names @astrojs/sitemap used, so robots.txt and search consoles keep working),
 * entries sorted by URL.
 */
export function sitemapFiles(entries: readonly SitemapEntry[], site: string): Map<string, string> {
  const sorted = [...entries].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  const files = new Map<string, string>();
  const names: string[] = [];
  for (let i = 0; i === 0 || i * urlsPerSitemap < sorted.length; i += 1) {
    const name = `sitemap-${i}.xml`;
    names.push(new URL(`/${name}`, site).href);
    files.set(name, sitemapXml(sorted.slice(i * urlsPerSitemap, (i + 1) * urlsPerSitemap)));
  }
  files.set('sitemap-index.xml', sitemapIndexXml(names));
  return files;
}
