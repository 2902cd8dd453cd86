import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { loadAreaIndex } from '../../src/lib/regions.ts';
import { astroBuild } from '../helpers/build.ts';
import { distDir, fixtureBuildLog, fixtureContentDir, fixtureDistDir, root } from '../helpers/paths.ts';

/**
 * The `site` and `browser` projects' global set-up (vitest.config.ts); `unit` and `scale`
 * never build. Builds the site once per run, however many projects ask: `dist/` from `content/`, and a
 * fixture site from `content/` plus the example records in `demo/` plus tests/fixtures (a guide in Indonesian only, reviewed
 * long ago; a village whose note holds markup) plus every village of a regency with more
 * villages than one directory page holds (Kabupaten Klaten, 401), all guided by one office.
 * Set SKIP_BUILD=1 to reuse the last builds while working on tests.
 */
/** Kabupaten Klaten: 401 villages, one more than a directory page lists. */
export const largeRegency = '33.10';

export default async function setup() {
  if (process.env.SKIP_BUILD === '1') return;
  // Both projects' set-ups run in vitest's one main process: the first starts the builds, the other waits for them.
  const shared = globalThis as { testBuilds?: Promise<void> };
  shared.testBuilds ??= buildTestSites();
  await shared.testBuilds;
}

async function buildTestSites() {
  const started = Date.now();
  const site = astroBuild({ OUT_DIR: distDir });
  if (site.status !== 0) throw new Error(`astro build failed:\n${site.output.slice(-4000)}`);
  await rm(fixtureContentDir, { recursive: true, force: true });
  await mkdir(fixtureContentDir, { recursive: true });
  await cp(`${root}content/`, fixtureContentDir, { recursive: true });
  await cp(`${root}tests/fixtures/guides/`, `${fixtureContentDir}guides/`, { recursive: true });
  await cp(`${root}demo/`, fixtureContentDir, { recursive: true });
  await cp(`${root}tests/fixtures/villages/`, `${fixtureContentDir}villages/`, { recursive: true });
  const areas = await loadAreaIndex();
  const klaten = [...areas.villages.entries()].filter(([, v]) => areas.districts.get(v.districtCode)?.regencyCode === largeRegency);
  await Promise.all(
    klaten.map(([code]) =>
      writeFile(
        `${fixtureContentDir}villages/${code}.yaml`,
        `code: "${code}"\noffice: kanim-pati\ndesignatedAt: "2025-01-15"\nexample: true\n`,
      ),
    ),
  );
  const fixture = astroBuild({ CONTENT_DIR: fixtureContentDir, OUT_DIR: fixtureDistDir });
  if (fixture.status !== 0) throw new Error(`fixture build failed:\n${fixture.output.slice(-4000)}`);
  await writeFile(fixtureBuildLog, fixture.output);
  console.log(`test builds ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
