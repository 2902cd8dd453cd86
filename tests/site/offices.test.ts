import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readHtml, readPage } from '../helpers/dist.ts';
import { distDir, root } from '../helpers/paths.ts';

/** The open data file, as a reader of /data/offices.json sees it. */
interface OfficeRow {
  id: string;
  name: string;
  address?: string;
  addressSource?: string;
  whatsapp: { number: string; label?: Record<string, string> }[];
  sources: { url: string; publisher: string }[];
}
const rows = JSON.parse(readFileSync(`${distDir}data/offices.json`, 'utf8')) as OfficeRow[];
const strings = {
  id: (JSON.parse(readFileSync(`${root}content/i18n/id.json`, 'utf8')) as { strings: Record<string, string> }).strings,
  en: (JSON.parse(readFileSync(`${root}content/i18n/en.json`, 'utf8')) as { strings: Record<string, string> }).strings,
};
const pageOf = (id: string, locale: 'id' | 'en') => (locale === 'id' ? `/kantor/${id}/` : `/en/kantor/${id}/`);
const mapLinks = (address: string) => readPage(address).querySelectorAll('main a[href^="https://www.google.com/maps/"]');

describe('an office page without a published address', () => {
  const without = rows.filter((r) => r.address === undefined);

  it('exists in the data (otherwise this test proves nothing)', () => {
    expect(without.length).toBeGreaterThan(0);
  });

  it.each(['id', 'en'] as const)('links a map search for the office name, in plain words (%s)', (locale) => {
    for (const office of without) {
      const links = mapLinks(pageOf(office.id, locale));
      expect(links, office.id).toHaveLength(1);
      const url = new URL(links[0]!.getAttribute('href')!);
      expect(`${url.origin}${url.pathname}`).toBe('https://www.google.com/maps/search/');
      expect(url.searchParams.get('api')).toBe('1');
      expect(url.searchParams.get('query'), office.id).toBe(office.name);
      expect(links[0]!.text.trim()).toBe(strings[locale]['office.address.map']);
      expect(readHtml(pageOf(office.id, locale))).toContain(strings[locale]['office.address.mapNote']);
    }
  });

  it('makes no request to the map: no embed, no script, no policy opened for it', () => {
    const html = readHtml(pageOf(without[0]!.id, 'id'));
    const page = readPage(pageOf(without[0]!.id, 'id'));
    expect(page.querySelectorAll('iframe, embed, object, img[src*="google"], script[src]')).toHaveLength(0);
    const csp = page.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
    expect(csp).not.toContain('google');
    // The only mention of Google's address on the page is the link itself.
    expect(html.match(/www\.google\.com/g)).toHaveLength(1);
  });
});

describe('an office page with an address', () => {
  const withAddress = rows.filter((r) => r.address !== undefined);
  const withSource = withAddress.filter((r) => r.addressSource !== undefined);

  it('shows the address and no map search', () => {
    expect(withAddress.length).toBeGreaterThan(0);
    for (const office of withAddress) {
      for (const locale of ['id', 'en'] as const) {
        const page = readPage(pageOf(office.id, locale));
        expect(page.querySelector('main .address')?.text, office.id).toContain(office.address);
        expect(mapLinks(pageOf(office.id, locale)), office.id).toHaveLength(0);
      }
    }
  });

  it.each(['id', 'en'] as const)('names the source of the address next to it, linked (%s)', (locale) => {
    expect(withSource.length).toBeGreaterThan(0);
    for (const office of withSource) {
      const address = readPage(pageOf(office.id, locale)).querySelector('main .address')!;
      const link = address.querySelector(`a[href="${office.addressSource}"]`);
      expect(link, office.id).not.toBeNull();
      expect(link!.text.trim()).toBe(office.sources.find((s) => s.url === office.addressSource)!.publisher);
      expect(address.text).toContain(strings[locale]['office.address.source']);
    }
  });
});

describe('an office with more than one WhatsApp line (Kanim Mataram)', () => {
  const mataram = rows.find((r) => r.id === 'kanim-mataram')!;

  it('lists every line with what it is for, in the open data', () => {
    expect(mataram.whatsapp.map((line) => line.number)).toEqual(['0819-9994-9000', '0811-3838-389']);
    expect(mataram.whatsapp.every((line) => line.label?.id && line.label.en)).toBe(true);
    // Every office lists its WhatsApp lines the same way, even with one or none.
    for (const row of rows) expect(Array.isArray(row.whatsapp), row.id).toBe(true);
  });

  it.each(['id', 'en'] as const)('shows each line as a WhatsApp link with its label (%s)', (locale) => {
    const page = readPage(pageOf('kanim-mataram', locale));
    const links = page.querySelectorAll('main .office a[href^="https://wa.me/"]');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://wa.me/6281999949000', 'https://wa.me/628113838389']);
    for (const [i, line] of mataram.whatsapp.entries()) {
      expect(links[i]!.parentNode!.text).toContain(line.label![locale]);
    }
  });

  it('gives search engines both lines as contact points', () => {
    const scripts = readPage(pageOf('kanim-mataram', 'en')).querySelectorAll('script[type="application/ld+json"]');
    const office = scripts.map((s) => JSON.parse(s.text) as Record<string, unknown>).find((d) => d['@type'] === 'GovernmentOffice')!;
    const points = office.contactPoint as { telephone: string; contactType: string }[];
    expect(points.map((p) => p.telephone)).toEqual(['0819-9994-9000', '0811-3838-389']);
    expect(points[1]!.contactType).toBe(`WhatsApp: ${mataram.whatsapp[1]!.label!.en}`);
  });
});
