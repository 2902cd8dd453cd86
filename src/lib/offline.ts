/**
 * Saving pages to read without a connection (the save page, `/simpan/`): the names the
 * service worker (`src/scripts/service-worker.ts`) and the save page's script share
 * (both bundle this file), which pages and files a language saves, and how their size
 * is told. No Astro and no schema imports.
 */

/** The save page, language-neutral (English: `/en/simpan/`). The only page that registers the worker. */
export const savePath = '/simpan/';
/** The page shown, without a connection, for an address that was not saved ("luring": offline). */
export const offlinePath = '/simpan/luring/';
/** The list of files a language saves, with their sizes: `/simpan/manifest.json`, `/en/simpan/manifest.json`. */
export const manifestName = 'manifest.json';
/** What was saved and when (written into the cache by the save page, never served by the site). */
export const savedRecordPath = '/simpan/tersimpan.json';
/** The worker's file: its scope is the whole site. */
export const workerPath = '/sw.js';
/** Every cache the site makes starts with this; one cache per language. */
export const cachePrefix = 'desa-binaan-simpan-';

/** The cache that holds one language's saved pages: `desa-binaan-simpan-id`. */
export function cacheName(locale: string): string {
  return `${cachePrefix}${locale}`;
}

/** The pages a language saves besides its guides: home, search, the offline page. */
export const savedPlainPages: readonly string[] = ['/', '/cari/', offlinePath];

/**
 * True for the pages a language saves, given as language-neutral paths: the home page,
 * every guide (the help lines are the `bantuan` topic's page), the search page and the
 * offline page. Printables, the directory, villages and offices are not saved (the one
 * village a reader came from and its office are added by the save page).
 */
export function isSavedPage(path: string, topics: readonly string[]): boolean {
  if (savedPlainPages.includes(path)) return true;
  return topics.some((topic) => path.startsWith(`/${topic}/`));
}

/** The site's own files a page loads: its scripts and icon (CSS is inlined). Addresses only, no query. */
export function pageResources(html: string): string[] {
  const found = new Set<string>();
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/g)) {
    const attr = /\b(?:src|href)="(\/[^/"][^"]*|\/)"/.exec(tag)?.[1];
    if (!attr) continue;
    if (tag.startsWith('<link') && !/\brel="(icon|stylesheet|manifest)"/.test(tag)) continue;
    found.add(attr.split(/[?#]/)[0]!);
  }
  return [...found];
}

/**
 * The modules a bundled script imports from beside it (`import{t as e}from"./i18n.D0k.js"`,
 * `import"./x.js"`), as site addresses: the bundler puts code two scripts share in a
 * chunk of its own, and a saved page whose script cannot load its chunk breaks offline.
 */
export function scriptImports(js: string, scriptUrl: string): string[] {
  const found = new Set<string>();
  for (const [, spec] of js.matchAll(/(?:\bimport\s*(?:[^"'();]*?\bfrom\s*)?|\bimport\s*\(\s*)["'](\.{1,2}\/[^"']+)["']/g)) {
    found.add(new URL(spec!, `https://site${scriptUrl}`).pathname);
  }
  return [...found];
}

/** Pagefind's `pagefind-entry.json`, as far as it is read here. */
export interface PagefindEntry {
  languages: Record<string, { hash: string; wasm: string | null }>;
}

/**
 * The files of one language's Pagefind folder (names relative to it) that its search
 * needs: the engine, its worker and WebAssembly, the entry and metadata, and every index
 * chunk, filter and fragment (any word may need any chunk). Pagefind's own UI files are
 * not used by the site.
 */
export function pagefindFiles(files: readonly string[], entry: PagefindEntry): string[] {
  const wanted = new Set(['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json']);
  for (const { hash, wasm } of Object.values(entry.languages)) {
    wanted.add(`pagefind.${hash}.pf_meta`);
    wanted.add(`wasm.${wasm ?? 'unknown'}.pagefind`);
  }
  return files.filter((file) => wanted.has(file) || /^(index|filter|fragment)\/[^/]+$/.test(file)).sort();
}

/** One file a language saves: its address and size in bytes. */
export interface SavedFile {
  url: string;
  bytes: number;
}

/** `/simpan/manifest.json`: what the save button fetches and keeps, written after the build. */
export interface SaveManifest {
  locale: string;
  /** Every page and file, in the order they are saved. */
  files: SavedFile[];
  /** The sum of the files' sizes. */
  bytes: number;
  /** How many of the files are pages. */
  pages: number;
  /** The largest village page plus the largest office page of the language: what a reader's village adds at most. */
  placeBytes: number;
}

/** Adds up the files' sizes into a manifest. */
export function saveManifest(locale: string, files: SavedFile[], pages: number, placeBytes: number): SaveManifest {
  return { locale, files, bytes: files.reduce((sum, f) => sum + f.bytes, 0), pages, placeBytes };
}

/** A size for readers, with 1 KB = 1,024 bytes as docs/ counts: `812 KB`, `1,4 MB` in Indonesian. */
export function formatSize(bytes: number, locale: string): string {
  const kb = bytes / 1024;
  if (kb < 1000) return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(Math.max(1, Math.round(kb)))} KB`;
  return `${new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(kb / 1024)} MB`;
}

/** Stand-ins in the built save page, replaced by the real figures once every file is written. */
export const sizeMarks = {
  /** The sum in bytes (a `<data value>`). */
  bytes: '__SAVE_BYTES__',
  /** The same, for readers. */
  size: '__SAVE_SIZE__',
  /** What a village and its office add at most, for readers. */
  placeSize: '__SAVE_PLACE_SIZE__',
} as const;

/** Fills the save page's stand-ins with the manifest's figures; fails naming the stand-in that is missing. */
export function fillSizeMarks(html: string, manifest: SaveManifest, locale: string): string {
  const values: Record<keyof typeof sizeMarks, string> = {
    bytes: String(manifest.bytes),
    size: formatSize(manifest.bytes, locale),
    placeSize: formatSize(manifest.placeBytes, locale),
  };
  let out = html;
  for (const [key, mark] of Object.entries(sizeMarks) as [keyof typeof sizeMarks, string][]) {
    if (!out.includes(mark)) throw new Error(`save page: the stand-in ${mark} is missing`);
    out = out.replaceAll(mark, values[key]);
  }
  return out;
}

const villageShape = /^\/desa\/[a-z0-9-]+\/[a-z0-9-]+\/[a-z0-9-]+-\d{10}\/$/;
const officeShape = /^\/kantor\/[a-z0-9-]+\/$/;

/** The save page's address for a reader on a village page: it also saves the village and its office. */
export function saveHref(localizedSavePath: string, place?: { village: string; office: string }): string {
  if (!place) return localizedSavePath;
  return `${localizedSavePath}?${new URLSearchParams({ desa: place.village, kantor: place.office })}`;
}

/**
 * The village and office (language-neutral paths) named in the save page's address,
 * `?desa=/desa/.../&kantor=/kantor/.../`. Anything that is not the shape of a village or
 * an office address is ignored: a link can never make the page save, or name, anything else.
 */
export function placesToSave(search: string): string[] {
  const params = new URLSearchParams(search);
  const village = params.get('desa') ?? '';
  const office = params.get('kantor') ?? '';
  return [...(villageShape.test(village) ? [village] : []), ...(officeShape.test(office) ? [office] : [])];
}
