import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { createIndex, close } from 'pagefind';
import { defaultLocale, locales, type Locale } from '../lib/locales.ts';
import type { VillageRecord } from '../lib/open-data.ts';
import { loadAreaIndex, lookupRegency, lookupVillage } from '../lib/regions.ts';
import { distinctWords, searchDocumentHtml, searchWordsFile, selectTextWords, type SearchDocument } from '../lib/search-text.ts';
import { buildFinderFiles, type CountInput, type OfficeInput } from '../lib/finder/build.ts';
import { finderFolder } from '../lib/finder/format.ts';
import type { Log } from './logger.ts';

/** Top folders whose pages are never indexed: villages and offices are in the finder; printables, search, data and assets are not pages to find. */
const notIndexed = new Set(['desa', 'kantor', 'cetak', 'cari', finderFolder, 'data', '_astro', 'pagefind', 'og']);

/**
 * The indexed part of one built page, or nothing when the page has no `data-pagefind-body`.
 * `searchWords`: the words readers type for it, which the page itself does not hold.
 */
export function searchDocument(html: string, locale: string, searchWords: string[] = []): SearchDocument | undefined {
  const root = parse(html);
  const body = root.querySelector('[data-pagefind-body]');
  if (!body) return undefined;
  const filters = [body, ...body.querySelectorAll('[data-pagefind-filter]')]
    .map((el) => el.getAttribute('data-pagefind-filter'))
    .filter((f): f is string => Boolean(f));
  for (const el of body.querySelectorAll('[data-pagefind-ignore]')) el.remove();
  const text = (el: { textContent: string }) => el.textContent.replace(/\s+/g, ' ').trim();
  return {
    locale,
    title: text(body.querySelector('h1') ?? { textContent: '' }),
    searchWords,
    headings: body.querySelectorAll('h2, h3').map(text),
    // Every tag becomes a space, so words in neighbouring cells or blocks do not run together.
    text: parse(body.innerHTML.replace(/<[^>]*>/g, ' ')).textContent,
    description: root.querySelector('meta[name="description"]')?.getAttribute('content') ?? '',
    filters,
  };
}

/**
 * After the site is built:
 *
 * - Pagefind, through its Node API: one index per language (`/pagefind/<locale>/`), so
 *   a search loads only its language, of the guides (what pages mark with
 *   `data-pagefind-body`; fallback pages, printables and the search page are not), each
 *   handed over as a compact copy (src/lib/search-text.ts), with the words readers type
 *   for it from the build-only {@link searchWordsFile}, which is then deleted.
 * - The finder of villages and offices (`/cari-desa/`, src/lib/finder/): every
 *   village of the area data, with the page of each program village from the open data
 *   `/data/villages.json`, and the offices of `/data/offices.json` with their working areas
 *   and the counts of `/data/village-counts.json` (program villages reported without names).
 */
export async function writeSearchIndexes(out: string, log: Log, only: readonly Locale[] = locales): Promise<void> {
  await rm(`${out}pagefind`, { recursive: true, force: true });
  await Promise.all([
    (async () => {
      for (const locale of only) await indexLanguage(out, locale, log);
      await close();
    })(),
    // The finder is the same in every language; the open data it reads is built with the default one.
    only.includes(defaultLocale) ? writeFinder(out, log) : undefined,
  ]);
}

async function indexLanguage(out: string, locale: string, log: Log) {
  const started = Date.now();
  const base = locale === defaultLocale ? out : `${out}${locale}/`;
  const topFolders = (await readdir(base, { withFileTypes: true }))
    .filter((e) => e.isDirectory() && !(locales as readonly string[]).includes(e.name) && !notIndexed.has(e.name))
    .map((e) => e.name);
  const files: string[] = [];
  for (const folder of topFolders) {
    const entries = await readdir(`${base}${folder}`, { recursive: true }).catch(() => []);
    files.push(...entries.filter((f) => f.endsWith('index.html')).map((f) => `${folder}/${f}`));
  }
  const searchWords = await takeSearchWords(`${base}${searchWordsFile}`);
  const urlOf = (file: string) => `${locale === defaultLocale ? '' : `/${locale}`}/${file.replace(/index\.html$/, '')}`;
  const { index, errors } = await createIndex({ forceLanguage: locale });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  const docs: { file: string; doc: SearchDocument; words: string[] }[] = [];
  for (const file of files) {
    const words = searchWords.get(urlOf(file));
    searchWords.delete(urlOf(file));
    const doc = searchDocument(await readFile(`${base}${file}`, 'utf8'), locale, words);
    if (doc) docs.push({ file, doc, words: distinctWords(doc) });
  }
  if (searchWords.size > 0)
    throw new Error(`${searchWordsFile}: search words for pages that are not indexed: ${[...searchWords.keys()].join(', ')}`);
  // How many pages have each word, to keep each page's rarest words (see selectTextWords).
  const pagesWith = new Map<string, number>();
  for (const { words } of docs) for (const word of words) pagesWith.set(word.toLowerCase(), (pagesWith.get(word.toLowerCase()) ?? 0) + 1);
  let pages = 0;
  for (const { file, doc, words } of docs) {
    const added = await index.addHTMLFile({ url: urlOf(file), content: searchDocumentHtml(doc, selectTextWords(words, pagesWith)) });
    if (added.errors.length > 0) throw new Error(`pagefind (${locale}, ${file}): ${added.errors.join('; ')}`);
    pages += 1;
  }
  const written = await index.writeFiles({ outputPath: `${out}pagefind/${locale}` });
  if (written.errors.length > 0) throw new Error(`pagefind (${locale}): ${written.errors.join('; ')}`);
  await index.deleteIndex();
  log(`search index ${locale}: ${pages} pages indexed in ${Date.now() - started} ms`);
}

/** Reads the build-only search words of a language (path -> words) and deletes the file. */
async function takeSearchWords(path: string): Promise<Map<string, string[]>> {
  const text = await readFile(path, 'utf8');
  await rm(path);
  return new Map(Object.entries(JSON.parse(text) as Record<string, string[]>));
}

async function writeFinder(out: string, log: Log) {
  const started = Date.now();
  const target = `${out}${finderFolder}/`;
  await rm(target, { recursive: true, force: true });
  const programVillages = JSON.parse(await readFile(`${out}data/villages.json`, 'utf8')) as Pick<VillageRecord, 'code' | 'url'>[];
  const offices = JSON.parse(await readFile(`${out}data/offices.json`, 'utf8')) as (Omit<OfficeInput, 'path'> & { url: string })[];
  const counts = JSON.parse(await readFile(`${out}data/village-counts.json`, 'utf8')) as {
    reporter: string;
    officeUrl: string | null;
    count: number;
    area: string[];
    districts: string[];
    reportedAt: string;
  }[];
  const areas = await loadAreaIndex();
  const pages = new Map(programVillages.map((v) => [v.code, new URL(v.url).pathname]));
  // Every village of the area data, program village (with its page) or not.
  const villages = [...areas.villages.keys()].map((code) => {
    const area = lookupVillage(areas, code);
    if (!area) throw new Error(`idn-area-data: village ${code} has no district, regency or province`);
    const { name, kind, district, regency, province } = area;
    return { code, name, kind, district: district.name, regency: regency.name, province: province.name, path: pages.get(code) ?? '' };
  });
  for (const code of pages.keys()) {
    if (!areas.villages.has(code)) throw new Error(`data/villages.json: village ${code} is not in the area data`);
  }
  const officePlaces = offices.map((o) => {
    const regency = lookupRegency(areas, o.regency);
    if (!regency) throw new Error(`data/offices.json: office "${o.name}" has an unknown regency code "${o.regency}"`);
    const path = new URL(o.url).pathname;
    return { code: o.regency, name: o.name, kind: 'kantor', district: '', regency: regency.name, province: regency.province.name, path };
  });
  const files = buildFinderFiles(
    [...villages, ...officePlaces],
    offices.map((o) => ({ name: o.name, path: new URL(o.url).pathname, regency: o.regency, serves: o.serves })),
    (text) => gzipSync(text).length,
    counts.map((c): CountInput => ({
      office: c.reporter,
      path: c.officeUrl ? new URL(c.officeUrl).pathname : '',
      count: c.count,
      area: c.area,
      districts: c.districts,
      reportedAt: c.reportedAt,
    })),
  );
  const folders = new Set([...files.keys()].map((f) => dirname(`${target}${f}`)));
  for (const folder of folders) await mkdir(folder, { recursive: true });
  const queue = [...files];
  const worker = async () => {
    for (let next = queue.pop(); next; next = queue.pop()) await writeFile(`${target}${next[0]}`, JSON.stringify(next[1]));
  };
  await Promise.all(Array.from({ length: 32 }, worker));
  log(
    `finder: ${villages.length} villages (${pages.size} in the program) and ${offices.length} offices in ${files.size} files ` +
      `in ${Date.now() - started} ms`,
  );
}
