import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { moveNotFoundPages } from './not-found-pages.ts';
import { readPageHeads } from './page-heads.ts';
import { writeSearchIndexes } from './search-index.ts';
import { writeSecurityHeaders } from './security-headers.ts';
import { writeSitemap } from './sitemap.ts';

export type Log = (message: string) => void;

/**
 * The steps after every page is written, in order: 404 pages where hosts look for
 * them, the page heads (read once), the sitemap, the search indexes, `_headers`.
 * Run by scripts/build.ts once the languages built in parallel are merged, or by the
 * integration below after a plain `astro build`. `out` ends with a slash.
 */
export async function postBuild(out: string, site: string, log: Log): Promise<{ pages: number }> {
  const step = async <T>(name: string, run: () => Promise<T>): Promise<T> => {
    const started = Date.now();
    const result = await run();
    log(`step ${name} done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return result;
  };
  await step('404 pages', () => moveNotFoundPages(out, log));
  const heads = await step('page heads', () => readPageHeads(out, site, log));
  await step('sitemap', () => writeSitemap(out, site, heads, log));
  await step('search', () => writeSearchIndexes(out, log));
  await step('headers', () => writeSecurityHeaders(out, heads, log));
  return { pages: heads.size };
}

/**
 * The after-build steps as an Astro integration, for a plain `astro build` of every
 * language. Skipped when BUILD_LOCALES is set: then scripts/build.ts builds each
 * language in its own process and runs the steps once, on the merged result.
 */
export function postBuildSteps(site: string): AstroIntegration {
  return {
    name: 'post-build',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env.BUILD_LOCALES) return;
        await postBuild(fileURLToPath(dir), site, (message) => logger.info(message));
      },
    },
  };
}
