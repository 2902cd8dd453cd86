import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileOf, htmlPages, readPage } from '../helpers/dist.ts';
import { fixtureDistDir } from '../helpers/paths.ts';

const pages = htmlPages();
const isPrint = (address: string) => /^\/(en\/)?cetak\//.test(address);
const screenPages = pages.filter((a) => !isPrint(a));
const printPages = pages.filter(isPrint);

describe('every built page', () => {
  it('exists in numbers', () => {
    expect(pages.length).toBeGreaterThan(10);
  });

  it.each(pages)('%s has lang, title, description and a canonical link', (address) => {
    const page = readPage(address);
    const lang = page.querySelector('html')?.getAttribute('lang');
    expect(lang, 'html lang').toMatch(/^(id|en)$/);
    expect(address.startsWith('/en/') ? 'en' : 'id').toBe(lang);
    expect(page.querySelector('title')?.text.trim(), 'title').toBeTruthy();
    const description = page.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
    expect(description.length, 'description').toBeGreaterThan(20);
    expect(page.querySelector('link[rel="canonical"]')?.getAttribute('href'), 'canonical').toMatch(/^https:\/\//);
    expect(page.querySelector('a.skip')?.getAttribute('href')).toBe('#main');
    expect(page.querySelector('main#main')).toBeTruthy();
  });

  it.each(screenPages)('%s has a header, navigation and footer', (address) => {
    const page = readPage(address);
    expect(page.querySelector('header')).toBeTruthy();
    expect(page.querySelector('nav.nav-main')).toBeTruthy();
    expect(page.querySelector('footer')).toBeTruthy();
  });

  it.each(printPages)('printable %s points search engines at the online page', (address) => {
    const page = readPage(address);
    expect(page.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    const online = address.replace('/cetak/', '/').replace('/buku/', '/');
    expect(page.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(new RegExp(`${online}$`));
  });

  it.each(screenPages)('%s links to itself in the other language', (address) => {
    const page = readPage(address);
    const switcher = page.querySelectorAll('.lang-switch a').map((a) => a.getAttribute('href'));
    const other = address.startsWith('/en/') ? address.slice(3) : `/en${address}`;
    expect(switcher).toEqual([other]);
    expect(existsSync(fileOf(other)), `${other} exists`).toBe(true);
  });
});

describe('home and not-found pages', () => {
  it('serves Indonesian at / and English at /en/', () => {
    expect(readPage('/').querySelector('html')?.getAttribute('lang')).toBe('id');
    expect(readPage('/').querySelector('h1')?.text).toContain('paspor');
    expect(readPage('/en/').querySelector('html')?.getAttribute('lang')).toBe('en');
    expect(readPage('/en/').querySelector('h1')?.text).toContain('Passport');
  });

  it('has a 404 page in each language, kept out of search engines', () => {
    for (const [address, text] of [
      ['/404.html', 'Halaman tidak ditemukan'],
      ['/en/404.html', 'Page not found'],
    ] as const) {
      const page = readPage(address);
      expect(page.querySelector('h1')?.text).toBe(text);
      expect(page.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    }
  });

  it('lists the key help lines in the footer with tap-to-call links', () => {
    const links = readPage('/')
      .querySelectorAll('footer a[href^="tel:"]')
      .map((a) => a.getAttribute('href'));
    expect(links).toContain('tel:08001000');
  });

  it('credits the area data and its licence', () => {
    expect(readPage('/').querySelector('footer')?.text).toContain('ODbL');
    expect(readPage('/en/').querySelector('footer')?.text).toContain('ODbL');
  });
});

describe('a guide that exists only in Indonesian (fixture site)', () => {
  const original = readPage('/paspor/hanya-indonesia/', fixtureDistDir);
  const fallback = readPage('/en/paspor/hanya-indonesia/', fixtureDistDir);

  it('is rendered from Indonesian at the English address, marked as Indonesian', () => {
    expect(fallback.querySelector('html')?.getAttribute('lang')).toBe('en');
    expect(fallback.querySelector('main')?.getAttribute('lang')).toBe('id');
    expect(fallback.querySelector('main')?.text).toContain('panduan ini hanya ditulis dalam Bahasa Indonesia');
  });

  it('tells the reader in English, in English', () => {
    const notice = fallback.querySelector('main .notice');
    expect(notice?.getAttribute('lang')).toBe('en');
    expect(notice?.text).toContain('This page is not yet in your language');
  });

  it('labels its callouts in the language of the guide', () => {
    expect(fallback.querySelectorAll('main .notice-title').map((n) => n.text)).toContain('Hati-hati');
  });

  it('points its canonical link at the Indonesian page and claims no English alternate', () => {
    expect(fallback.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(/\/paspor\/hanya-indonesia\/$/);
    expect(fallback.querySelector('link[rel="canonical"]')?.getAttribute('href')).not.toContain('/en/');
    expect(fallback.querySelectorAll('link[rel="alternate"][hreflang]')).toHaveLength(0);
    const hreflangs = original.querySelectorAll('link[rel="alternate"][hreflang]').map((l) => l.getAttribute('hreflang'));
    expect(hreflangs).toEqual(['id', 'x-default']);
  });

  it('is kept out of the search index, while the original is in it', () => {
    expect(fallback.querySelector('[data-pagefind-body]')).toBeNull();
    expect(original.querySelector('[data-pagefind-body]')).not.toBeNull();
  });

  it('is listed in its topic in English as an Indonesian text', () => {
    const topic = readPage('/en/paspor/', fixtureDistDir);
    const link = topic.querySelectorAll('main a').find((a) => a.getAttribute('href') === '/en/paspor/hanya-indonesia/');
    expect(link).toBeTruthy();
  });
});
