import type { Browser, Page } from 'playwright-core';
import { describe } from 'vitest';
import { chromiumPath, launchChromium } from '../../scripts/lib/browser.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';

const available = Boolean(chromiumPath());
if (!available) {
  if (process.env.CI === 'true') {
    throw new Error('CI=true but no Chromium: install the Debian package "chromium" or set CHROME_PATH');
  }
  console.warn('\n*** SKIPPING browser tests: no Chromium (install the Debian package "chromium" or set CHROME_PATH) ***\n');
}

/** `describe` when the system Chromium is there, a loud skip otherwise (never under CI=true). */
export const describeBrowser = available ? describe : describe.skip;

export interface SiteSession {
  url: string;
  browser: Browser;
  /** A new page at a viewport size, optionally without JavaScript. */
  newPage(options?: { width?: number; height?: number; javaScript?: boolean }): Promise<Page>;
  close(): Promise<void>;
}

/** Serves a built site on loopback and starts Chromium. */
export async function openSite(dir: string): Promise<SiteSession> {
  const { url, server } = await serveStatic(dir);
  const browser = await launchChromium();
  return {
    url,
    browser,
    async newPage({ width = 360, height = 640, javaScript = true } = {}) {
      const context = await browser.newContext({ viewport: { width, height }, javaScriptEnabled: javaScript });
      return context.newPage();
    },
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** Number of pages in a PDF. */
export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}
