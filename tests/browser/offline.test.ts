import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { cachePrefix, manifestName, type SaveManifest } from '../../src/lib/offline.ts';
import { describeBrowser, sharedBrowser } from '../helpers/browser.ts';
import { htmlPages, readPage } from '../helpers/dist.ts';
import { distDir, tmpDir } from '../helpers/paths.ts';

/** A copy of the built site, so a test can change a page as an editor would, and put the site back online. */
const siteDir = `${tmpDir}offline-site/`;
const village = htmlPages().find((a) => /^\/desa\/[^/]+\/[^/]+\/[^/]+-\d{10}\/$/.test(a))!;
const office = readPage(village)
  .querySelectorAll('main a')
  .map((a) => a.getAttribute('href')!)
  .find((h) => h.startsWith('/kantor/'))!;
const guide = '/paspor/syarat/';

/** Everything this origin stores: the worker, caches, and the rest a page could use. */
async function stored(page: Page) {
  return page.evaluate(async () => ({
    workers: (await navigator.serviceWorker.getRegistrations()).length,
    caches: await caches.keys(),
    local: localStorage.length,
    session: sessionStorage.length,
    databases: (await indexedDB.databases()).length,
    cookie: document.cookie,
  }));
}

describeBrowser('saving for offline', () => {
  let browser: Browser;
  let server: Server;
  let port = 0;
  let url = '';
  let context: BrowserContext;

  const serve = async () => {
    ({ server, url } = await serveStatic(siteDir, port));
    port = Number(new URL(url).port);
  };
  /** No connection at all: the browser is offline and the site's server is gone. */
  const goOffline = async () => {
    await context.setOffline(true);
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  };
  const goOnline = async () => {
    await serve();
    await context.setOffline(false);
  };
  const open = async (page: Page, address: string) => {
    await page.goto(`${url}${address}`);
    return page.locator('h1').first().innerText();
  };

  beforeAll(async () => {
    await rm(siteDir, { recursive: true, force: true });
    await cp(distDir, siteDir, { recursive: true });
    await serve();
    browser = await sharedBrowser();
    context = await browser.newContext({ viewport: { width: 360, height: 640 } });
  });
  afterAll(async () => {
    await browser?.close();
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
    await rm(siteDir, { recursive: true, force: true });
  });

  it('stores nothing before the reader presses Save, on the save page or any other', async () => {
    const page = await context.newPage();
    for (const address of ['/', guide, village, '/simpan/', `/simpan/?desa=${village}`, '/en/simpan/']) {
      await page.goto(`${url}${address}`);
      await page.waitForLoadState('networkidle');
    }
    expect(await page.locator('[data-save-button]').isVisible()).toBe(true);
    expect(await stored(page)).toEqual({ workers: 0, caches: [], local: 0, session: 0, databases: 0, cookie: '' });
    expect(await context.cookies()).toEqual([]);
    await page.close();
  });

  it('saves the guides, help lines, search and the village the reader came from, with the size the page states', async () => {
    const page = await context.newPage();
    await page.goto(`${url}${village}`);
    await page.locator('footer a[data-save-link]').click();
    await page.waitForURL(/\/simpan\/\?desa=/);
    await page.locator('[data-save-button]').click();
    await page.waitForFunction(() => /Tersimpan/.test(document.querySelector('[data-save-status]')?.textContent ?? ''), null, {
      timeout: 30_000,
    });
    const manifest = JSON.parse(await readFile(`${siteDir}simpan/${manifestName}`, 'utf8')) as SaveManifest;
    const kept = await page.evaluate(
      async (name) => (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname),
      `${cachePrefix}id`,
    );
    expect(kept.sort()).toEqual([...manifest.files.map((f) => f.url), village, office, '/simpan/tersimpan.json'].sort());
    const status = await page.locator('[data-save-status]').innerText();
    expect(status).toMatch(/\d+ (KB|MB)/);
    expect((await stored(page)).workers).toBe(1);
    // Saving again from the footer of another page keeps the village, and nothing old.
    await page.goto(`${url}/simpan/`);
    // The page says what was saved, and when.
    await page.waitForFunction((text) => document.querySelector('[data-save-status]')?.textContent === text, status);
    await page.locator('[data-save-button]').click();
    await page.waitForFunction((before) => document.querySelector('[data-save-status]')?.textContent !== before, status, {
      timeout: 30_000,
    });
    await page.waitForFunction(() => /Tersimpan/.test(document.querySelector('[data-save-status]')?.textContent ?? ''), null, {
      timeout: 30_000,
    });
    const again = await page.evaluate(
      async (name) => (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname),
      `${cachePrefix}id`,
    );
    expect(again.sort()).toEqual(kept);
    // The English guides, from the English save page.
    await page.goto(`${url}/en/simpan/`);
    await page.locator('[data-save-button]').click();
    await page.waitForFunction(() => /Saved on this phone/.test(document.querySelector('[data-save-status]')?.textContent ?? ''), null, {
      timeout: 30_000,
    });
    expect((await stored(page)).caches.sort()).toEqual([`${cachePrefix}en`, `${cachePrefix}id`]);
    await page.close();
  }, 90_000);

  it('opens saved guides, the village, its office and search with no connection', async () => {
    const page = await context.newPage();
    const online = {
      guide: readPage(guide).querySelector('h1')!.text,
      village: readPage(village).querySelector('h1')!.text,
      office: readPage(office).querySelector('h1')!.text,
      help: readPage('/en/bantuan/').querySelector('h1')!.text,
    };
    await goOffline();
    expect(await open(page, guide)).toBe(online.guide);
    // Really no connection: what was not saved cannot be fetched.
    expect(
      await page.evaluate(() =>
        fetch('/data/villages.json').then(
          () => 'reached',
          () => 'no connection',
        ),
      ),
    ).toBe('no connection');
    expect(await open(page, village)).toBe(online.village);
    expect(await open(page, office)).toBe(online.office);
    expect(await open(page, '/en/bantuan/')).toBe(online.help);
    // Search: Pagefind's engine and this language's index are saved (it asks for pagefind-entry.json?ts=...).
    await page.goto(`${url}/cari/?q=paspor`);
    await page.locator('[data-search-results] li').first().waitFor({ timeout: 20_000 });
    expect(await page.locator('[data-search-results] li a').first().getAttribute('href')).toMatch(/^\/paspor\//);
    await page.close();
  }, 60_000);

  it('shows, for a page that was not saved, an offline page in the reader’s language that links to what is saved', async () => {
    const page = await context.newPage();
    expect(await open(page, '/desa/')).toBe('Anda sedang tanpa internet');
    const links = await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(expect.arrayContaining(['/', guide, '/bantuan/', '/cari/', village, office]));
    expect(await page.locator('[data-saved-places]').isVisible()).toBe(true);
    await page.screenshot({ path: `${tmpDir}offline-page-360x640.png` });
    // A saved link opens.
    await page.locator(`main a[href="${village}"]`).click();
    await page.waitForURL(`${url}${village}`);
    expect(await page.locator('h1').innerText()).toBe(readPage(village).querySelector('h1')!.text);
    expect(await open(page, '/en/kantor/')).toBe('You are offline');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    // English saved no village: that part stays hidden.
    expect(await page.locator('[data-saved-places]').isVisible()).toBe(false);
    await page.close();
  });

  it('gives the current page when back online after a change, never the saved copy', async () => {
    const file = `${siteDir}paspor/syarat/index.html`;
    const before = await readFile(file, 'utf8');
    const title = readPage(guide).querySelector('h1')!.text;
    const after = before.replace(/(<h1[^>]*>)([^<]*)</, '$1$2 (diperbarui)<');
    expect(after).not.toBe(before);
    await writeFile(file, after);
    await goOnline();
    const page = await context.newPage();
    expect(await open(page, guide)).toBe(`${title} (diperbarui)`);
    // The saved copy was brought up to date while online: offline it shows the new text too.
    await goOffline();
    expect(await open(page, guide)).toBe(`${title} (diperbarui)`);
    await goOnline();
    await page.close();
  });

  it('removes everything saved: then a page without connection shows the browser’s offline notice', async () => {
    const page = await context.newPage();
    await page.goto(`${url}/simpan/`);
    await page.locator('[data-save-remove]').click();
    await page.waitForFunction(() => /dihapus/.test(document.querySelector('[data-save-status]')?.textContent ?? ''));
    expect(await stored(page)).toEqual({ workers: 0, caches: [], local: 0, session: 0, databases: 0, cookie: '' });
    await goOffline();
    const failed = await page.goto(`${url}${guide}`).then(
      () => 'opened',
      (error: Error) => error.message,
    );
    expect(failed).toMatch(/ERR_INTERNET_DISCONNECTED|ERR_CONNECTION_REFUSED/);
    await goOnline();
    await page.close();
  });
});
