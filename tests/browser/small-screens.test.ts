/**
 * The smallest screen the site is made for: 240 x 320, a KaiOS feature phone. On every
 * template in both languages the page title (h1) starts on the first screen, the header,
 * menu and search box take at most a third of it, and nothing scrolls sideways.
 */
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { inLanguage, templates } from '../../scripts/lib/templates.ts';
import { describeBrowser, openSite, type SiteSession } from '../helpers/browser.ts';
import { distDir } from '../helpers/paths.ts';
import { searchDone } from '../../scripts/lib/browser.ts';

const width = 240;
const height = 320;
const pages = templates.flatMap(([name, address]) => [
  [name, inLanguage(address, '')],
  [`${name} (en)`, inLanguage(address, '/en')],
]);

describeBrowser('at 240 x 320', () => {
  let site: SiteSession;
  let context: BrowserContext;
  beforeAll(async () => {
    site = await openSite(distDir);
    context = await site.browser.newContext({ viewport: { width, height } });
  });
  afterAll(async () => {
    await context?.close();
    await site?.close();
  });

  it.each(pages)('%s (%s): title on the first screen, header within a third, no sideways scroll', async (_, address) => {
    const page = await context.newPage();
    await page.goto(`${site.url}${address}`);
    if (address.includes('/cari/?q=')) {
      await searchDone(page);
    }
    const found = await page.evaluate(() => {
      const h1 = document.querySelector('h1');
      const title = h1?.getBoundingClientRect();
      const lineHeight = h1 ? parseFloat(getComputedStyle(h1).lineHeight) : 0;
      const top = [...document.querySelectorAll('.site-header, .nav-main, body > .search-form, .print-bar')]
        .map((el) => el.getBoundingClientRect())
        .filter((r) => r.height > 0);
      return {
        titleTop: title?.top ?? Infinity,
        firstLineBottom: (title?.top ?? Infinity) + lineHeight,
        headerBottom: Math.max(0, ...top.map((r) => r.bottom)),
        scrollWidth: document.documentElement.scrollWidth,
        menuLink: Boolean(document.querySelector('.menu-link')?.getBoundingClientRect().height),
        menu: Boolean(document.getElementById('menu')),
      };
    });
    expect(found.headerBottom).toBeLessThanOrEqual(Math.ceil(height / 3));
    expect(found.firstLineBottom).toBeLessThanOrEqual(height);
    expect(found.scrollWidth).toBeLessThanOrEqual(width);
    // The menu is one tap away: the header's "Menu" link leads to the menu in the footer.
    if (!address.includes('/cetak/')) expect([found.menuLink, found.menu]).toEqual([true, true]);
    await page.close();
  });
});
