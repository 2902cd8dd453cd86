import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { gzipSize, readHtml, readPage } from '../helpers/dist.ts';
import { distDir, siteUrl } from '../helpers/paths.ts';

/** Every company record has a page in both languages, findable by search engines, linked from the list and the guide. */
const companies = readdirSync('content/companies')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => {
    const data = parse(readFileSync(`content/companies/${f}`, 'utf8')) as { name: string; decisions: { sources: { url: string }[] }[] };
    return { slug: f.replace(/\.yaml$/, ''), ...data };
  });

describe('company pages', () => {
  it('has at least 10 company records', () => {
    expect(companies.length).toBeGreaterThanOrEqual(10);
  });

  it.each(
    companies.flatMap(
      (c) =>
        [
          ['', c],
          ['/en', c],
        ] as const,
    ),
  )('%s page of %o', (prefix, company) => {
    const address = `${prefix}/perusahaan/${company.slug}/`;
    const page = readPage(address);
    const title = page.querySelector('title')?.text ?? '';
    const description = page.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
    // A web search for the name finds a title and a description that answer it.
    expect(title.startsWith(`${company.name}: `)).toBe(true);
    expect(description.startsWith(`${company.name}: `)).toBe(true);
    expect(description.length).toBeLessThanOrEqual(160);
    expect(page.querySelector('h1')?.text.trim()).toBe(company.name);
    // Indexable, with its other language.
    expect(page.querySelector('meta[name="robots"]')?.getAttribute('content') ?? '').not.toContain('noindex');
    const hreflang = page
      .querySelectorAll('link[rel="alternate"][hreflang]')
      .map((l) => `${l.getAttribute('hreflang')} ${l.getAttribute('href')}`);
    expect(hreflang).toContain(`id ${siteUrl}/perusahaan/${company.slug}/`);
    expect(hreflang).toContain(`en ${siteUrl}/en/perusahaan/${company.slug}/`);
    // Structured data about the company, and the official check and BP3MI.
    const jsonLd = page.querySelectorAll('script[type="application/ld+json"]').map((s) => JSON.parse(s.text) as Record<string, unknown>);
    expect(jsonLd.some((d) => d['@type'] === 'WebPage' && (d.about as { name: string }).name === company.name)).toBe(true);
    const links = page.querySelectorAll('a').map((a) => a.getAttribute('href'));
    expect(links).toContain('https://siskop2mi.bp2mi.go.id');
    expect(links).toContain(`${prefix}/migrasi-aman/cek-perusahaan/`);
    expect(page.querySelector('main')?.text).toContain('BP3MI');
    // Every source of every decision is listed.
    for (const source of company.decisions.flatMap((d) => d.sources)) expect(links).toContain(source.url);
    // Only the name and other names are indexed for site search.
    const indexed = page.querySelector('[data-pagefind-body]');
    expect(indexed?.getAttribute('data-pagefind-filter')).toBe('kind:company');
    expect(indexed?.querySelector('h1')?.text.trim()).toBe(company.name);
    expect(gzipSize(address)).toBeLessThanOrEqual(14 * 1024);
  });

  it.each(['', '/en'])('%s/perusahaan/ lists every company, says the list is not complete, and links the sheet', (prefix) => {
    const page = readPage(`${prefix}/perusahaan/`);
    const links = page.querySelectorAll('.cards a').map((a) => a.getAttribute('href'));
    expect(links.sort()).toEqual(companies.map((c) => `${prefix}/perusahaan/${c.slug}/`).sort());
    expect(page.text).toMatch(prefix ? /not complete/ : /tidak lengkap/);
    expect(page.querySelectorAll('a').map((a) => a.getAttribute('href'))).toContain(`${prefix}/cetak/perusahaan/`);
  });

  it.each(['', '/en'])('the company-check guide %s links the list', (prefix) => {
    const links = readPage(`${prefix}/migrasi-aman/cek-perusahaan/`)
      .querySelectorAll('main a')
      .map((a) => a.getAttribute('href'));
    expect(links).toContain(`${prefix}/perusahaan/`);
  });

  it('puts every company page in the sitemap', () => {
    const sitemap = readdirSync(distDir)
      .filter((f) => /^sitemap.*\.xml$/.test(f))
      .map((f) => readFileSync(`${distDir}${f}`, 'utf8'))
      .join('');
    for (const c of companies) {
      expect(sitemap).toContain(`${siteUrl}/perusahaan/${c.slug}/`);
      expect(sitemap).toContain(`${siteUrl}/en/perusahaan/${c.slug}/`);
    }
    expect(readHtml('/perusahaan/')).toContain('<h1>');
  });
});
