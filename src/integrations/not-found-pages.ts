import { rename, rmdir, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { defaultLocale, locales } from '../lib/locales.ts';

/**
 * Astro writes `/en/404` as `en/404/index.html`; static hosts look for `404.html` in
 * the folder of the missing address. Moves each language's 404 page there.
 */
export function notFoundPages(): AstroIntegration {
  return {
    name: 'not-found-pages',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        for (const locale of locales.filter((l) => l !== defaultLocale)) {
          const from = `${out}${locale}/404/index.html`;
          const exists = await stat(from).then(() => true, () => false);
          if (!exists) continue;
          await rename(from, `${out}${locale}/404.html`);
          await rmdir(`${out}${locale}/404`);
          logger.info(`${locale}/404.html`);
        }
      },
    },
  };
}
