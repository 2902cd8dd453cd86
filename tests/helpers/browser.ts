import type { Server } from 'node:http';
import { chromium, type Browser, type Page } from 'playwright-core';
import { describe, inject } from 'vitest';
import { chromiumPath } from '../../scripts/lib/browser.ts';
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

/**
 * The run's one Chromium (started by tests/setup/chromium.ts), connected to from this
 * test file. Closing it closes this file's pages and disconnects; the browser goes on
 * for the other files.
 */
export async function sharedBrowser(): Promise<Browser> {
  const endpoint = inject('chromiumEndpoint');
  if (!endpoint) throw new Error('no shared Chromium: browser tests belong in tests/browser/ (the "browser" project starts it)');
  return chromium.connect(endpoint);
}

export interface SiteSession {
  url: string;
  browser: Browser;
  /** A new page at a viewport size, optionally without JavaScript. */
  newPage(options?: { width?: number; height?: number; javaScript?: boolean }): Promise<Page>;
  close(): Promise<void>;
}

/** A built site on loopback (served once for the run when it is dist/ or the fixture site) and the run's Chromium. */
export async function openSite(dir: string): Promise<SiteSession> {
  let url = inject('siteUrls')[dir];
  let server: Server | undefined;
  if (!url) ({ url, server } = await serveStatic(dir));
  const browser = await sharedBrowser();
  return {
    url,
    browser,
    async newPage({ width = 360, height = 640, javaScript = true } = {}) {
      const context = await browser.newContext({ viewport: { width, height }, javaScriptEnabled: javaScript });
      return context.newPage();
    },
    async close() {
      await browser.close();
      if (server) await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** Number of pages in a PDF. */
export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}
