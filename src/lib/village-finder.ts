import type { VillageRecord } from './open-data.ts';

/**
 * A small name index of the program villages and the immigration offices, our own,
 * beside Pagefind (which holds the guides).
 *
 * Why not Pagefind: at national scale (83,762 villages) Pagefind's metadata alone is
 * about 425 KB and every first search would download it. This index is split so that a
 * search downloads only what its words need:
 *
 * - `<c>.json` for every letter and digit, even when no name starts with it (so the
 *   browser never downloads a "not found" page): the three-letter starts that have a
 *   file (`["sub", "suk", ...]`), at most about 0.4 KB at national scale.
 * - `<p>.json` for each three-letter start of a name word: the name words that start
 *   with it, as one string (`"sukajaya sukamaju ..."`), at most 1.6 KB gzip at national
 *   scale. A guide word such as "paspor" costs only the two small files.
 * - `<p>/<word>.json`: the places whose name has that word, as rows; or, for a common
 *   word (over {@link maxRowsPerFile} places), the provinces that have it, with each
 *   province's rows in `<p>/<word>-<province code>.json`.
 *
 * The same functions normalise words at build time and in the reader's browser.
 */

/** A place as the finder lists it: name, kind (desa, kelurahan, desa-adat, kantor), district (none for an office), regency, province, path. */
export type FinderRow = [name: string, kind: string, district: string, regency: string, province: string, path: string];

/** What a word file holds: the villages, or the provinces to choose from. */
export type WordFile = { rows: FinderRow[] } | { provinces: [code: string, name: string, count: number][] };

/** The site folder of the finder's files: `/cari-desa/`. */
export const finderFolder = 'cari-desa';

/** Every first character a normalised name word can have. */
export const finderAlphabet = 'abcdefghijklmnopqrstuvwxyz0123456789'.split('');

/** A word file with more villages than this is split by province. */
export const maxRowsPerFile = 100;

/** Words a reader may type around a village name that are not part of it. */
const placeWords = new Set([
  'desa', 'kelurahan', 'kel', 'kec', 'kecamatan', 'kabupaten', 'kab', 'kota', 'provinsi', 'prov',
  'village', 'district', 'regency', 'city', 'province', 'di', 'in', 'of', 'the',
]);

/** Lower case, no accents or apostrophes, letters and digits only, split into words. */
export function nameWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f'’`]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** The words of a query that can be looked up: at least three letters, no "desa", "kabupaten"... (at most four). */
export function queryWords(query: string): string[] {
  return [...new Set(nameWords(query))].filter((w) => w.length >= 3 && !placeWords.has(w)).slice(0, 4);
}

/** The file a word's three-letter start is listed in. */
export function prefixOf(word: string): string {
  return word.slice(0, 3);
}

/**
 * A place as the open data describes it (an office has its regency code and `kantor`
 * as kind); `code` begins with the province's two digits. `path`: the place's page in
 * the default language.
 */
type VillageInput = Pick<VillageRecord, 'code' | 'name' | 'kind' | 'district' | 'regency' | 'province'> & { path: string };

/**
 * Every file of the finder, by its path under the finder folder. Rows are sorted by
 * name, then by place, so the output is the same for the same data.
 */
export function buildFinderFiles(villages: readonly VillageInput[]): Map<string, unknown> {
  const byWord = new Map<string, VillageInput[]>();
  for (const v of villages) {
    for (const word of new Set(nameWords(v.name))) {
      if (word.length < 3) continue;
      const list = byWord.get(word) ?? [];
      list.push(v);
      byWord.set(word, list);
    }
  }
  const files = new Map<string, unknown>();
  const prefixes = new Map<string, string[]>();
  const row = (v: VillageInput): FinderRow => [v.name, v.kind, v.district, v.regency, v.province, v.path];
  const order = (a: VillageInput, b: VillageInput) =>
    a.name.localeCompare(b.name, 'id') || a.province.localeCompare(b.province, 'id') || a.code.localeCompare(b.code);
  for (const word of [...byWord.keys()].sort()) {
    const list = byWord.get(word)!.sort(order);
    const prefix = prefixOf(word);
    prefixes.set(prefix, [...(prefixes.get(prefix) ?? []), word]);
    if (list.length <= maxRowsPerFile) {
      files.set(`${prefix}/${word}.json`, { rows: list.map(row) } satisfies WordFile);
      continue;
    }
    const byProvince = new Map<string, VillageInput[]>();
    for (const v of list) {
      const code = v.code.slice(0, 2);
      byProvince.set(code, [...(byProvince.get(code) ?? []), v]);
    }
    const provinces = [...byProvince].sort(([a], [b]) => a.localeCompare(b));
    files.set(`${prefix}/${word}.json`, {
      provinces: provinces.map(([code, vs]) => [code, vs[0]!.province, vs.length]),
    } satisfies WordFile);
    for (const [code, vs] of provinces) files.set(`${prefix}/${word}-${code}.json`, { rows: vs.map(row) } satisfies WordFile);
  }
  for (const [prefix, words] of prefixes) files.set(`${prefix}.json`, words.join(' '));
  for (const first of finderAlphabet) files.set(`${first}.json`, [...prefixes.keys()].filter((p) => p.startsWith(first)).sort());
  return files;
}

/** Shorter words match only whole name words: "calo" (a broker) must not list the villages named Calok. */
export const minPrefixLength = 5;

/**
 * The name words to look up for one query word: the word itself when places have it,
 * otherwise (for a word of {@link minPrefixLength} letters or more) the words it
 * starts, since the reader may have typed only the beginning; at most `limit`,
 * shortest first.
 */
export function matchingNameWords(word: string, nameWordList: string, limit = 5): string[] {
  const names = nameWordList.split(' ').filter(Boolean);
  if (names.includes(word)) return [word];
  if (word.length < minPrefixLength) return [];
  return names
    .filter((w) => w.startsWith(word))
    .sort((a, b) => a.length - b.length || a.localeCompare(b))
    .slice(0, limit);
}

/**
 * The query words whose files to download, in the order to try them: those that match
 * place names, in the order typed (people write the village name first, then the
 * district or regency); the other words then narrow its rows.
 */
export function pickAnchors(
  words: readonly string[],
  wordsByPrefix: ReadonlyMap<string, string>,
): { word: string; names: string[] }[] {
  return words
    .map((word) => ({ word, names: matchingNameWords(word, wordsByPrefix.get(prefixOf(word)) ?? '') }))
    .filter((a) => a.names.length > 0);
}

/** Whether every query word starts a word of the village's name or of its district, regency or province. */
export function rowMatches(row: FinderRow, words: readonly string[]): boolean {
  const own = nameWords(`${row[0]} ${row[2]} ${row[3]} ${row[4]}`);
  return words.every((w) => own.some((o) => o.startsWith(w)));
}

/** Rows whose name is exactly the query come first; otherwise the build's order stays. */
export function rankRows(rows: readonly FinderRow[], words: readonly string[]): FinderRow[] {
  const exact = (r: FinderRow) => nameWords(r[0]).join(' ') === words.join(' ');
  return [...rows.filter(exact), ...rows.filter((r) => !exact(r))];
}

/** The province the query names in full ("jawa barat", not only "barat"), if any. */
export function provinceMatch(
  provinces: readonly [code: string, name: string, count: number][],
  words: readonly string[],
): string | undefined {
  return provinces.find(([, name]) => nameWords(name).every((own) => words.some((w) => own.startsWith(w))))?.[0];
}

/** What the finder answers: the places, or (for a common name) the provinces to choose from. */
export type FinderAnswer =
  | { rows: FinderRow[] }
  | { provinces: [code: string, name: string, count: number][]; load(code: string): Promise<FinderRow[]> };

/**
 * Looks up the query words: downloads the letter and three-letter files of each word,
 * then the files of one word (see {@link pickAnchors}), and keeps the rows every word
 * matches. `load` fetches a finder file by its path, giving `undefined` when it is
 * missing; each path is loaded at most once.
 */
export async function findPlaces(words: readonly string[], load: (path: string) => Promise<unknown>): Promise<FinderAnswer> {
  const cache = new Map<string, Promise<unknown>>();
  const file = (path: string) => {
    if (!cache.has(path)) cache.set(path, load(path));
    return cache.get(path)!;
  };
  const find = async (words: readonly string[]): Promise<FinderAnswer> => {
    const nameWordLists = new Map<string, string>();
    await Promise.all(
      words.map(async (word) => {
        const prefix = prefixOf(word);
        const present = ((await file(`${prefix[0]}.json`)) ?? []) as string[];
        if (present.includes(prefix)) nameWordLists.set(prefix, ((await file(`${prefix}.json`)) ?? '') as string);
      }),
    );
    // A district or regency name may also be a village name: when one word's places do
    // not match the other words, try the next word (at most three). A common name
    // (split by province) asks for the province: its rows are then narrowed by all words.
    for (const anchor of pickAnchors(words, nameWordLists).slice(0, 3)) {
      const answer = await fromAnchor(anchor, words, file);
      if ('provinces' in answer || answer.rows.length > 0) return answer;
    }
    return { rows: [] };
  };
  const answer = await find(words);
  if (('rows' in answer && answer.rows.length > 0) || words.length < 2) return answer;
  // "suka maju" for Sukamaju: try the first two words written together.
  const joined = await find([`${words[0]}${words[1]}`, ...words.slice(2)]);
  return 'rows' in joined && joined.rows.length > 0 ? joined : answer;
}

async function fromAnchor(
  anchor: { word: string; names: string[] },
  words: readonly string[],
  file: (path: string) => Promise<unknown>,
): Promise<FinderAnswer> {
  const others = words.filter((w) => w !== anchor.word);
  const wordFiles = await Promise.all(
    anchor.names.map(async (name) => [name, ((await file(`${prefixOf(name)}/${name}.json`)) ?? { rows: [] }) as WordFile] as const),
  );
  const rows = wordFiles.flatMap(([, f]) => ('rows' in f ? f.rows : []));
  const split = wordFiles.flatMap(([name, f]) => ('provinces' in f ? [{ name, provinces: f.provinces }] : []));
  const loadProvince = async (code: string) => {
    const parts = await Promise.all(
      split
        .filter((s) => s.provinces.some(([c]) => c === code))
        .map(async (s) => ((await file(`${prefixOf(s.name)}/${s.name}-${code}.json`)) ?? { rows: [] }) as WordFile),
    );
    return rankRows(parts.flatMap((f) => ('rows' in f ? f.rows : [])).filter((r) => rowMatches(r, words)), words);
  };
  if (split.length > 0) {
    const byCode = new Map<string, [string, string, number]>();
    for (const s of split) for (const [code, name, n] of s.provinces) byCode.set(code, [code, name, (byCode.get(code)?.[2] ?? 0) + n]);
    const provinces = [...byCode.values()];
    const named = provinceMatch(provinces, others);
    if (named) rows.push(...(await loadProvince(named)));
    else if (rows.length === 0) return { provinces, load: loadProvince };
  }
  return { rows: rankRows(rows.filter((r) => rowMatches(r, words)), words) };
}
