import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { searchDone } from './browser.ts';

export interface Transfer {
  url: string;
  /** Bytes on the wire with gzip: files Pagefind already gzips count as they are. */
  gzipBytes: number;
}

/** Size of a response body as a gzip-serving host would send it. */
export function wireSize(body: Buffer): number {
  const alreadyGzipped = body[0] === 0x1f && body[1] === 0x8b;
  return alreadyGzipped ? body.length : gzipSync(body, { level: 9 }).length;
}

/** Loads `address`, waits for the search status to show a result count, and totals the bytes. */
export async function measureSearch(page: Page, address: string): Promise<{ total: number; transfers: Transfer[] }> {
  const transfers: Promise<Transfer | undefined>[] = [];
  page.on('response', (response) => {
    transfers.push(
      response
        .body()
        .then((body) => ({ url: response.url(), gzipBytes: wireSize(body) }))
        .catch(() => undefined),
    );
  });
  await page.goto(address);
  await searchDone(page);
  await page.waitForLoadState('networkidle');
  const list = (await Promise.all(transfers)).filter((t): t is Transfer => t !== undefined);
  return { total: list.reduce((n, t) => n + t.gzipBytes, 0), transfers: list };
}
