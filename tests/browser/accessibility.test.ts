import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, openSite, type SiteSession } from '../helpers/browser.ts';
import { distDir, fixtureDistDir } from '../helpers/paths.ts';
import { searchDone } from '../../scripts/lib/browser.ts';
import { inLanguage, sampleVillage, templates } from '../../scripts/lib/templates.ts';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const village = sampleVillage;

/**
 * One page of every template (scripts/lib/templates.ts, as the old-browser and small-screen
 * tests), and a search that lists villages and offices, in both languages. The fallback
 * guide comes from the fixture site.
 */
const pages = [...templates, ['search-villages-offices', '/cari/?q=kupang'] as const].flatMap(([name, address]) => [
  [name, inLanguage(address, '')],
  [`${name} (en)`, inLanguage(address, '/en')],
]);

async function axe(page: Page) {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const result = await (
      window as unknown as {
        axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
      }
    ).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      // Only violations are read: axe then skips collecting the nodes that pass (about half its time).
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

describeBrowser('accessibility', () => {
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

  const open = async (site: SiteSession, address: string, options: { width?: number; height?: number; javaScript?: boolean } = {}) => {
    const context = await site.browser.newContext({
      viewport: { width: options.width ?? 360, height: options.height ?? 640 },
      javaScriptEnabled: options.javaScript ?? true,
      // axe is injected as a script; the pages' own CSP would (rightly) refuse it.
      bypassCSP: true,
    });
    const page = await context.newPage();
    await page.goto(`${site.url}${address}`);
    if (address.includes('/cari/?q=') && options.javaScript !== false) await searchDone(page);
    return page;
  };

  // One test per template: each check on the page already open (a page load each cost more than the check).
  it.each(pages)(
    '%s (%s): axe (WCAG 2.2 AA) at 360x640 and 1280x800, no sideways scroll also with text at twice the size, tap targets of 24 px, content and menu without JavaScript',
    async (_name, address) => {
      const page = await open(session, address);
      expect(await axe(page), '360px').toEqual([]);

      // Tap targets of at least 24 px for navigation, help lines and buttons.
      const small = await page.$$eval(
        'nav a, .helplines .numbers a, button, .button, .lang-switch a, .site-footer a, .print-bar a',
        (els) =>
          els
            .filter((el) => (el as HTMLElement).offsetParent !== null)
            .map((el) => ({ text: (el as HTMLElement).innerText.trim(), box: el.getBoundingClientRect() }))
            .filter(({ box }) => box.height < 24 || box.width < 24)
            .map(({ text, box }) => `${text} ${Math.round(box.width)}x${Math.round(box.height)}`),
      );
      expect(small, 'tap targets').toEqual([]);

      // Never scrolls sideways at 360 px, also with text at twice the size.
      const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(await overflow(), 'sideways scroll').toBeLessThanOrEqual(0);
      await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
      expect(await overflow(), 'sideways scroll, text at 200%').toBeLessThanOrEqual(0);
      await page.context().close();

      const wide = await open(session, address, { width: 1280, height: 800 });
      expect(await axe(wide), '1280px').toEqual([]);
      await wide.context().close();

      if (address.endsWith('/404.html')) return;
      // Content and navigation without JavaScript: follow the first link of the main menu, as a reader would.
      const plain = await open(session, address, { javaScript: false });
      expect(await plain.locator('h1').first().innerText()).not.toBe('');
      if (!address.includes('/cetak/')) {
        const link = plain.locator('nav.nav-main a').first();
        const href = await link.getAttribute('href');
        await link.click();
        await plain.waitForURL(`${session.url}${href}`);
        expect(await plain.locator('h1').first().innerText()).not.toBe('');
      }
      await plain.context().close();
    },
    120_000,
  );

  it('passes axe on an untranslated fallback guide, whose main is marked Indonesian', async () => {
    const page = await open(fixture, '/en/paspor/hanya-indonesia/');
    expect(await axe(page)).toEqual([]);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.getAttribute('main', 'lang')).toBe('id');
    await page.context().close();
  });

  it.each([['/'], ['/en/paspor/syarat/'], [village]])('on %s the skip link moves focus to main, and focus is visible', async (address) => {
    const page = await open(session, address);
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return { cls: el.className, outline: style.outlineStyle, width: style.outlineWidth, top: el.getBoundingClientRect().top };
    });
    expect(skip.cls).toBe('skip');
    expect(skip.outline).not.toBe('none');
    expect(skip.top).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    // Every further stop shows where focus is.
    for (let i = 0; i < 8; i += 1) {
      await page.keyboard.press('Tab');
      const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
      expect(outline).not.toBe('none');
    }
    await page.context().close();
  });
});
