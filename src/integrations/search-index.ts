import { readdir, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { createIndex, close } from 'pagefind';
import { defaultLocale, locales } from '../lib/locales.ts';

/**
 * Builds the search index with Pagefind's Node API after Astro has written the site:
 * one index per language (`/pagefind/<locale>/`), so a search loads only its
 * language, and so indexing the national data set never holds both languages in
 * memory at once. Only what pages mark with `data-pagefind-body` is indexed: guides,
 * villages and offices; fallback pages, printable versions and the search page are not.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        await rm(`${out}pagefind`, { recursive: true, force: true });
        const topFolders = (await readdir(out, { withFileTypes: true }))
          .filter((e) => e.isDirectory() && !(locales as readonly string[]).includes(e.name) && !['cetak', 'cari', '_astro', 'data'].includes(e.name))
          .map((e) => e.name);
        for (const locale of locales) {
          const started = Date.now();
          const { index, errors } = await createIndex({ forceLanguage: locale });
          if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
          const glob =
            locale === defaultLocale ? `{index.html,{${topFolders.join(',')}}/**/*.html}` : `${locale}/{index.html,{${topFolders.join(',')}}/**/*.html}`;
          const added = await index.addDirectory({ path: out, glob });
          if (added.errors.length > 0) throw new Error(`pagefind (${locale}): ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: `${out}pagefind/${locale}` });
          if (written.errors.length > 0) throw new Error(`pagefind (${locale}): ${written.errors.join('; ')}`);
          await index.deleteIndex();
          logger.info(`${locale}: ${added.page_count} pages indexed in ${Date.now() - started} ms`);
        }
        await close();
      },
    },
  };
}
