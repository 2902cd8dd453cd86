import { existsSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileOf, htmlPages, readHtml, readPage } from '../helpers/dist.ts';
import { distDir, fixtureDistDir, siteUrl as site } from '../helpers/paths.ts';

const pages = htmlPages();
const screenPages = pages.filter((a) => !/^\/(en\/)?cetak\//.test(a) && !a.endsWith('404.html'));

function sitemapUrls(dir: string): string[] {
  const index = readFileSync(`${dir}sitemap-index.xml`, 'utf8');
  return [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].flatMap(([, sitemapUrl]) => {
    const file = `${dir}${new URL(sitemapUrl!).pathname.slice(1)}`;
    return [...readFileSync(file, 'utf8').matchAll(/<url><loc>([^<]+)<\/loc>/g)].map(([, loc]) => loc!);
  });
}

const canonicalOf = (address: string, dir = distDir) => readPage(address, dir).querySelector('link[rel="canonical"]')?.getAttribute('href');
const isCanonical = (address: string, dir = distDir) =>
  canonicalOf(address, dir) === `${site}${address}` && !readHtml(address, dir).includes('content="noindex"');

describe('sitemap', () => {
  const urls = sitemapUrls(distDir);

  it('lists every canonical page, and only pages that were built', () => {
    const canonical = pages.filter((a) => isCanonical(a)).map((a) => `${site}${a}`);
    expect(urls.sort()).toEqual(canonical.sort());
    for (const url of urls) expect(existsSync(fileOf(new URL(url).pathname)), url).toBe(true);
  });

  it('leaves out printable versions and 404 pages', () => {
    expect(urls.filter((u) => /\/cetak\/|\/404(\.html|\/)/.test(u))).toEqual([]);
    expect(urls).toContain(`${site}/paspor/syarat/`);
    expect(urls).toContain(`${site}/en/paspor/syarat/`);
  });

  it('leaves out untranslated fallback pages (fixture site)', () => {
    const fixtureUrls = sitemapUrls(fixtureDistDir);
    expect(fixtureUrls).toContain(`${site}/paspor/hanya-indonesia/`);
    expect(fixtureUrls).not.toContain(`${site}/en/paspor/hanya-indonesia/`);
  });

  it('is named in robots.txt', () => {
    expect(readFileSync(`${distDir}robots.txt`, 'utf8')).toContain(`Sitemap: ${site}/sitemap-index.xml`);
  });
});

describe('languages of each page', () => {
  it.each(screenPages)('%s lists exactly the languages it exists in, plus x-default', (address) => {
    const page = readPage(address);
    const links = page.querySelectorAll('link[rel="alternate"][hreflang]').map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]);
    const neutral = address.replace(/^\/en\//, '/');
    const expected = [
      ['id', neutral],
      ['en', `/en${neutral}`],
    ]
      .filter(([, a]) => existsSync(fileOf(a!)) && isCanonical(a!))
      .map(([l, a]) => [l, `${site}${a}`]);
    if (!isCanonical(address)) {
      expect(links).toEqual([]);
      return;
    }
    expect(links).toEqual([...expected, ['x-default', `${site}${neutral}`]]);
  });

  it('gives the fallback fixture page no alternates and a canonical link to the original', () => {
    expect(canonicalOf('/en/paspor/hanya-indonesia/', fixtureDistDir)).toBe(`${site}/paspor/hanya-indonesia/`);
  });
});

describe('titles, descriptions and previews', () => {
  it.each(['id', 'en'])('gives every %s page its own title', (locale) => {
    const inLocale = screenPages.filter((a) => (locale === 'en') === a.startsWith('/en/')).filter((a) => isCanonical(a));
    const titles = inLocale.map((a) => readPage(a).querySelector('title')!.text);
    const repeated = titles.filter((t, i) => titles.indexOf(t) !== i);
    expect(repeated).toEqual([]);
    for (const title of titles) expect(title).toMatch(/Desa Binaan Imigrasi/);
  });

  it.each(pages)('%s has a description of at most 160 characters', (address) => {
    const description = readPage(address).querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
    expect(description.length).toBeGreaterThan(20);
    expect(description.length).toBeLessThanOrEqual(160);
  });

  it.each(screenPages)('%s has Open Graph and Twitter card tags with a small preview image', (address) => {
    const page = readPage(address);
    const og = (p: string) => page.querySelector(`meta[property="og:${p}"]`)?.getAttribute('content');
    expect(og('title')).toBeTruthy();
    expect(og('description')).toBeTruthy();
    expect(og('url')).toBe(canonicalOf(address));
    const image = og('image')!;
    expect(image).toMatch(new RegExp(`^${site}/og/[a-z-]+\\.png$`));
    const file = `${distDir}${new URL(image).pathname.slice(1)}`;
    expect(statSync(file).size).toBeLessThanOrEqual(30 * 1024);
    expect(page.querySelector('meta[name="twitter:card"]')?.getAttribute('content')).toBe('summary_large_image');
  });
});

type Json = Record<string, unknown>;
const jsonLd = (address: string): Json[] =>
  readPage(address)
    .querySelectorAll('script[type="application/ld+json"]')
    .map((s) => JSON.parse(s.text) as Json);
const ofType = (address: string, type: string) => jsonLd(address).filter((d) => d['@type'] === type);

describe('structured data', () => {
  it.each(screenPages)('%s has JSON-LD that parses, with a breadcrumb trail below the home page', (address) => {
    const blocks = jsonLd(address);
    for (const block of blocks) expect(block['@context']).toBe('https://schema.org');
    const crumbs = blocks.filter((d) => d['@type'] === 'BreadcrumbList');
    if (address === '/' || address === '/en/') {
      expect(crumbs).toEqual([]);
      return;
    }
    expect(crumbs).toHaveLength(1);
    const items = crumbs[0]!.itemListElement as { position: number; name: string; item: string }[];
    expect(items.map((i) => i.position)).toEqual(items.map((_, n) => n + 1));
    for (const item of items) {
      expect(item.name).toBeTruthy();
      expect(item.item).toMatch(new RegExp(`^${site}/`));
    }
    expect(items.at(-1)!.item).toBe(`${site}${address}`);
  });

  it('describes the site and the ministry on the home page', () => {
    for (const home of ['/', '/en/']) {
      expect(ofType(home, 'WebSite')[0]).toMatchObject({ name: 'Desa Binaan Imigrasi', url: `${site}${home}` });
      expect(ofType(home, 'GovernmentOrganization')[0]).toMatchObject({ name: expect.stringContaining('Kementerian Imigrasi') });
    }
  });

  it('marks the passport guides as a government service and the FAQ as FAQPage', () => {
    const service = ofType('/paspor/syarat/', 'GovernmentService')[0]!;
    expect(service).toMatchObject({ name: expect.any(String), provider: { name: 'Direktorat Jenderal Imigrasi' } });
    const faq = ofType('/paspor/tanya-jawab/', 'FAQPage')[0]!;
    const questions = faq.mainEntity as { '@type': string; name: string; acceptedAnswer: { text: string } }[];
    expect(questions.length).toBeGreaterThan(3);
    for (const q of questions) {
      expect(q['@type']).toBe('Question');
      expect(q.name).toBeTruthy();
      expect(q.acceptedAnswer.text).toBeTruthy();
    }
  });

  it('gives offices a name and an address, and villages their administrative areas', () => {
    for (const address of screenPages.filter((a) => /\/kantor\/[a-z-]+\/$/.test(a))) {
      const office = ofType(address, 'GovernmentOffice')[0]!;
      expect(office.name, address).toBeTruthy();
      expect(office.address, address).toMatchObject({ '@type': 'PostalAddress', addressCountry: 'ID', addressRegion: expect.any(String) });
    }
    const place = ofType('/desa/jawa-tengah/kabupaten-sragen/cemeng-3314072003/', 'Place')[0]!;
    expect(place).toMatchObject({
      name: 'Desa Cemeng',
      identifier: '33.14.07.2003',
      containedInPlace: {
        name: 'Kecamatan Sambungmacan',
        containedInPlace: { name: 'Kabupaten Sragen', containedInPlace: { name: 'Jawa Tengah' } },
      },
    });
  });
});
