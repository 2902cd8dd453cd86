import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

/** The system Chromium: CHROME_PATH, or Debian's /usr/bin/chromium. Never a downloaded one. */
export function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((path): path is string => Boolean(path && existsSync(path)));
}

/** Chromium's flags here: headless as root, and no background traffic (this machine reaches no other host). */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Launches the system Chromium headless, with no background traffic. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('no Chromium: install the Debian package "chromium" or set CHROME_PATH');
  return chromium.launch({
    executablePath,
    headless: true,
    args: chromiumArgs,
  });
}

/** Waits until the search page has shown its answer (src/scripts/search.ts marks it `data-search-done`). */
export async function searchDone(page: Page): Promise<void> {
  await page.waitForSelector('[data-search][data-search-done]', { state: 'attached' });
}
