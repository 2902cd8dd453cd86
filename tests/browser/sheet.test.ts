import jsQR from 'jsqr';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readPage } from '../helpers/dist.ts';
import { describeBrowser, openSite, type SiteSession } from '../helpers/browser.ts';
import { distDir, siteUrl as site } from '../helpers/paths.ts';
import { printedSize, readPrintedPage } from '../helpers/pdf.ts';

/**
 * "Sebelum tanda tangan" / "Before you sign": one black-and-white A4 page for the village
 * hall, made from the company-check guide, in large type, with a QR code that opens the
 * list of sanctioned companies.
 */
describeBrowser('the "before you sign" sheet', () => {
  let session: SiteSession;
  beforeAll(async () => {
    session = await openSite(distDir);
  });
  afterAll(async () => {
    await session?.close();
  });

  it.each([
    ['/cetak/perusahaan/', 'Sebelum tanda tangan: pertanyaan untuk perusahaan'],
    ['/en/cetak/perusahaan/', 'Before you sign: questions for the company'],
  ])('prints %s on one A4 page: large type, the help lines, a QR code to the company list, black and white', async (address, title) => {
    const html = readPage(address, distDir);
    const page = await session.newPage();
    await page.goto(`${session.url}${address}`);
    const printed = await readPrintedPage(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
    await page.close();
    expect(printed.pages).toBe(1);
    expect(Math.round(printed.widthMm)).toBe(210);
    expect(Math.round(printed.heightMm)).toBe(297);
    const { texts } = printed;
    expect(html.querySelector('h1')?.text.trim()).toBe(title);
    expect(printedSize(texts, title)).toBeGreaterThanOrEqual(24);
    // Six questions and six signs that mean stop, each at 15 pt or more.
    const items = html.querySelectorAll('.sheet ol li, .sheet-stop li');
    expect(items.length).toBe(12);
    for (const li of items) expect(printedSize(texts, li.text.trim()), li.text).toBeGreaterThanOrEqual(15);
    // The numbers to call, from content/helplines.yaml.
    const numbers = html.querySelectorAll('.sheet-help a').map((a) => a.text.replace(/^WhatsApp\s*/, '').trim());
    expect(numbers).toContain('0800-1000');
    for (const n of numbers) expect(printedSize(texts, n), n).toBeGreaterThanOrEqual(15);
    // Filled to the foot of the page.
    expect(Math.max(...texts.map((t) => t.yMm))).toBeGreaterThan(printed.heightMm - 30);
    // The QR code opens the list of sanctioned companies in the sheet's language.
    const image = await printed.render(200);
    const code = jsQR(image.data, image.width, image.height);
    expect(code?.data).toBe(`${site}${address.replace('/cetak', '')}`);
    let coloured = 0;
    for (let i = 0; i < image.data.length; i += 4) {
      const [r, g, b] = [image.data[i]!, image.data[i + 1]!, image.data[i + 2]!];
      if (Math.max(r, g, b) - Math.min(r, g, b) > 24) coloured += 1;
    }
    expect(coloured).toBe(0);
  });
});
