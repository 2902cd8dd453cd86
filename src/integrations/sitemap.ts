import { writeFile } from 'node:fs/promises';
import { sitemapFiles } from '../lib/sitemap.ts';
import type { PageHead } from './page-heads.ts';
import type { Log } from './logger.ts';

/**
 * Writes the sitemap from the page heads. A page is listed when its canonical link
 * points at its own address and it is not `noindex`: so untranslated fallbacks
 * (canonical: the Indonesian original), printable versions and 404 pages stay out
 * without a second list to keep in step. Its language versions are the hreflang links
 * the page itself carries.
 */
export async function writeSitemap(out: string, site: string, heads: ReadonlyMap<string, PageHead>, log: Log): Promise<void> {
  const entries = [...heads]
    .filter(([, head]) => head.listed)
    .map(([address, head]) => ({ url: new URL(address, site).href, alternates: head.alternates }));
  const files = sitemapFiles(entries, site);
  await Promise.all([...files].map(([name, xml]) => writeFile(`${out}${name}`, xml)));
  log(`sitemap: ${entries.length} pages in ${files.size - 1} file(s)`);
}
