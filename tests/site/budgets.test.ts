import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gzipSize, htmlPages, readHtml, readPage } from '../helpers/dist.ts';
import { distDir } from '../helpers/paths.ts';
import { loadAreaIndex, lookupVillage } from '../../src/lib/regions.ts';
import { finderFolder, placeOf, type RowsFile } from '../../src/lib/finder/format.ts';

const pages = htmlPages();
const isSearch = (address: string) => /^\/(en\/)?cari\/$/.test(address);
// The save page registers the service worker when the reader asks (src/scripts/save.ts).
const isSave = (address: string) => /^\/(en\/)?simpan\/$/.test(address);

// A topic booklet is every guide of a topic in one document, made to be printed by an
// official on a computer; by design it cannot fit one round trip. It has its own budget.
const isBooklet = (address: string) => /^\/(en\/)?cetak\/buku\//.test(address);

describe('one round trip', () => {
  it.each(pages.filter((a) => !isBooklet(a)))('%s is at most 14 KB gzip with its CSS', (address) => {
    // CSS must be inlined (no stylesheet request) for the size to mean one round trip.
    expect(readPage(address).querySelectorAll('link[rel="stylesheet"]')).toHaveLength(0);
    expect(gzipSize(address)).toBeLessThanOrEqual(14 * 1024);
  });
});

describe('topic booklets', () => {
  it.each(pages.filter(isBooklet))('%s is at most 40 KB gzip', (address) => {
    expect(readPage(address).querySelectorAll('link[rel="stylesheet"]')).toHaveLength(0);
    expect(gzipSize(address)).toBeLessThanOrEqual(40 * 1024);
  });
});

describe('no JavaScript but on the search and save pages', () => {
  it.each(pages)('%s sends no script (JSON-LD is data)', (address) => {
    const scripts = readPage(address)
      .querySelectorAll('script')
      .filter((s) => s.getAttribute('type') !== 'application/ld+json');
    if (isSearch(address)) {
      // Our bundled script, written into the page so that it asks for no file before it
      // paints (SearchScript.astro); it starts Pagefind itself when there is a query.
      expect(scripts.map((s) => [s.getAttribute('type'), s.getAttribute('src')])).toEqual([['module', undefined]]);
      const code = scripts[0]!.textContent;
      expect(code).toContain('/pagefind/');
      expect(code).not.toMatch(/^\s*import\b|\bimport\s*[{*]|\bfrom\s*["']/);
      // The page's Content-Security-Policy allows exactly this script by its hash.
      const policy = readPage(address).querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
      expect(policy).toContain(`'sha256-${createHash('sha256').update(code).digest('base64')}'`);
    } else if (isSave(address)) {
      expect(scripts.map((s) => s.getAttribute('src'))).toEqual([expect.stringMatching(/^\/_astro\/[\w.-]+\.js$/)]);
    } else {
      expect(scripts).toHaveLength(0);
    }
  });

  it('never prefetches', () => {
    for (const address of pages) expect(readHtml(address)).not.toMatch(/rel="(prefetch|preload|modulepreload|prerender)"/);
  });
});

describe('nothing from another origin', () => {
  it.each(pages)('%s loads nothing from elsewhere', (address) => {
    const page = readPage(address);
    const loaded = [
      ...page.querySelectorAll('[src]').map((el) => el.getAttribute('src')!),
      ...page
        .querySelectorAll('link[href]')
        .filter((l) => !['canonical', 'alternate'].includes(l.getAttribute('rel')!))
        .map((l) => l.getAttribute('href')!),
    ];
    for (const url of loaded) expect(url, url).toMatch(/^\/(?!\/)/);
    expect(readHtml(address)).not.toMatch(/<iframe|@import|url\(https?:/i);
  });
});

describe('search', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(`${dir}${e.name}/`) : [`${dir}${e.name}`]));

  it('keeps the whole site under 20,000 files (the free tier of common static hosts), with every village findable', async () => {
    const all = files(distDir);
    const finder = all.filter((f) => f.startsWith(`${distDir}${finderFolder}/`));
    console.log(`dist/: ${all.length} files, ${finder.length} of them the village finder`);
    expect(all.length).toBeLessThan(20_000);
    // Every village of the area data has a row in the finder's rows files (or in a common name's province files).
    const rowFiles = finder.filter((f) => /\/rows\/[a-z0-9]+\.json$|\/split\/[a-z0-9]+-\d{2}\.json$/.test(f));
    const listed = new Set(
      rowFiles.flatMap((f) =>
        (JSON.parse(readFileSync(f, 'utf8')) as RowsFile).rows
          .map(placeOf)
          .filter((r) => r.kind !== 'kantor')
          .map((r) => `${r.name}\t${r.district}\t${r.regencyCode}`),
      ),
    );
    const areas = await loadAreaIndex();
    const villages = new Set(
      [...areas.villages.keys()].map((code) => {
        const v = lookupVillage(areas, code)!;
        return `${v.name}\t${v.district.name}\t${v.regency.code}`;
      }),
    );
    expect(villages.size).toBeGreaterThan(83_000);
    expect([...villages].filter((v) => !listed.has(v))).toEqual([]);
  });
});

describe('images', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(`${dir}${e.name}/`) : [`${dir}${e.name}`]));

  it('are at most 30 KB each', () => {
    for (const file of files(distDir).filter((f) => /\.(png|jpe?g|webp|avif|gif|svg)$/.test(f))) {
      expect(statSync(file).size, file).toBeLessThanOrEqual(30 * 1024);
    }
  });
});

describe('the editor (/admin/) adds 0 bytes to reader pages', () => {
  const adminDir = `${distDir}admin/`;

  it('no reader page links to it or loads any of it', () => {
    for (const address of pages) {
      const html = readHtml(address);
      expect.soft(html, address).not.toMatch(/\/admin\b|decap|setup\.js|config\.yml/i);
    }
  });

  it('is built beside the site, noindex, and loads only its own files', () => {
    const html = readFileSync(`${adminDir}index.html`, 'utf8');
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect([...html.matchAll(/<script src="([^"]+)"/g)].map((m) => m[1])).toEqual(['manual-init.js', 'decap-cms.js', 'setup.js']);
    expect(html).not.toMatch(/(src|href)="https?:/);
    for (const file of ['decap-cms.js', 'setup.js', 'config.yml']) expect(statSync(`${adminDir}${file}`).size).toBeGreaterThan(0);
  });

  it('is outside the sitemap, the search index and the offline copy', () => {
    const sitemaps = readdirSync(distDir).filter((f) => /^sitemap.*\.xml$/.test(f));
    expect(sitemaps.length).toBeGreaterThan(0);
    for (const file of sitemaps) expect(readFileSync(`${distDir}${file}`, 'utf8')).not.toContain('/admin');
    for (const manifest of ['simpan/manifest.json', 'en/simpan/manifest.json']) {
      expect(readFileSync(`${distDir}${manifest}`, 'utf8')).not.toContain('/admin');
    }
    // Pagefind indexes the pages Astro built; the editor is written after it, and its page has no data-pagefind-body.
    expect(readFileSync(`${adminDir}index.html`, 'utf8')).not.toContain('data-pagefind');
    const indexed = readdirSync(`${distDir}pagefind/id/fragment`).map((f) => readFileSync(`${distDir}pagefind/id/fragment/${f}`));
    expect(indexed.length).toBeGreaterThan(0);
  });

  it('has its own policy in _headers; reader pages keep theirs without unsafe-eval', () => {
    const headers = readFileSync(`${distDir}_headers`, 'utf8');
    const [site, admin] = headers.split('\n/admin/*\n');
    expect(admin).toMatch(/^ {2}! Content-Security-Policy\n {2}Content-Security-Policy: [^\n]*'unsafe-eval'/);
    expect(admin).toContain('X-Robots-Tag: noindex');
    expect(site).not.toContain("'unsafe-eval'");
    expect(site).not.toContain("'unsafe-inline'");
  });
});
