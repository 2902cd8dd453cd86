import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Four projects, by what a test needs (the folder it is in):
 * - unit: pure helpers, schemas and route data against in-memory collections; no build, no browser; seconds.
 * - scale: the tests over every one of the 83,762 villages of the area data; no build.
 * - site: assertions over one build of the site and of the fixture site (tests/setup/build.ts).
 * - browser: the same builds, served once, and one Chromium for the run (tests/setup/chromium.ts).
 * `npm test` runs them all; `npm run test:unit` only the first.
 */
export default defineConfig({
  test: {
    reporters: ['default', './tests/helpers/summary-reporter.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Browser tests drive Chromium; two cores are all we have.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        // Route data (src/data/) reads collections held in memory: no build.
        resolve: { alias: { 'astro:content': fileURLToPath(new URL('tests/helpers/memory-content.ts', import.meta.url)) } },
        // One module cache per worker: the area data (83,762 villages) is read once, not once per file.
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], isolate: false },
      },
      { extends: true, test: { name: 'scale', include: ['tests/scale/**/*.test.ts'] } },
      { extends: true, test: { name: 'site', include: ['tests/site/**/*.test.ts'], globalSetup: ['tests/setup/build.ts'] } },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/setup/build.ts', 'tests/setup/chromium.ts'],
        },
      },
    ],
  },
});
