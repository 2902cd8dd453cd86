import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeAdmin } from './admin.ts';
import { writeNginxConfig } from './nginx-config.ts';
import { moveNotFoundPages } from './not-found-pages.ts';
import { headsToJson, htmlPages, readPageHeads, type PageHead } from './page-heads.ts';
import { precompress } from './precompress.ts';
import { writeSaveManifests } from './save-manifest.ts';
import { writeSearchIndexes } from './search-index.ts';
import { writeSecurityHeaders } from './security-headers.ts';
import { writeSitemap } from './sitemap.ts';
import { contentDir } from '../lib/content-dir.ts';
import { loadReportAddress, reportSettingFile } from '../lib/report.ts';
import { builtLocales } from '../lib/routes.ts';
import type { Log } from './logger.ts';

/** Where a build of some languages (BUILD_LOCALES) leaves its page heads for scripts/build.ts. */
export const partHeadsFile = '.page-heads.json';

async function step<T>(name: string, log: Log, run: () => Promise<T>): Promise<T> {
  const started = Date.now();
  const result = await run();
  log(`step ${name} done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

/**
 * The steps over the whole site, in order: 404 pages where hosts look for them, the
 * sitemap, `_headers` and the nginx configuration from the page heads (read once, by
 * each language's build: see below), and with PRECOMPRESS=1 (self-hosting) .gz and .br
 * copies of every text file. Run by scripts/build.ts once the languages built in
 * parallel are merged, or by the integration below after a plain `astro build`. `out`
 * ends with a slash.
 */
export async function postBuild(out: string, site: string, heads: ReadonlyMap<string, PageHead>, log: Log): Promise<{ pages: number }> {
  if (loadReportAddress(contentDir()) === undefined) {
    log(
      `report a mistake: no address in ${contentDir()}/${reportSettingFile}; the links lead to the offices (a village's own office, else the office list)`,
    );
  }
  await step('404 pages', log, () => moveNotFoundPages(out, log));
  await step('sitemap', log, () => writeSitemap(out, site, heads, log));
  // The editor: after the sitemap, the search indexes and the offline lists, so none of them knows it.
  const adminPolicy = await step('admin', log, () => writeAdmin(out, site, log));
  await step('headers', log, () => writeSecurityHeaders(out, heads, log, adminPolicy));
  await step('nginx config', log, () => writeNginxConfig(out, site, heads, log, adminPolicy));
  if (process.env.PRECOMPRESS === '1') await step('precompress', log, () => precompress(out, log));
  return { pages: heads.size };
}

/**
 * The after-build steps as an Astro integration, at `astro:build:done`: the page heads,
 * the search indexes of the languages this build rendered (Pagefind through its Node
 * API, one index per language; the village finder with the default language) and what
 * each language's save-for-offline button keeps, with its size.
 * After a plain `astro build` of every language it then runs {@link postBuild}. When
 * BUILD_LOCALES is set, scripts/build.ts builds each language in its own process at
 * once: each leaves its heads in {@link partHeadsFile}, and the script runs
 * {@link postBuild} once, on the merged result.
 */
export function postBuildSteps(site: string): AstroIntegration {
  return {
    name: 'post-build',
    hooks: {
      'astro:build:done': async ({ dir, pages, logger }) => {
        const out = fileURLToPath(dir);
        const log = (message: string) => logger.info(message);
        const built = await htmlPages(
          out,
          pages.map((p) => p.pathname),
        );
        const heads = await step('page heads', log, () => readPageHeads(built, site, log));
        await step('search', log, () => writeSearchIndexes(out, log, builtLocales()));
        // The save page's figures are the sizes of built files, search included: last.
        await step('save for offline', log, () => writeSaveManifests(out, built, log, builtLocales()));
        if (process.env.BUILD_LOCALES) await writeFile(`${out}${partHeadsFile}`, headsToJson(heads));
        else await postBuild(out, site, heads, log);
      },
    },
  };
}
