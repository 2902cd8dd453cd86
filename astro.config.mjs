// @ts-check
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import browserslist from 'browserslist';
import browserslistToEsbuild from 'browserslist-to-esbuild';
import { browserslistToTargets } from 'lightningcss';
import { siteUrl } from './src/data/site.ts';
import { adminIntegration } from './src/integrations/admin.ts';
import { postBuildSteps } from './src/integrations/post-build.ts';
import { defaultLocale, locales } from './src/lib/locales.ts';

const site = siteUrl;

// The browsers every page must be styled on: `browserslist` in package.json (Chrome 61,
// Safari and iOS 12, Firefox 48 = KaiOS 2.5, Samsung Internet 8, UC Browser, Opera Mini).
const browsers = browserslist();

const contentDir = process.env.CONTENT_DIR;
const outDir = process.env.OUT_DIR ?? './dist';
/**
 * Astro's content cache keeps parsed entries until their file changes; it does not see a
 * change to the schemas that parse them (a new default, a field read another way). The
 * schemas' own text is part of the cache's name, so changing a schema starts a fresh cache.
 */
const schemaFiles = ['content.config.ts', ...readdirSync(new URL('./src/schemas/', import.meta.url)).map((file) => `schemas/${file}`)]
  .sort()
  .map((file) => new URL(`./src/${file}`, import.meta.url));
const schemaHash = createHash('sha256');
for (const file of schemaFiles) schemaHash.update(readFileSync(file));
// scripts/build.ts runs one build per language at once: each needs a cache of its own.
const cacheName = [contentDir, process.env.ASTRO_CACHE_PART, `schemas-${schemaHash.digest('hex').slice(0, 8)}`].filter(Boolean).join('-');

export default defineConfig({
  site,
  // Each content folder (fixtures, the national data set) and each parallel build gets
  // its own content cache, so one build never sees another's stale or half-written entries.
  cacheDir: `./node_modules/.astro-cache/${cacheName.replace(/[^a-z0-9]+/gi, '-')}`,
  markdown: { syntaxHighlight: false },
  outDir,
  trailingSlash: 'always',
  // concurrency: render the next pages while earlier ones are written to disk.
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 4 },
  prefetch: false,
  devToolbar: { enabled: false },
  i18n: {
    locales: [...locales],
    defaultLocale,
    routing: { prefixDefaultLocale: false },
  },
  security: {
    // Astro writes each page's CSP <meta> with hashes of the scripts and styles it inlines.
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "base-uri 'self'", "form-action 'self'", "object-src 'none'"],
    },
  },
  integrations: [
    mdx(),
    // 404 pages, sitemap, search indexes, _headers (see src/integrations/post-build.ts).
    postBuildSteps(site),
    // The editor at /admin/ in the development server (npm run admin); the build writes it in post-build.ts.
    adminIntegration(),
  ],
  vite: {
    plugins: [tailwindcss()],
    // Lightning CSS lowers every stylesheet for the browser list (inset, :is(), colour
    // syntax, prefixes). The minifier reads build.cssTarget, not css.lightningcss.targets,
    // so it gets the same list: a minifier aiming at newer browsers would undo the lowering.
    css: { transformer: 'lightningcss', lightningcss: { targets: browserslistToTargets(browsers) } },
    // No file is inlined (the search page's script is bundled by esbuild and written into
    // its page: src/components/SearchScript.astro), no preload helper. Scripts are lowered for
    // the same browser list as the CSS (the save page's script used `??`, a syntax error
    // before Chrome 80).
    build: {
      assetsInlineLimit: 0,
      modulePreload: false,
      cssMinify: 'lightningcss',
      cssTarget: browserslistToEsbuild(browsers),
      target: browserslistToEsbuild(browsers),
    },
    // The development server (npm run admin, the editor test) watches the sources, not the
    // builds: .tmp/ holds test and benchmark builds of up to 336,734 pages, and watching them
    // ran out of the system's file watchers (ENOSPC) before the server answered.
    server: { watch: { ignored: ['**/.tmp/**', '**/dist/**', '**/node_modules/**'] } },
  },
});
