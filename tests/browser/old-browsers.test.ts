/**
 * Every template in both languages, rendered in Chromium with its CSS cut down to what
 * the oldest browsers of the list understand (tests/helpers/old-css.ts: no cascade
 * layers, variables, gap, grid, clip-path, :is()...): the header keeps its colour, the
 * menu is no bulleted list, tap targets stay 44 px tall, and the skip link and the
 * screen-reader-only text stay hidden.
 */
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { inLanguage, templates } from '../../scripts/lib/templates.ts';
import { describeBrowser, openSite, type SiteSession } from '../helpers/browser.ts';
import { asOldBrowsers } from '../helpers/old-css.ts';
import { distDir } from '../helpers/paths.ts';

const pages = templates.flatMap(([name, address]) => [
  [name, inLanguage(address, '')],
  [`${name} (en)`, inLanguage(address, '/en')],
]);
const brand = 'rgb(11, 61, 145)';
const brandSoft = 'rgb(232, 238, 249)';
/** What a reader taps: menus, language switch, search box, buttons, footer links, phone numbers. */
const tapTargets =
  '.nav-main a, .menu-link, .lang-switch a, .search-form input, .search-form button, .button, summary, .site-footer a, .choices a, .numbers a, .print-bar a';

describeBrowser('as an old browser shows it', () => {
  let site: SiteSession;
  let context: BrowserContext;
  beforeAll(async () => {
    site = await openSite(distDir);
    // The cut-down CSS no longer matches the hashes of the page's Content-Security-Policy.
    context = await site.browser.newContext({ viewport: { width: 360, height: 640 }, javaScriptEnabled: false, bypassCSP: true });
    await context.route('**/*', async (route) => {
      const response = await route.fetch();
      const type = response.headers()['content-type'] ?? '';
      if (!type.includes('text/html')) return route.fulfill({ response });
      const html = (await response.text()).replace(
        /(<style[^>]*>)([\s\S]*?)(<\/style>)/g,
        (_, open: string, css: string, close: string) => `${open}${asOldBrowsers(css)}${close}`,
      );
      return route.fulfill({ response, body: html });
    });
  });
  afterAll(async () => {
    await context?.close();
    await site?.close();
  });

  it('cuts the CSS as such a browser would', () => {
    const cut = asOldBrowsers('@layer base{a{color:red}}.x{gap:1rem;color:var(--c);margin:0}.y:is(.a,.b){color:red}');
    expect(cut).not.toMatch(/@layer|gap|var\(|:is/);
    expect(cut).toContain('margin:0');
  });

  it.each(pages)('%s (%s): colours, 44 px tap targets, hidden skip link and screen-reader text', async (_, address) => {
    const page = await context.newPage();
    // The CSS is inlined: the page is laid out once its HTML is parsed.
    const response = await page.goto(`${site.url}${address}`, { waitUntil: 'domcontentloaded' });
    expect(response?.status()).toBeLessThan(500);
    const found = await page.evaluate((selector) => {
      const style = (el: Element | null) => (el ? getComputedStyle(el) : undefined);
      const visible = (el: Element) => {
        const r = el.getBoundingClientRect();
        return r.width > 1 && r.height > 1 && style(el)!.visibility !== 'hidden';
      };
      const skip = document.querySelector('.skip')!.getBoundingClientRect();
      return {
        header: style(document.querySelector('.site-header'))?.backgroundColor,
        printBar: style(document.querySelector('.print-bar'))?.backgroundColor,
        font: style(document.documentElement)!.fontFamily,
        menuBullets: style(document.querySelector('.nav-main ul'))?.listStyleType,
        small: [...document.querySelectorAll(selector)]
          .filter(visible)
          .filter((el) => el.getBoundingClientRect().height < 44)
          .map(
            (el) =>
              `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}" ${el.getBoundingClientRect().height.toFixed(1)} px`,
          ),
        skipBottom: skip.bottom,
        srOnly: [...document.querySelectorAll('.sr-only')]
          .map((el) => el.getBoundingClientRect())
          .filter((r) => r.width > 1 || r.height > 1).length,
      };
    }, tapTargets);
    if (address.includes('/cetak/')) {
      expect(found.printBar).toBe(brandSoft);
    } else {
      expect(found.header).toBe(brand);
      expect(found.menuBullets).toBe('none');
    }
    expect(found.font).toMatch(/sans-serif/);
    expect(found.small).toEqual([]);
    expect(found.skipBottom).toBeLessThanOrEqual(0);
    expect(found.srOnly).toBe(0);
    await page.close();
  });
});
