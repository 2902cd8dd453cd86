import { describe, expect, it } from 'vitest';
import { sitemapFiles, sitemapXml, urlsPerSitemap } from '../../src/lib/sitemap.ts';
import { builtLocales } from '../../src/lib/routes.ts';

const site = 'https://desabinaan.example';

describe('sitemap', () => {
  it('lists each page with its language versions, escaped', () => {
    const xml = sitemapXml([
      {
        url: `${site}/cari/?a=1&b=2`,
        alternates: [
          ['id', `${site}/x/`],
          ['x-default', `${site}/x/`],
        ],
      },
    ]);
    expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
    expect(xml).toContain(
      `<url><loc>${site}/cari/?a=1&amp;b=2</loc><xhtml:link rel="alternate" hreflang="id" href="${site}/x/"/><xhtml:link rel="alternate" hreflang="x-default" href="${site}/x/"/></url>`,
    );
  });

  it('splits large sites into files under the protocol limit, named in an index, sorted by URL', () => {
    const entries = Array.from({ length: urlsPerSitemap + 5 }, (_, i) => ({
      url: `${site}/p${String(i).padStart(6, '0')}/`,
      alternates: [],
    }));
    const files = sitemapFiles(entries.reverse(), site);
    expect([...files.keys()]).toEqual(['sitemap-0.xml', 'sitemap-1.xml', 'sitemap-index.xml']);
    expect(files.get('sitemap-index.xml')).toContain(`<sitemap><loc>${site}/sitemap-1.xml</loc></sitemap>`);
    expect(files.get('sitemap-1.xml')!.match(/<url>/g)).toHaveLength(5);
    expect(files.get('sitemap-0.xml')!.indexOf('/p000000/')).toBeLessThan(files.get('sitemap-0.xml')!.indexOf('/p000001/'));
  });

  it('writes one (empty) sitemap for a site with no listed page', () => {
    expect([...sitemapFiles([], site).keys()]).toEqual(['sitemap-0.xml', 'sitemap-index.xml']);
  });
});

describe('languages a build renders', () => {
  it('are all languages, or those BUILD_LOCALES names', () => {
    expect(builtLocales('')).toEqual(['id', 'en']);
    expect(builtLocales('en')).toEqual(['en']);
    expect(builtLocales('en, id')).toEqual(['id', 'en']);
  });

  it('refuses an unknown language', () => {
    expect(() => builtLocales('id,fr')).toThrow('BUILD_LOCALES: unknown language "fr" (languages: id, en)');
  });
});
