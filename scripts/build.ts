/**
 * npm run build: builds the site into OUT_DIR (default dist/).
 *
 * Astro renders pages on one core. This script renders each language in its own
 * `astro build` process at once (BUILD_LOCALES=<language>, each into its own folder
 * and with its own content cache; each also reads its pages' heads and builds its
 * search index at astro:build:done), merges the results, and then runs the steps over
 * the whole site once: 404 pages, sitemap, _headers, _nginx.conf, and with PRECOMPRESS=1
 * .gz and .br copies of text files (src/integrations/post-build.ts).
 * On a 2-core machine that cuts the national build from 13 minutes to about 5.
 *
 * Prints one line per phase with its time (npm run bench reads them). On a failure it
 * prints the failing build's output and exits non-zero, and the output folder keeps
 * the last good build: the new one replaces it only when every step has passed.
 */
import { spawn } from 'node:child_process';
import { cp, mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { headsFromJson, type PageHead } from '../src/integrations/page-heads.ts';
import { partHeadsFile, postBuild } from '../src/integrations/post-build.ts';
import { defaultLocale, locales } from '../src/lib/locales.ts';
import { siteUrl } from '../src/data/site.ts';

const started = Date.now();
const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
const out = `${resolve(process.env.OUT_DIR ?? 'dist')}/`;
const partsDir = `${dirname(out)}/.${basename(out)}-parts/`;

/** Lines of Astro's output that list each page written: hundreds of thousands at national scale. */
const pageLine = /^\s*[│├└]|\(\+\d+ms\)\s*$|^\s*▶/;

interface Part {
  locale: string;
  dir: string;
  pages: number;
  renderSeconds: number;
}

function buildPart(locale: string): Promise<Part> {
  const dir = `${partsDir}${locale}/`;
  const partStarted = Date.now();
  return new Promise((resolvePart, reject) => {
    const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      env: { ...process.env, BUILD_LOCALES: locale, OUT_DIR: dir, ASTRO_CACHE_PART: locale, NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const tail: string[] = [];
    let renderStart: number | undefined;
    let renderEnd: number | undefined;
    let pages = 0;
    let rest = '';
    const onData = (chunk: Buffer) => {
      const lines = (rest + chunk.toString()).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) {
        tail.push(line);
        if (tail.length > 400) tail.shift();
        if (/generating static routes/.test(line)) renderStart ??= Date.now();
        const built = /(\d+) page\(s\) built/.exec(line);
        if (built) pages = Number(built[1]);
        if (/✓ Completed in/.test(line) && renderStart !== undefined) renderEnd = Date.now();
        if (!pageLine.test(line) && line.trim()) console.log(`[${locale}] ${line}`);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('close', (code) => {
      if (code !== 0) {
        reject(new Error(`astro build (${locale}) failed:\n${[...tail, rest].join('\n')}`));
        return;
      }
      const render = renderStart !== undefined && renderEnd !== undefined ? (renderEnd - renderStart) / 1000 : 0;
      console.log(`build: ${locale} ${pages} pages in ${seconds(partStarted)} (rendering ${render.toFixed(1)} s)`);
      resolvePart({ locale, dir, pages, renderSeconds: render });
    });
  });
}

/**
 * The language builds run at once and each writes Astro's generated files in `.astro/`
 * (content-assets.mjs and others): rarely one renames a file the other has just moved
 * (ENOENT). Such a build is run once more; any other failure is reported as it is.
 */
async function buildPartRetried(locale: string): Promise<Part> {
  try {
    return await buildPart(locale);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (!/ENOENT[^\n]*\.astro\//.test(message)) throw error;
    console.log(`build: ${locale}: a clash over .astro/ with the other language's build; building ${locale} once more`);
    return buildPart(locale);
  }
}

/**
 * Moves the other languages' folders into the default language's build (shared files,
 * such as open data and robots.txt, come from the latter) and returns its folder.
 */
async function merge(parts: Part[]): Promise<string> {
  const main = parts.find((p) => p.locale === defaultLocale)!;
  for (const part of parts.filter((p) => p !== main)) {
    await rm(`${main.dir}${part.locale}`, { recursive: true, force: true });
    await rename(`${part.dir}${part.locale}`, `${main.dir}${part.locale}`);
    await rename(`${part.dir}pagefind/${part.locale}`, `${main.dir}pagefind/${part.locale}`);
    // Bundled assets are named by their content: copy any the main build does not have.
    for (const file of await readdir(`${part.dir}_astro`).catch(() => [] as string[])) {
      const exists = await stat(`${main.dir}_astro/${file}`).then(
        () => true,
        () => false,
      );
      if (!exists) await cp(`${part.dir}_astro/${file}`, `${main.dir}_astro/${file}`);
    }
  }
  return main.dir;
}

try {
  await rm(partsDir, { recursive: true, force: true });
  // Wait for every language before reporting, so no build still writes while we clean up.
  const settled = await Promise.allSettled(locales.map(buildPartRetried));
  const failed = settled.find((r) => r.status === 'rejected');
  if (failed) throw failed.reason;
  const parts = settled.map((r) => (r as PromiseFulfilledResult<Part>).value);
  const merging = Date.now();
  // Each language's build read its own pages' heads: merge them, and drop the files.
  const heads = new Map<string, PageHead>();
  for (const part of parts) {
    headsFromJson(await readFile(`${part.dir}${partHeadsFile}`, 'utf8'), heads);
    await rm(`${part.dir}${partHeadsFile}`);
  }
  const site = await merge(parts);
  console.log(`build: merged in ${seconds(merging)}`);
  const { pages } = await postBuild(site, siteUrl, heads, (message) => console.log(`build: ${message}`));
  // Swap the new site in; the old one (336,000 files at national scale, a minute and
  // more to delete) is deleted by a process of its own after this one ends.
  const previous = `${dirname(out)}/.${basename(out)}-old-${process.pid}-${Date.now()}`;
  const hadPrevious = await stat(out).then(
    () => true,
    () => false,
  );
  if (hadPrevious) await rename(out, previous);
  await mkdir(dirname(out), { recursive: true });
  await rename(site, out);
  if (hadPrevious) spawn('rm', ['-rf', previous], { detached: true, stdio: 'ignore' }).unref();
  console.log(`build: ${pages} pages in ${seconds(started)}, written to ${out}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await rm(partsDir, { recursive: true, force: true });
}
