import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, openSite, type SiteSession } from '../helpers/browser.ts';
import { distDir } from '../helpers/paths.ts';

describeBrowser('privacy', () => {
  let session: SiteSession;
  beforeAll(async () => {
    session = await openSite(distDir);
  });
  afterAll(() => session?.close());

  it('sets no cookies, stores nothing and asks no other origin, even while searching', async () => {
    const page = await session.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    for (const address of [
      '/',
      '/paspor/syarat/',
      '/desa/nusa-tenggara-timur/kabupaten-kupang/oepaha-5301162007/',
      '/cari/?q=paspor',
      '/en/cari/?q=passport',
      '/bantuan/',
    ]) {
      await page.goto(`${session.url}${address}`);
      await page.waitForLoadState('networkidle');
    }
    const stored = await page.evaluate(() => ({ cookie: document.cookie, local: localStorage.length, session: sessionStorage.length }));
    expect(stored).toEqual({ cookie: '', local: 0, session: 0 });
    expect(await page.context().cookies()).toEqual([]);
    expect(requests.filter((url) => !url.startsWith(session.url))).toEqual([]);
    await page.close();
  });

  it('tells linked sites nothing about the page a reader came from', async () => {
    const page = await session.newPage();
    await page.goto(`${session.url}/bantuan/`);
    expect(await page.evaluate(() => document.querySelector('meta[name="referrer"]')?.getAttribute('content'))).toBe('no-referrer');
    await page.close();
  });
});
