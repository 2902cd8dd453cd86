import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { formatRupiah } from '../../src/lib/format.ts';
import { parsePhone } from '../../src/lib/phone.ts';
import { htmlPages, readHtml, readPage } from '../helpers/dist.ts';
import { root } from '../helpers/paths.ts';

function mdxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? mdxFiles(join(dir, e.name)) : e.name.endsWith('.mdx') ? [join(dir, e.name)] : [],
  );
}

const guidesDir = `${root}content/guides/`;
const guideIds = (locale: string) =>
  mdxFiles(`${guidesDir}${locale}`).map((f) => relative(`${guidesDir}${locale}`, f).replace(/\.mdx$/, ''));
const addressOf = (id: string) => `/${id.replace(/(^|\/)index$/, '')}/`.replace('//', '/');
const fees = parseYaml(readFileSync(`${root}content/fees.yaml`, 'utf8')) as { id: string; amount: number }[];
const guidePages = guideIds('id').flatMap((id) => [addressOf(id), `/en${addressOf(id)}`]);

describe('the set of guides', () => {
  it('has at least 12 guides in each language, every one translated', () => {
    expect(guideIds('id').length).toBeGreaterThanOrEqual(12);
    expect(guideIds('en').sort()).toEqual(guideIds('id').sort());
  });

  it('covers passport, safe migration, the village program and help', () => {
    const topics = new Set(guideIds('id').map((id) => id.split('/')[0]));
    expect([...topics].sort()).toEqual(['bantuan', 'desa-binaan', 'migrasi-aman', 'paspor']);
  });
});

describe.each(guidePages)('guide %s', (address) => {
  const page = readPage(address);
  const main = page.querySelector('main')!;

  it('renders its sources and the reviewed date', () => {
    const sources = main.querySelectorAll('.sources li');
    expect(sources.length).toBeGreaterThan(0);
    for (const link of main.querySelectorAll('.sources a')) expect(link.getAttribute('href')).toMatch(/^https:\/\//);
    expect(main.querySelector('.sources time')?.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('shows fees only as they are in fees.yaml', () => {
    for (const el of main.querySelectorAll('[data-fee]')) {
      const fee = fees.find((f) => f.id === el.getAttribute('data-fee'));
      expect(fee, el.getAttribute('data-fee') ?? '').toBeDefined();
      expect(el.text).toBe(formatRupiah(fee!.amount));
    }
    // No rupiah amount typed into a guide by hand (the titles of its sources and the fee
    // caveats from fees.yaml may name amounts).
    const text = main
      .querySelectorAll('p, li, td')
      .filter((el) => !el.querySelector('[data-fee]') && !el.closest('.sources') && !el.closest('.fee-caveats'))
      .map((el) => el.text);
    for (const t of text) expect(t).not.toMatch(/Rp\s?\d/);
  });

  it('has well-formed tap-to-call and WhatsApp links', () => {
    for (const a of main.querySelectorAll('a[href^="tel:"]')) {
      const number = a.getAttribute('href')!.slice(4);
      expect(parsePhone(number), number).toBeDefined();
      expect(number).toMatch(/^\+?\d+$/);
    }
    // Chats with a number; the page's own "Share on WhatsApp" link carries a message instead.
    for (const a of main.querySelectorAll('a[href*="wa.me"]:not([data-share])')) {
      expect(a.getAttribute('href')).toMatch(/^https:\/\/wa\.me\/[1-9]\d{7,14}$/);
    }
    for (const a of main.querySelectorAll('a[data-share]')) expect(a.getAttribute('href')).toMatch(/^https:\/\/wa\.me\/\?text=/);
  });

  it('links to its printable version', () => {
    const prefix = address.startsWith('/en/') ? '/en' : '';
    const print = `${prefix}/cetak${address.replace(/^\/en/, '')}`;
    expect(main.querySelectorAll('a').map((a) => a.getAttribute('href'))).toContain(print);
  });
});

describe('help lines', () => {
  it('lists every help line from helplines.yaml on /bantuan/ with its numbers as links', () => {
    const lines = parseYaml(readFileSync(`${root}content/helplines.yaml`, 'utf8')) as { channels: { kind: string; number: string }[] }[];
    for (const address of ['/bantuan/', '/en/bantuan/']) {
      const hrefs = readPage(address)
        .querySelectorAll('main a')
        .map((a) => a.getAttribute('href'));
      for (const channel of lines.flatMap((l) => l.channels)) {
        const digits = channel.number.replace(/[^0-9]/g, '');
        const expected =
          channel.kind === 'whatsapp' ? `https://wa.me/62${digits.slice(1)}` : `tel:${channel.number.startsWith('+') ? '+' : ''}${digits}`;
        expect(hrefs, `${address} ${channel.number}`).toContain(expected);
      }
    }
  });

  it('never shows a phone number that is not in helplines.yaml or an office file', () => {
    const known = new Set<string>();
    for (const line of parseYaml(readFileSync(`${root}content/helplines.yaml`, 'utf8')) as { channels: { number: string }[] }[]) {
      for (const c of line.channels) known.add(c.number.replace(/[^0-9]/g, ''));
    }
    for (const file of readdirSync(`${root}content/offices`).filter((f) => f.endsWith('.yaml'))) {
      const office = parseYaml(readFileSync(`${root}content/offices/${file}`, 'utf8')) as {
        phone?: string;
        whatsapp?: string | { number: string }[];
      };
      const whatsapp = typeof office.whatsapp === 'string' ? [office.whatsapp] : (office.whatsapp ?? []).map((line) => line.number);
      for (const n of [office.phone, ...whatsapp]) if (n) known.add(n.replace(/[^0-9]/g, ''));
    }
    for (const file of readdirSync(`${root}content/agencies`).filter((f) => f.endsWith('.yaml'))) {
      const agency = parseYaml(readFileSync(`${root}content/agencies/${file}`, 'utf8')) as { phone?: string; whatsapp?: string };
      for (const n of [agency.phone, agency.whatsapp]) if (n) known.add(n.replace(/[^0-9]/g, ''));
    }
    for (const address of htmlPages()) {
      for (const match of readHtml(address).matchAll(/href="tel:\+?(\d+)"/g)) expect(known, `${address}: ${match[1]}`).toContain(match[1]);
    }
  });
});

describe('order of help lines', () => {
  it('puts the key lines first on /bantuan/', () => {
    const names = readPage('/bantuan/')
      .querySelectorAll('.helplines > li h2')
      .map((h) => h.text);
    expect(names[0]).toContain('KP2MI');
    expect(names.at(-1)).toContain('Kemnaker');
  });
});

describe('the step-by-step road', () => {
  const road = parseYaml(readFileSync(`${root}content/guides/id/migrasi-aman/jalur-resmi.mdx`, 'utf8').split('---')[1]!) as {
    road: { title: string; guide: string }[];
  };

  it.each(['', '/en'])('lists its steps in order, each linking to its guide (%s)', (prefix) => {
    const steps = readPage(`${prefix}/migrasi-aman/jalur-resmi/`).querySelectorAll('ol.road > li');
    expect(steps).toHaveLength(road.road.length);
    road.road.forEach((step, i) => expect(steps[i]!.querySelector('a')?.getAttribute('href')).toBe(`${prefix}/${step.guide}/`));
  });

  it.each(['', '/en'])('shows "part of" the road, with the step numbers, on every guide it names (%s)', (prefix) => {
    const byGuide = new Map<string, number[]>();
    road.road.forEach((step, i) => byGuide.set(step.guide, [...(byGuide.get(step.guide) ?? []), i + 1]));
    for (const [guide, steps] of byGuide) {
      const nav = readPage(`${prefix}/${guide}/`).querySelector('nav.road-nav');
      expect(nav, guide).not.toBeNull();
      expect(nav!.querySelector('a')?.getAttribute('href')).toBe(`${prefix}/migrasi-aman/jalur-resmi/`);
      const numbers = nav!.querySelector('strong')!.text.match(/\d+/g)!.map(Number);
      expect(numbers, guide).toEqual([...steps, road.road.length]);
    }
    // A guide that is no step of it has no such line.
    expect(readPage(`${prefix}/paspor/syarat/`).querySelector('nav.road-nav')).toBeNull();
  });
});

describe('agencies', () => {
  it('show a contact that no official source gives as not published', () => {
    const page = readPage('/migrasi-aman/masalah-di-luar-negeri/');
    const agencies = page.querySelectorAll('.agencies > li');
    expect(agencies.length).toBeGreaterThan(5);
    expect(agencies.some((li) => li.text.includes('Telepon: belum diterbitkan'))).toBe(true);
    expect(agencies.some((li) => li.querySelector('a[href^="tel:"]'))).toBe(true);
  });
});
