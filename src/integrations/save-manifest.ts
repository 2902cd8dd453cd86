import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { locales, type Locale } from '../lib/locales.ts';
import {
  fillSizeMarks,
  formatSize,
  isSavedPage,
  manifestName,
  pagefindFiles,
  pageResources,
  scriptImports,
  saveManifest,
  savePath,
  type PagefindEntry,
  type SavedFile,
} from '../lib/offline.ts';
import { localizePath, splitLocale } from '../lib/urls.ts';
import { topics } from '../schemas/guide.ts';
import type { Log } from './logger.ts';

const villagePage = /^\/desa\/[^/]+\/[^/]+\/[^/]+-\d{10}\/$/;
const officePage = /^\/kantor\/[^/]+\/$/;

const sizeOf = (file: string) => stat(file).then((s) => s.size);

/** The largest of these files, 256 at a time (a national build has 84,000 village pages per language). */
async function largest(files: string[]): Promise<number> {
  let max = 0;
  for (let i = 0; i < files.length; i += 256) {
    for (const size of await Promise.all(files.slice(i, i + 256).map(sizeOf))) max = Math.max(max, size);
  }
  return max;
}

/**
 * After the search indexes: for each language built, the list of what its save button
 * keeps (`/simpan/manifest.json`, see src/lib/offline.ts) with every file's real size,
 * and those figures written into the built save page in place of its stand-ins. The
 * pages come from the build's own page list; their scripts and icon from their HTML;
 * search from the language's Pagefind folder.
 */
export async function writeSaveManifests(
  out: string,
  pages: readonly { address: string; file: string }[],
  log: Log,
  only: readonly Locale[] = locales,
): Promise<void> {
  for (const locale of only) {
    const own = pages.filter((p) => splitLocale(p.address).locale === locale && !p.address.endsWith('.html'));
    const saved = own.filter((p) => isSavedPage(splitLocale(p.address).path, topics));
    const resources = new Set<string>();
    for (const page of saved) for (const url of pageResources(await readFile(page.file, 'utf8'))) resources.add(url);
    // The chunks those scripts import, and theirs.
    for (const url of resources) {
      if (!url.endsWith('.js')) continue;
      for (const imported of scriptImports(await readFile(`${out}${url.slice(1)}`, 'utf8'), url)) resources.add(imported);
    }
    const pagefind = `pagefind/${locale}/`;
    const entry = JSON.parse(await readFile(`${out}${pagefind}pagefind-entry.json`, 'utf8')) as PagefindEntry;
    const search = pagefindFiles(await readdir(`${out}${pagefind}`, { recursive: true }), entry).map((f) => `/${pagefind}${f}`);
    const files: SavedFile[] = [];
    for (const page of saved) files.push({ url: page.address, bytes: await sizeOf(page.file) });
    for (const url of [...[...resources].sort(), ...search]) files.push({ url, bytes: await sizeOf(`${out}${url.slice(1)}`) });
    const pathOf = (p: { address: string }) => splitLocale(p.address).path;
    const placeBytes =
      (await largest(own.filter((p) => villagePage.test(pathOf(p))).map((p) => p.file))) +
      (await largest(own.filter((p) => officePage.test(pathOf(p))).map((p) => p.file)));
    const manifest = saveManifest(locale, files, saved.length, placeBytes);
    const folder = `${out}${localizePath(savePath, locale).slice(1)}`;
    await writeFile(`${folder}${manifestName}`, JSON.stringify(manifest));
    const pageFile = `${folder}index.html`;
    await writeFile(pageFile, fillSizeMarks(await readFile(pageFile, 'utf8'), manifest, locale));
    log(
      `save for offline (${locale}): ${files.length} files, ${saved.length} pages, ${formatSize(manifest.bytes, locale)} (${manifest.bytes} bytes)`,
    );
  }
}
