import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatContentReport, isStale } from '../../src/lib/content-report.ts';
import { headersFile, mergePolicies, parsePolicy } from '../../src/lib/csp.ts';
import { htmlPages, readHtml, readPage } from '../helpers/dist.ts';
import { distDir, fixtureBuildLog, fixtureDistDir } from '../helpers/paths.ts';

const pages = htmlPages();

describe('Content-Security-Policy', () => {
  it.each(pages)('%s carries a strict policy', (address) => {
    const meta = readPage(address).querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content');
    expect(meta).toBeTruthy();
    const policy = parsePolicy(meta!);
    expect([...policy.get('default-src')!]).toEqual(["'self'"]);
    expect(policy.get('base-uri')).toEqual(new Set(["'self'"]));
    expect(policy.get('form-action')).toEqual(new Set(["'self'"]));
    const scripts = [...policy.get('script-src')!];
    expect(scripts).toContain("'self'");
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(scripts.every((s) => s === "'self'" || s === "'wasm-unsafe-eval'" || s.startsWith("'sha256-"))).toBe(true);
    // Only the search page may compile Pagefind's WebAssembly.
    expect(scripts.includes("'wasm-unsafe-eval'")).toBe(/^\/(en\/)?cari\/$/.test(address));
    expect([...policy.get('style-src')!].every((s) => s === "'self'" || s.startsWith("'sha256-"))).toBe(true);
    expect(readHtml(address)).toContain('<meta name="referrer" content="no-referrer">');
  });

  it('is repeated in _headers for static hosts, with the headers a <meta> cannot carry', () => {
    const headers = readFileSync(`${distDir}_headers`, 'utf8');
    expect(headers).toMatch(/^\/\*\n {2}Content-Security-Policy: default-src 'self';/);
    expect(headers).toContain("frame-ancestors 'none'");
    expect(headers).toContain('X-Content-Type-Options: nosniff');
    expect(headers).toContain('Referrer-Policy: no-referrer');
    expect(headers).toContain('Permissions-Policy: ');
    expect(headers).toMatch(/\/_astro\/\*\n {2}Cache-Control: public, max-age=31536000, immutable/);
    // Every page's own hashes are in the site-wide policy.
    const site = parsePolicy(/Content-Security-Policy: (.*)/.exec(headers)![1]!);
    for (const address of ['/', '/cari/']) {
      const page = parsePolicy(readPage(address).querySelector('meta[http-equiv="content-security-policy"]')!.getAttribute('content')!);
      for (const hash of page.get('style-src')!) expect(site.get('style-src')).toContain(hash);
    }
  });

  it('merges policies without losing a source', () => {
    const merged = mergePolicies([parsePolicy("default-src 'self'; script-src 'sha256-a'"), parsePolicy("script-src 'sha256-b'")]);
    expect(headersFile(merged)).toContain("script-src 'sha256-a' 'sha256-b'");
  });
});

describe('text from data files', () => {
  it('is escaped: a village note with markup shows as text', () => {
    const address = '/desa/nusa-tenggara-barat/kota-mataram/';
    const regency = readPage(address, fixtureDistDir);
    const link = regency
      .querySelectorAll('main a')
      .map((a) => a.getAttribute('href')!)
      .find((h) => h.endsWith('-5271011004/'))!;
    for (const prefix of ['', '/en']) {
      const html = readHtml(`${prefix}${link}`, fixtureDistDir);
      expect(html).not.toContain("<script>alert('x')</script>");
      expect(html).not.toContain('<img src=x');
      expect(html).not.toContain('<b>tebal</b>');
      const page = readPage(`${prefix}${link}`, fixtureDistDir);
      const notes = page
        .querySelectorAll('main p')
        .map((p) => p.text)
        .join('\n');
      expect(notes).toMatch(
        prefix ? /Beware <img src=x onerror=alert\(1\)>/ : /Awas <script>alert\('x'\)<\/script> & <b>tebal<\/b> "kutip"/,
      );
      expect(page.querySelectorAll('script').filter((s) => s.getAttribute('type') !== 'application/ld+json')).toHaveLength(0);
    }
  });
});

describe('freshness', () => {
  it('warns at build, without failing, about a review older than 12 months', () => {
    const log = readFileSync(fixtureBuildLog, 'utf8');
    expect(log).toMatch(/warning: content\/guides\/id\/paspor\/hanya-indonesia\.mdx: reviewedAt 2024-01-15 is \d+ days ago/);
  });

  it('flags stale reviews and example data in the content report', () => {
    expect(isStale('2025-11-27', '2026-11-27')).toBe(false);
    expect(isStale('2025-11-26', '2026-11-28')).toBe(true);
    const report = formatContentReport(
      [
        { path: '/paspor/', locale: 'id', status: 'original', reviewedAt: '2024-01-15', ageDays: 1048, sources: 2 },
        { path: '/paspor/', locale: 'en', status: 'fallback', reviewedAt: '2024-01-15', ageDays: 1048, sources: 2 },
      ],
      ['content/villages/53.01.16.2007.yaml'],
      '2026-11-28',
    );
    expect(report).toContain('Reviews older than 12 months: 2');
    expect(report).toContain('Not yet translated (shown in Indonesian): 1');
    expect(report).toContain('  content/villages/53.01.16.2007.yaml');
  });
});
