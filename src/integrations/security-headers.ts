import { writeFile } from 'node:fs/promises';
import { adminHeadersBlock, headersFile, mergePolicies, parsePolicy } from '../lib/csp.ts';
import { adminPath } from '../lib/cms/admin-page.ts';
import type { PageHead } from './page-heads.ts';
import type { Log } from './logger.ts';

/**
 * Writes `dist/_headers`: the union of the Content-Security-Policy `<meta>` tags Astro
 * wrote on every page, plus the headers a `<meta>` cannot carry. Fails the build if a
 * page has no policy.
 */
export async function writeSecurityHeaders(
  out: string,
  heads: ReadonlyMap<string, PageHead>,
  log: Log,
  adminPolicy?: string,
): Promise<void> {
  // Pages of one template share a policy: keep each distinct one once.
  const distinct = new Set<string>();
  for (const [address, head] of heads) {
    if (!head.csp) throw new Error(`${address}: no Content-Security-Policy <meta>`);
    distinct.add(head.csp);
  }
  if (distinct.size === 0) throw new Error('security headers: no pages read');
  const admin = adminPolicy ? `\n${adminHeadersBlock(adminPath, adminPolicy)}` : '';
  await writeFile(`${out}_headers`, headersFile(mergePolicies([...distinct].map(parsePolicy))) + admin);
  log(`_headers written from ${heads.size} pages (${distinct.size} distinct policies)`);
}
