import jsQR from 'jsqr';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { htmlPages, readPage } from '../helpers/dist.ts';
import { describeBrowser, openSite, pdfPageCount, type SiteSession } from '../helpers/browser.ts';
import { distDir, fixtureDistDir, siteUrl as site, tmpDir } from '../helpers/paths.ts';
import { printedSize, readPrintedPage, runsOf } from '../helpers/pdf.ts';

const printable = htmlPages().filter((a) => /^\/(en\/)?cetak\//.test(a));
const leaflets = printable.filter((a) => !/\/cetak\/(buku|desa)\//.test(a));
const booklets = printable.filter((a) => /\/cetak\/buku\//.test(a));
const posters = printable.filter((a) => /\/cetak\/desa\//.test(a));
// The fixture site's own posters: example villages with sessions and officers, and the
// longest village name in the area data with the office of the longest name
// (tests/fixtures/villages/13.05.16.2006.yaml), and the second longest with the longest office address. Kabupaten Klaten's 401 copies are left out.
const fixturePosters = htmlPages(fixtureDistDir).filter(
  (a) => /\/cetak\/desa\//.test(a) && !a.includes('/kabupaten-klaten/') && !posters.includes(a),
);
const longest = fixturePosters.filter((a) => a.includes('-1305162006/') || a.includes('-1305032006/'));
// Measured from the PDF: a village whose office publishes a WhatsApp number, one whose office publishes none, the two longest names.
const withPhone = posters.find((a) => a.includes('-5201032012/'));
type Measured = [address: string, site: 'dist' | 'fixture'];
const measured: Measured[] = [
  ...(withPhone ? [[withPhone, 'dist'] satisfies Measured] : []),
  [posters.find((a) => a.startsWith('/en/') && !a.includes('-5201032012/'))!, 'dist'],
  ...longest.map((a): Measured => [a, 'fixture']),
];
/** What the poster tests measured, for docs/architecture.md and the issue note. */
const measurements: Record<string, Record<string, number>> = {};

/** The height a poster's page content may take: A4 less the poster's 8 mm margins. */
const posterPageMm = 297 - 2 * 8;
const pxPerMm = 96 / 25.4;

/** A page laid out as Chromium prints a poster: print media, as wide as the printed area (210 mm less the margins). */
async function printLayout(server: SiteSession): Promise<Page> {
  const page = await server.newPage({ width: Math.floor((210 - 2 * 8) * pxPerMm), height: 200 });
  await page.emulateMedia({ media: 'print' });
  return page;
}

/** The printed height of the poster's content, in mm, without the stretch that fills the page to its foot. */
async function posterHeightMm(page: Page): Promise<number> {
  const px = await page.evaluate(() => {
    const poster = document.querySelector<HTMLElement>('.poster')!;
    poster.style.minHeight = '0';
    return document.documentElement.scrollHeight;
  });
  return px / pxPerMm;
}

describeBrowser('print', () => {
  let session: SiteSession;
  let fixture: SiteSession;
  /** The tallest poster of both sites, found by the test that measures them all. */
  let tallestPoster: string | undefined;
  beforeAll(async () => {
    session = await openSite(distDir);
    fixture = await openSite(fixtureDistDir);
  });
  afterAll(async () => {
    await session?.close();
    await fixture?.close();
  });

  it('has a printable version of every guide, a booklet per topic and a poster per village', () => {
    expect(leaflets.length).toBeGreaterThanOrEqual(24);
    expect(booklets).toEqual(expect.arrayContaining(['/cetak/buku/paspor/', '/cetak/buku/migrasi-aman/', '/en/cetak/buku/paspor/']));
    expect(posters.length).toBeGreaterThanOrEqual(60);
  });

  it('prints a guide without navigation, search or footer, keeping the main text', async () => {
    const page = await session.newPage({ width: 1280, height: 800 });
    await page.goto(`${session.url}/paspor/syarat/`);
    await page.emulateMedia({ media: 'print' });
    const hidden = await page.$$eval('nav, header.site-header, form, footer, .lang-switch', (els) =>
      els.map((el) => getComputedStyle(el).display),
    );
    expect(hidden.length).toBeGreaterThan(3);
    expect(new Set(hidden)).toEqual(new Set(['none']));
    expect(await page.$eval('main', (el) => getComputedStyle(el).display)).not.toBe('none');
    expect(await page.$eval('main', (el) => (el as HTMLElement).innerText)).toContain('Kartu Keluarga');
    await page.close();
  });

  it('prints checklists as empty squares', async () => {
    const page = await session.newPage();
    await page.goto(`${session.url}/cetak/paspor/syarat/`);
    await page.emulateMedia({ media: 'print' });
    const box = await page.$eval('.checklist li', (li) => {
      const s = getComputedStyle(li, '::before');
      return { border: s.borderTopStyle, width: s.width, content: s.content };
    });
    expect(box).toEqual({ border: 'solid', width: expect.stringMatching(/px$/), content: '""' });
    await page.close();
  });

  // The guides of the legal road and the trouble-abroad guide carry lists of offices and
  // their sources: they print on up to 9 pages (measured), the others on 1-4.
  it('fits every printable guide on at most 10 A4 pages', async () => {
    const page = await session.newPage();
    const counts: Record<string, number> = {};
    for (const address of leaflets) {
      await page.goto(`${session.url}${address}`);
      counts[address] = pdfPageCount(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
    }
    const over = Object.entries(counts).filter(([, n]) => n > 10 || n < 1);
    expect(over).toEqual([]);
    await page.close();
  }, 180_000);

  // A poster is one A4 page: 297 mm less its 8 mm margins (print.css, @page poster) leaves
  // 281 mm. Printing each of the ~400 posters to PDF took minutes; laying each out as the
  // printer does (print media, the printed width) and measuring its height takes seconds.
  // The next test proves the measure agrees with Chromium's PDF on the tallest poster.
  it('fits every village poster on exactly one A4 page, also the example villages and the longest names of the fixture site', async () => {
    const heights: [address: string, mm: number][] = [];
    for (const [server, list] of [
      [session, posters],
      [fixture, fixturePosters],
    ] as const) {
      const page = await printLayout(server);
      for (const address of list) {
        await page.goto(`${server.url}${address}`);
        heights.push([address, await posterHeightMm(page)]);
      }
      await page.context().close();
    }
    expect(heights.length).toBe(posters.length + fixturePosters.length);
    expect(fixturePosters.length).toBeGreaterThanOrEqual(4);
    const tallest = heights.reduce((a, b) => (b[1] > a[1] ? b : a));
    tallestPoster = tallest[0];
    measurements['tallest poster'] = { [tallest[0]]: Math.round(tallest[1] * 10) / 10 };
    // 2 mm to spare for rounding between the layout and the PDF.
    expect(heights.filter(([, mm]) => mm > posterPageMm - 2).map(([a, mm]) => `${a}: ${mm.toFixed(1)} mm`)).toEqual([]);
  }, 180_000);

  it('measures a poster as the PDF prints it: the tallest on one page, and the same poster with more text on two', async () => {
    // The tallest of all posters, as the test before measured it.
    expect(tallestPoster).toBeDefined();
    const address = tallestPoster!;
    const server = posters.includes(address) ? session : fixture;
    const page = await server.newPage();
    await page.goto(`${server.url}${address}`);
    expect(pdfPageCount(await page.pdf({ format: 'A4', preferCSSPageSize: true }))).toBe(1);
    // Lines added until the measure says the poster no longer fits: the PDF then has two pages.
    const layout = await printLayout(server);
    await layout.goto(`${server.url}${address}`);
    let lines = 0;
    while ((await posterHeightMm(layout)) <= posterPageMm) {
      lines += 1;
      await layout.evaluate(() => document.querySelector('.poster-warning')!.append(document.createElement('br'), 'Baris tambahan'));
    }
    await layout.context().close();
    await page.evaluate((n) => {
      for (let i = 0; i < n; i += 1) document.querySelector('.poster-warning')!.append(document.createElement('br'), 'Baris tambahan');
    }, lines);
    expect(pdfPageCount(await page.pdf({ format: 'A4', preferCSSPageSize: true }))).toBe(2);
    await page.context().close();
  }, 120_000);

  it.each(measured)(
    'prints %s as a wall poster: large type, a 6 cm QR code that opens the village page, black and white, one full page',
    async (address, which) => {
      const server = which === 'fixture' ? fixture : session;
      const dir = which === 'fixture' ? fixtureDistDir : distDir;
      const html = readPage(address, dir);
      const text = (selector: string) => html.querySelector(selector)?.text.replace(/\s+/g, ' ').trim() ?? '';
      const page = await server.newPage();
      await page.goto(`${server.url}${address}`);
      const printed = await readPrintedPage(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
      await page.close();
      expect(printed.pages).toBe(1);
      expect(Math.round(printed.widthMm)).toBe(210);
      expect(Math.round(printed.heightMm)).toBe(297);
      const { texts } = printed;
      const sizes: Record<string, number> = {};
      const size = (name: string, needle: string) => {
        expect(needle, name).not.toBe('');
        sizes[name] = printedSize(texts, needle);
        return sizes[name];
      };
      // Readable from two metres.
      expect(size('village name', text('h1'))).toBeGreaterThanOrEqual(40);
      expect(size('warning', text('.poster-warning'))).toBeGreaterThanOrEqual(20);
      if (html.querySelector('.poster-session li')) {
        // The next session: its date and time large, what and where at the help lines' size.
        expect(size('next session, date', text('.poster-session li strong'))).toBeGreaterThanOrEqual(20);
        expect(size('next session', text('.poster-session li'))).toBeGreaterThanOrEqual(16);
      } else {
        expect(size('how to ask for a session', text('.poster-session p'))).toBeGreaterThanOrEqual(20);
      }
      const phones = html.querySelectorAll('.poster-phone a').map((a) => a.text.trim());
      if (phones.length > 0) {
        for (const phone of phones) expect(size(`phone ${phone}`, phone)).toBeGreaterThanOrEqual(24);
      } else {
        // No phone published: the poster says so and gives the office's address, plainly.
        expect(size('phone not published', text('.poster-office p:nth-of-type(2)'))).toBeGreaterThanOrEqual(16);
        expect(size('office address', text('.poster-address'))).toBeGreaterThanOrEqual(16);
      }
      expect(size('office name', text('.poster-office strong'))).toBeGreaterThanOrEqual(16);
      const helpLines = html.querySelectorAll('.poster-help li');
      expect(helpLines.length).toBeGreaterThanOrEqual(2);
      for (const line of helpLines) expect(size(`help line ${line.text.slice(0, 12)}`, line.text)).toBeGreaterThanOrEqual(16);
      // The page is filled, top to bottom, within its 10 mm margins.
      const ys = texts.map((t) => t.yMm);
      expect(Math.min(...ys)).toBeLessThan(25);
      expect(Math.max(...ys)).toBeGreaterThan(printed.heightMm - 30);
      // The QR code, read from the printed page: it opens the village page and is at least 60 mm wide.
      const dpi = 200;
      const image = await printed.render(dpi);
      const code = jsQR(image.data, image.width, image.height);
      const expected = `${site}${address.replace('/cetak', '')}`;
      expect(code?.data).toBe(expected);
      const { topLeftCorner: tl, topRightCorner: tr, bottomLeftCorner: bl } = code!.location;
      const qrWidthMm = (Math.hypot(tr.x - tl.x, tr.y - tl.y) / dpi) * 25.4;
      expect(qrWidthMm).toBeGreaterThanOrEqual(60);
      // Its address is printed under it, for phones without a scanner.
      const url = runsOf(texts, expected.replace('https://', ''));
      expect(url.length).toBeGreaterThan(0);
      expect(Math.min(...url.map((r) => r.yMm))).toBeGreaterThan((bl.y / dpi) * 25.4);
      // Black and white: not one coloured pixel.
      let coloured = 0;
      for (let i = 0; i < image.data.length; i += 4) {
        const [r, g, b] = [image.data[i]!, image.data[i + 1]!, image.data[i + 2]!];
        if (Math.max(r, g, b) - Math.min(r, g, b) > 24) coloured += 1;
      }
      expect(coloured).toBe(0);
      measurements[address] = { ...sizes, 'QR code width (mm)': Math.round(qrWidthMm * 10) / 10 };
      writeFileSync(`${tmpDir}poster-measurements.json`, JSON.stringify(measurements, null, 2));
    },
    60_000,
  );
});
