import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { VillageRecord } from '../../src/lib/open-data.ts';
import { htmlPages, readPage } from '../helpers/dist.ts';
import { distDir, fixtureDistDir, siteUrl } from '../helpers/paths.ts';

/**
 * "Report a mistake on this page" (src/lib/report.ts) on every guide, village and office
 * page, in both languages, as a plain link that is not printed. The default build has no
 * report address (content/report.yaml leaves it out): the link leads to the village's
 * office, else the office list. The fixture site sets one (demo/report.yaml, an e-mail):
 * the link opens a message with the page's title and canonical address.
 */
const text = { id: 'Laporkan kesalahan di halaman ini', en: 'Report a mistake on this page' };
const kinds: [kind: string, pattern: RegExp][] = [
  ['guide', /^\/(en\/)?(paspor|migrasi-aman|desa-binaan|bantuan)\//],
  ['village', /^\/(en\/)?desa\/[^/]+\/[^/]+\/(?!bagian-\d+\/)[^/]+\/$/],
  ['office', /^\/(en\/)?kantor\/[^/]+\/$/],
];
const kindOf = (address: string) => kinds.find(([, re]) => re.test(address))?.[0];
const langOf = (address: string) => (address.startsWith('/en/') ? 'en' : 'id');

function reportLinks(address: string, dir: string) {
  const page = readPage(address, dir);
  return {
    page,
    links: page.querySelectorAll('a[data-report]').map((a) => ({
      text: a.text.trim(),
      href: a.getAttribute('href')!,
      notPrinted: a.closest('.no-print') !== null,
    })),
  };
}

describe('the report link, no address set (content/)', () => {
  const pages = htmlPages(distDir).filter((a) => kindOf(a));
  const offices = new Map(
    (JSON.parse(readFileSync(`${distDir}data/villages.json`, 'utf8')) as VillageRecord[]).map((v) => [new URL(v.url).pathname, v.office]),
  );

  it('is on every guide, village and office page of both languages', () => {
    for (const [kind] of kinds) {
      for (const lang of ['id', 'en'] as const) {
        expect(pages.filter((a) => kindOf(a) === kind && langOf(a) === lang).length, `${kind} ${lang}`).toBeGreaterThan(0);
      }
    }
    for (const address of pages) {
      const { links } = reportLinks(address, distDir);
      expect(links, address).toEqual([expect.objectContaining({ text: text[langOf(address)], notPrinted: true })]);
    }
  });

  it("leads to the village's own office on a village page, else to the office list", () => {
    for (const address of pages) {
      const { href } = reportLinks(address, distDir).links[0]!;
      const prefix = langOf(address) === 'en' ? '/en' : '';
      const neutral = address.replace(/^\/en\//, '/');
      const expected = kindOf(address) === 'village' ? `${prefix}/kantor/${offices.get(neutral)}/` : `${prefix}/kantor/`;
      expect(href, address).toBe(expected);
    }
  });

  it('is on no other page', () => {
    for (const address of htmlPages(distDir).filter((a) => !kindOf(a))) {
      expect(reportLinks(address, distDir).links, address).toEqual([]);
    }
  });
});

describe('the report link, an address set (fixture site: demo/report.yaml)', () => {
  const pages = htmlPages(fixtureDistDir).filter((a) => kindOf(a));

  it("opens an e-mail to the address with the page's title and canonical address, in the reader's language", () => {
    const subjects = { id: 'Kesalahan di halaman: ', en: 'Mistake on the page: ' };
    for (const address of pages) {
      const { page, links } = reportLinks(address, fixtureDistDir);
      expect(links, address).toEqual([expect.objectContaining({ text: text[langOf(address)], notPrinted: true })]);
      const href = links[0]!.href;
      expect(href.startsWith('mailto:laporan@desabinaan.example?'), address).toBe(true);
      const query = new URLSearchParams(href.slice(href.indexOf('?') + 1));
      const title = page.querySelector('meta[property="og:title"]')!.getAttribute('content')!;
      const canonical = page.querySelector('link[rel="canonical"]')!.getAttribute('href')!;
      expect(canonical.startsWith(siteUrl)).toBe(true);
      expect(query.get('subject'), address).toBe(`${subjects[langOf(address)]}${title}`);
      expect(query.get('body'), address).toContain(canonical);
    }
  });
});
