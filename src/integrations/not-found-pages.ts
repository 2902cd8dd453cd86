import { rename, rmdir, stat } from 'node:fs/promises';
import { defaultLocale, locales } from '../lib/locales.ts';
import type { Log } from './logger.ts';

/**
 * Astro writes `/404/` and `/en/404/` as `404/index.html` and `en/404/index.html`;
 * static hosts look for `404.html` in the folder of the missing address. Moves each
 * language's 404 page there.
 */
export async function moveNotFoundPages(out: string, log: Log): Promise<void> {
  for (const locale of locales) {
    const folder = locale === defaultLocale ? out : `${out}${locale}/`;
    const from = `${folder}404/index.html`;
    const exists = await stat(from).then(
      () => true,
      () => false,
    );
    if (!exists) continue;
    await rename(from, `${folder}404.html`);
    await rmdir(`${folder}404`);
    log(`404 page: ${locale === defaultLocale ? '' : `${locale}/`}404.html`);
  }
}
