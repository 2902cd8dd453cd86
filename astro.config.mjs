// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { notFoundPages } from './src/integrations/not-found-pages.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { isCanonicalPage, readPageHeads } from './src/integrations/page-heads.ts';
import { defaultLocale, locales } from './src/lib/locales.ts';

/** The production address; set SITE_URL when deploying (see README). */
const site = process.env.SITE_URL ?? 'https://desabinaan.example';

const contentDir = process.env.CONTENT_DIR;
const outDir = process.env.OUT_DIR ?? './dist';

export default defineConfig({
  site,
  // Each content folder (fixtures, the national data set) gets its own content cache,
  // so one build never sees another's stale entries.
  ...(contentDir && { cacheDir: `./node_modules/.astro-cache/${contentDir.replace(/[^a-z0-9]+/gi, '-')}` }),
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
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "base-uri 'self'",
        "form-action 'self'",
        "object-src 'none'",
      ],
    },
  },
  integrations: [
    mdx(),
    notFoundPages(),
    readPageHeads(site),
    sitemap({
      i18n: { defaultLocale, locales: Object.fromEntries(locales.map((l) => [l, l])) },
      filter: isCanonicalPage,
    }),
    searchIndex(),
    securityHeaders(),
  ],
  vite: {
    plugins: [tailwindcss()],
    // The search script stays a file of its own (cached, and covered by script-src 'self'),
    // and its import of Pagefind is left as written: no preload helper.
    build: { assetsInlineLimit: 0, modulePreload: false },
  },
});
