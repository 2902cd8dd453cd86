import { fileURLToPath } from 'node:url';

/** The project root. */
export const root = fileURLToPath(new URL('../../', import.meta.url));
/** The built site, from `content/`. */
export const distDir = `${root}dist/`;
/** Scratch space for test builds (git-ignored). */
export const tmpDir = `${root}.tmp/`;
/** The fixture site: `content/` plus the guides in tests/fixtures/guides (one exists only in Indonesian). */
export const fixtureContentDir = `${tmpDir}fixture-content/`;
export const fixtureDistDir = `${tmpDir}fixture-dist/`;
/** What the fixture build printed (warnings are checked). */
export const fixtureBuildLog = `${tmpDir}fixture-build.log`;
/** The production address the site was built for (astro.config.mjs reads the same variable). */
export { siteUrl } from '../../src/data/site.ts';
