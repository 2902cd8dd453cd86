import { readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../src/lib/csp.ts';
import {
  cachePrefix,
  formatSize,
  manifestName,
  offlinePath,
  savedRecordPath,
  sizeMarks,
  type SaveManifest,
} from '../../src/lib/offline.ts';
import { locales } from '../../src/lib/locales.ts';
import { localizePath } from '../../src/lib/urls.ts';
import { fileOf, htmlPages, readHtml, readPage } from '../helpers/dist.ts';
import { distDir, root } from '../helpers/paths.ts';

const pages = htmlPages();
const strings = Object.fromEntries(
  locales.map((l) => [
    l,
    (JSON.parse(readFileSync(`${root}content/i18n/${l}.json`, 'utf8')) as { strings: Record<string, string> }).strings,
  ]),
);
/** The language of an address, and its language-neutral path. */
const localeOf = (address: string) => (address.startsWith('/en/') ? 'en' : 'id');
const neutral = (address: string) => address.replace(/^\/en\//, '/');
const manifestOf = (locale: string) =>
  JSON.parse(readFileSync(fileOf(`${localizePath('/simpan/', locale as 'id')}${manifestName}`), 'utf8')) as SaveManifest;
const isGuide = (address: string) => /^\/(paspor|migrasi-aman|desa-binaan|bantuan)\//.test(neutral(address));
const isVillage = (address: string) => /^\/(en\/)?desa\/[^/]+\/[^/]+\/[^/]+-\d{10}\/$/.test(address);
const isOffice = (address: string) => /^\/(en\/)?kantor\/[^/]+\/$/.test(address);
/** A sanctioned company's page or their list: shared like an office. */
const isCompany = (address: string) => /^\/(en\/)?perusahaan\/([^/]+\/)?$/.test(address);

describe.each(locales)('saving for offline (%s)', (locale) => {
  const savePage = localizePath('/simpan/', locale);
  const offlinePage = localizePath('/simpan/luring/', locale);
  const manifest = manifestOf(locale);

  it('lists files that exist, and their total is the sum of their real sizes', () => {
    let sum = 0;
    for (const { url, bytes } of manifest.files) {
      const size = statSync(fileOf(url)).size;
      expect(bytes, url).toBe(size);
      sum += size;
    }
    expect(manifest.bytes).toBe(sum);
    expect(new Set(manifest.files.map((f) => f.url)).size).toBe(manifest.files.length);
  });

  it('shows that total on the save page, in bytes and for readers', () => {
    const html = readHtml(savePage);
    for (const mark of Object.values(sizeMarks)) expect(html).not.toContain(mark);
    const data = readPage(savePage).querySelector('data')!;
    expect(Number(data.getAttribute('value'))).toBe(manifest.bytes);
    expect(data.text).toBe(formatSize(manifest.bytes, locale));
    expect(readPage(savePage).querySelector('[data-save-place]')!.text).toContain(formatSize(manifest.placeBytes, locale));
    expect(manifest.placeBytes).toBeGreaterThan(0);
  });

  it("saves the language's guides, help lines, home, search and offline page, its scripts and its Pagefind index", () => {
    const urls = manifest.files.map((f) => f.url);
    const guides = pages.filter((a) => localeOf(a) === locale && isGuide(a));
    expect(guides.length).toBeGreaterThan(20);
    expect(urls).toEqual(
      expect.arrayContaining([
        ...guides,
        localizePath('/', locale),
        localizePath('/cari/', locale),
        offlinePage,
        localizePath('/bantuan/', locale),
      ]),
    );
    expect(urls).toEqual(
      expect.arrayContaining(['/favicon.svg', `/pagefind/${locale}/pagefind.js`, `/pagefind/${locale}/pagefind-entry.json`]),
    );
    // The search script is written into the search page (SearchScript.astro): no file of its own.
    expect(urls.filter((u) => /^\/_astro\/.+\.js$/.test(u))).toEqual([]);
    expect(urls.filter((u) => u.includes('.pf_fragment')).length).toBeGreaterThan(20);
    // Nothing of the other language, no printables, villages or the save page itself.
    expect(urls.filter((u) => u.startsWith('/pagefind/') && !u.startsWith(`/pagefind/${locale}/`))).toEqual([]);
    expect(urls.filter((u) => /\/(cetak|desa|kantor)\//.test(u) || u === savePage)).toEqual([]);
    expect(manifest.pages).toBe(urls.filter((u) => u.endsWith('/')).length);
    // The save page counts the same pages.
    const count = manifest.pages;
    expect(readPage(savePage).querySelector('main ul li')!.text).toContain(new Intl.NumberFormat(locale).format(count));
  });

  it('has an offline page that links to every saved page, and is kept out of search engines', () => {
    const page = readPage(offlinePage);
    expect(page.querySelector('meta[name="robots"]')?.getAttribute('content')).toContain('noindex');
    const links = new Set(page.querySelectorAll('main a').map((a) => a.getAttribute('href')!));
    const savedPages = manifest.files.map((f) => f.url).filter((u) => u.endsWith('/') && u !== offlinePage);
    expect([...links].sort()).toEqual(savedPages.sort());
    // The worker fills in the saved village here.
    expect(readHtml(offlinePage)).toContain('<section data-saved-places hidden>');
    expect(readHtml(offlinePage)).toContain('<ul data-saved-list></ul>');
  });

  it('registers the worker from the save page only, with scripts from the site only', () => {
    const policy = parsePolicy(
      readPage(savePage).querySelector('meta[http-equiv="content-security-policy"]')!.getAttribute('content')!.replaceAll('&#39;', "'"),
    );
    expect([...policy.get('worker-src')!]).toEqual(["'self'"]);
    expect([...policy.get('script-src')!].filter((s) => !s.startsWith("'sha256-"))).toEqual(["'self'"]);
    const scripts = readPage(savePage)
      .querySelectorAll('script[src]')
      .map((s) => s.getAttribute('src')!);
    expect(scripts).toHaveLength(1);
    const bundle = readFileSync(fileOf(scripts[0]!), 'utf8');
    expect(bundle).toContain('serviceWorker');
    // No other script of the site knows of the worker.
    const others = readdirSync(`${distDir}_astro`).filter((f) => f.endsWith('.js') && `/_astro/${f}` !== scripts[0]);
    for (const file of others) expect(readFileSync(`${distDir}_astro/${file}`, 'utf8'), file).not.toContain('serviceWorker');
    // The worker is bundled from TypeScript with the names the save page uses (src/lib/offline.ts).
    const worker = readFileSync(`${distDir}sw.js`, 'utf8');
    for (const name of [cachePrefix, offlinePath, savedRecordPath]) expect(worker).toContain(JSON.stringify(name));
    expect(worker).not.toMatch(/^\s*(import|export)\b|: (string|URL|Request)\b/m);
  });

  it('is linked from every page footer and from the help page', () => {
    for (const address of pages.filter((a) => localeOf(a) === locale && !a.includes('/cetak/') && !a.endsWith('.html'))) {
      const href = readPage(address).querySelector('footer a[data-save-link]')?.getAttribute('href') ?? '';
      expect(href.startsWith(savePage), address).toBe(true);
    }
    const help = readPage(localizePath('/bantuan/', locale))
      .querySelectorAll('main a')
      .map((a) => a.getAttribute('href'));
    expect(help).toContain(savePage);
  });
});

describe('a village page', () => {
  const village = pages.find(isVillage)!;

  it('sends the reader to the save page with the village and its office', () => {
    const page = readPage(village);
    const office = page
      .querySelectorAll('main a')
      .map((a) => a.getAttribute('href')!)
      .find((h) => h.startsWith('/kantor/'))!;
    const expected = `/simpan/?${new URLSearchParams({ desa: village, kantor: office })}`;
    expect(page.querySelector('footer a[data-save-link]')!.getAttribute('href')).toBe(expected);
    expect(page.querySelectorAll('main a').map((a) => a.getAttribute('href'))).toContain(expected);
  });
});

describe('sharing on WhatsApp', () => {
  const shared = pages.filter((a) => isGuide(a) || isVillage(a) || isOffice(a) || isCompany(a));

  it('covers every guide, village and office page in both languages', () => {
    expect(shared.filter((a) => a.startsWith('/en/')).length).toBeGreaterThan(100);
    expect(shared.filter((a) => !a.startsWith('/en/')).length).toBeGreaterThan(100);
  });

  it.each(shared)('%s has a link with its title and canonical address, in its language', (address) => {
    const page = readPage(address);
    const links = page.querySelectorAll('a[data-share]');
    expect(links).toHaveLength(1);
    const locale = localeOf(address);
    const title = page.querySelector('meta[property="og:title"]')!.getAttribute('content')!;
    const canonical = page.querySelector('link[rel="canonical"]')!.getAttribute('href')!;
    const href = links[0]!.getAttribute('href')!;
    expect(href.startsWith('https://wa.me/?text=')).toBe(true);
    const message = strings[locale]!['share.message']!.replace('{title}', title).replace('{url}', canonical);
    expect(new URL(href).searchParams.get('text')).toBe(message);
    expect(links[0]!.text).toBe(strings[locale]!['share.whatsapp']);
  });

  it('is not on printables, search, the save page or the directory', () => {
    const others = pages.filter((a) => !shared.includes(a));
    expect(others.filter((a) => a.includes('/cetak/')).length).toBeGreaterThan(50);
    for (const address of others) expect(readPage(address).querySelectorAll('a[data-share]'), address).toHaveLength(0);
  });
});
