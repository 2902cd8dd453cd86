import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { htmlPages } from '../helpers/dist.ts';
import { describeBrowser, openSite, pdfPageCount, type SiteSession } from '../helpers/browser.ts';
import { distDir, siteUrl as site } from '../helpers/paths.ts';

const printable = htmlPages().filter((a) => /^\/(en\/)?cetak\//.test(a));
const leaflets = printable.filter((a) => !/\/cetak\/(buku|desa)\//.test(a));
const booklets = printable.filter((a) => /\/cetak\/buku\//.test(a));
const posters = printable.filter((a) => /\/cetak\/desa\//.test(a));

describeBrowser('print', () => {
  let session: SiteSession;
  beforeAll(async () => {
    session = await openSite(distDir);
  });
  afterAll(() => session?.close());

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

  it('fits every village poster on exactly one A4 page', async () => {
    const page = await session.newPage();
    const wrong: string[] = [];
    for (const address of posters) {
      await page.goto(`${session.url}${address}`);
      const n = pdfPageCount(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
      if (n !== 1) wrong.push(`${address}: ${n} pages`);
    }
    expect(wrong).toEqual([]);
    await page.close();
  }, 180_000);

  it.each(['/cetak/desa/jawa-tengah/kabupaten-sragen/cemeng-3314072003/', '/en/cetak/desa/nusa-tenggara-timur/kabupaten-belu/tulakadi-5304022002/'])(
    'puts a QR code on the poster %s that opens the village page',
    async (address) => {
      const page = await session.newPage({ width: 800, height: 1200 });
      await page.goto(`${session.url}${address}`);
      await page.emulateMedia({ media: 'print' });
      const png = PNG.sync.read(await page.locator('.qr svg').screenshot());
      const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
      const expected = `${site}${address.replace('/cetak', '')}`;
      expect(code?.data).toBe(expected);
      // The written address is beside it, for phones without a scanner.
      expect(await page.locator('.qr-url').innerText()).toBe(expected.replace('https://', ''));
      // Large enough to scan at arm's length: at least 50 mm wide.
      const widthMm = await page.$eval('.qr svg', (svg) => svg.getBoundingClientRect().width / (96 / 25.4));
      expect(widthMm).toBeGreaterThanOrEqual(50);
      await page.close();
    },
  );
});
