import { existsSync, readdirSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { measureSearch } from '../../scripts/lib/transfer.ts';
import { describeBrowser, openSite, type SiteSession } from '../helpers/browser.ts';
import { distDir, fixtureDistDir } from '../helpers/paths.ts';

const results = (session: SiteSession, path: string) => async () => {
  const page = await session.newPage();
  await page.goto(`${session.url}${path}`);
  await page.waitForFunction(() => /\d|Tidak ada|No results/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
  const links = await page.$$eval('[data-search-results] a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
  const kinds = await page.$$eval('[data-search-results] .meta', (els) => els.map((el) => el.textContent ?? ''));
  const status = await page.locator('[data-search-status]').innerText();
  await page.close();
  return { links, kinds, status };
};

describeBrowser('search', () => {
  let session: SiteSession;
  let fixture: SiteSession;
  beforeAll(async () => {
    session = await openSite(distDir);
    fixture = await openSite(fixtureDistDir);
  });
  afterAll(async () => {
    await session?.close();
    await fixture?.close();
  });

  it('has one index per language', () => {
    expect(readdirSync(`${distDir}pagefind`).sort()).toEqual(['en', 'id']);
    expect(existsSync(`${distDir}pagefind/id/wasm.id.pagefind`)).toBe(true);
    expect(existsSync(`${distDir}pagefind/en/wasm.en.pagefind`)).toBe(true);
  });

  it('"paspor" lists the passport guides first', async () => {
    const { links, kinds, status } = await results(session, '/cari/?q=paspor')();
    expect(status).toMatch(/^\d+ hasil untuk “paspor”$/);
    expect(kinds.length).toBeGreaterThan(0);
    for (const kind of kinds) expect(kind).toBe(' · Panduan');
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link).toMatch(/^\/paspor\//);
  });

  it('"passport" in English lists only English pages, and no fallback', async () => {
    const page = await fixture.newPage();
    await page.goto(`${fixture.url}/en/cari/?q=passport`);
    await page.waitForFunction(() => /\d/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    // Open every result, not only the first few, to see that none is Indonesian or a fallback.
    while (await page.locator('[data-search-more]').isVisible()) {
      const before = await page.locator('[data-search-results] li').count();
      await page.click('[data-search-more]');
      await page.waitForFunction((n) => document.querySelectorAll('[data-search-results] li').length > n, before);
    }
    const links = await page.$$eval('[data-search-results] a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(links.length).toBeGreaterThan(3);
    for (const link of links) expect(link).toMatch(/^\/en\//);
    expect(links).not.toContain('/en/paspor/hanya-indonesia/');
    await page.close();
  });

  it('finds a program village by its name', async () => {
    const { links, kinds } = await results(session, '/cari/?q=Oepaha')();
    expect(links[0]).toBe('/desa/nusa-tenggara-timur/kabupaten-kupang/oepaha-5301162007/');
    expect(kinds[0]).toBe(' · Desa');
  });

  it('shows helpful next steps when nothing matches', async () => {
    const page = await session.newPage();
    await page.goto(`${session.url}/cari/?q=zzqxv`);
    await page.waitForFunction(() => /Tidak ada/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    expect(await page.locator('[data-search-status]').innerText()).toContain('Tidak ada hasil untuk “zzqxv”');
    expect(await page.locator('[data-search-status]').getAttribute('role')).toBe('status');
    const help = await page.$$eval('[data-search-help] a', (as) => as.map((a) => a.getAttribute('href')));
    expect(help).toEqual(expect.arrayContaining(['/paspor/', '/migrasi-aman/', '/desa/', '/bantuan/']));
    await page.close();
  });

  it('works by keyboard: the form submits with Enter and results are links', async () => {
    const page = await session.newPage();
    await page.goto(`${session.url}/cari/`);
    await page.focus('#search-q');
    await page.keyboard.type('calo');
    await page.keyboard.press('Enter');
    await page.waitForURL(/q=calo/);
    await page.waitForFunction(() => /\d/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    expect(await page.locator('[data-search-results] a').count()).toBeGreaterThan(0);
    expect(await page.inputValue('#search-q')).toBe('calo');
    await page.close();
  });

  it('without JavaScript, still offers the topic index and the village directory', async () => {
    const page = await session.newPage({ javaScript: false });
    await page.goto(`${session.url}/cari/?q=paspor`);
    const help = await page.$$eval('[data-search-help] a', (as) => as.map((a) => a.getAttribute('href')));
    expect(help).toEqual(expect.arrayContaining(['/paspor/syarat/', '/desa/']));
    await page.close();
  });

  it('keeps our own share of the first query small (page, script, result texts)', async () => {
    const page = await session.newPage();
    const { transfers, total } = await measureSearch(page, `${session.url}/cari/?q=paspor`);
    const ours = transfers.filter((t) => !/\/pagefind\//.test(t.url) || /\/fragment\//.test(t.url));
    const oursTotal = ours.reduce((n, t) => n + t.gzipBytes, 0);
    console.log(`first query "paspor": ${total} B gzip in all; page + script + fragments ${oursTotal} B`);
    expect(oursTotal).toBeLessThanOrEqual(16 * 1024);
    // Nothing from another origin.
    for (const t of transfers) expect(t.url.startsWith(session.url)).toBe(true);
    await page.close();
  });
});
