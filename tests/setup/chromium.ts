import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { chromiumArgs, chromiumPath } from '../../scripts/lib/browser.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { distDir, fixtureDistDir } from '../helpers/paths.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the run's one Chromium listens (`chromium.connect()`); empty when there is no Chromium. */
    chromiumEndpoint: string;
    /** The built sites, served once for the run: directory -> address. */
    siteUrls: Record<string, string>;
  }
}

/**
 * The `browser` project's global set-up: one Chromium and one static server per built
 * site for the whole run, handed to every browser test (tests/helpers/browser.ts). Runs
 * after the build set-up (tests/setup/build.ts); stopped when the run ends.
 */
export default async function setup(project: TestProject) {
  const servers = await Promise.all([distDir, fixtureDistDir].map(async (dir) => ({ dir, ...(await serveStatic(dir)) })));
  project.provide('siteUrls', Object.fromEntries(servers.map(({ dir, url }) => [dir, url])));
  const executablePath = chromiumPath();
  const browser = executablePath ? await chromium.launchServer({ executablePath, headless: true, args: chromiumArgs }) : undefined;
  project.provide('chromiumEndpoint', browser?.wsEndpoint() ?? '');
  return async () => {
    await browser?.close();
    await Promise.all(servers.map(({ server }) => new Promise((resolve) => server.close(resolve))));
  };
}
