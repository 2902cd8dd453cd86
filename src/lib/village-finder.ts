import type { VillageRecord } from './open-data.ts';

/**
 * A small name index of every village of Indonesia (83,762 in idn-area-data, program
 * village or not) and of the immigration offices, our own, beside Pagefind (which holds
 * the guides).
 *
 * Why not Pagefind: at national scale Pagefind's metadata alone is about 425 KB and every
 * first search would download it. Why not one file per name word: that is 51,108 files,
 * and common static hosts refuse more than 20,000 for the whole site. Here words are
 * grouped into files by how they start, and a group is split by a longer start only
 * while its file is too big, so a search downloads only what its words need:
 *
 * - `<c>.json` for every letter and digit, even when no name starts with it (so the
 *   browser never downloads a "not found" page): the starts that have a word list
 *   (`["sa", "sab", "suk", ...]`). A word is in the list of the longest start it has.
 * - `words/<start>.json`: the name words of that start, by the rows file that holds
 *   them, and (`*`) the words too common for one file:
 *   `{ "sukam": "sukamaju sukamulya", "*": "sukajaya" }`. A guide word such as
 *   "paspor" costs only this and the letter file.
 * - `rows/<start>.json`: `{ "rows": [...] }`, every place with a name word of that group.
 * - `split/<word>.json` for a word of more than {@link maxRowsPerFile} places: the
 *   provinces that have it (`{ "provinces": [[code, name, count, file], ...] }`), with
 *   their rows in `split/<word>-<file>.json` (one or more neighbouring provinces).
 * - `offices/<province code>.json`: which immigration offices serve each regency of the
 *   province (see {@link servingOffices}).
 *
 * The same functions normalise words at build time and in the reader's browser.
 */

/**
 * A place as the finder lists it: name, kind (desa, kelurahan, desa-adat, kantor),
 * district (none for an office), regency, province, path of its page (none for a village
 * outside the program), regency code (`PP.RR`: its offices, see {@link servingOffices}).
 */
export type FinderRow = [
  name: string,
  kind: string,
  district: string,
  regency: string,
  province: string,
  path: string,
  regencyCode: string,
];

/**
 * A word list (`words/<start>.json`): the start of a rows file (`rows/<start>.json`) ->
 * the words it holds, space-separated; `*` -> the words split by province
 * (`split/<word>.json`).
 */
export type WordList = Record<string, string>;

/** The key of a word list that gives its words split by province. */
const splitKey = '*';

/** A rows file (`rows/<start>.json`, `split/<word>-<file>.json`). */
export interface RowsFile {
  rows: FinderRow[];
}

/** A province that has a common name word: its code, name, number of places, and the file of its rows (`split/<word>-<file>.json`). */
export type SplitProvince = [code: string, name: string, count: number, file: string];

/** The provinces of a common name word (`split/<word>.json`). */
export interface SplitIndex {
  provinces: SplitProvince[];
}

/** An immigration office as a village outside the program links to it: name and page path. */
export type OfficeLink = [name: string, path: string];

/**
 * The offices of one province (`offices/<province code>.json`): every office that stands
 * in it or serves part of it, and, by regency code, the offices whose published working
 * area (`serves`) names that regency, as indexes into `offices`.
 */
export interface OfficeFile {
  offices: OfficeLink[];
  serves: Record<string, number[]>;
}

/** The site folder of the finder's files: `/cari-desa/`. */
export const finderFolder = 'cari-desa';

/** Every first character a normalised name word can have. */
export const finderAlphabet = /* @__PURE__ */ 'abcdefghijklmnopqrstuvwxyz0123456789'.split('');

/** A word of more places than this is split by province: the reader is asked which one. */
export const maxRowsPerFile = 100;

/**
 * A rows file is split by a longer start while it is larger than this (bytes, gzip):
 * the first search for a village downloads one, within the search budget.
 */
export const rowsFileBytes = 1_600;

/** A word list is split by a longer start while it is larger than this (bytes, gzip): every search word downloads one. */
export const wordListBytes = 350;

/** Shorter words match only whole name words: "calo" (a broker) must not list the villages named Calok. */
export const minPrefixLength = 5;

/** Words a reader may type around a village name that are not part of it. */
const placeWords = new Set([
  'desa',
  'kelurahan',
  'kel',
  'kec',
  'kecamatan',
  'kabupaten',
  'kab',
  'kota',
  'provinsi',
  'prov',
  'village',
  'district',
  'regency',
  'city',
  'province',
  'di',
  'in',
  'of',
  'the',
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

/**
 * The words a place is found by: the words of its name of three letters or more; for a
 * name of shorter words only ("Tu", "Oe Oe", "Ja\"an"), its words written together.
 */
export function indexWords(name: string): string[] {
  const words = nameWords(name);
  const long = [...new Set(words.filter((w) => w.length >= 3))];
  return long.length > 0 ? long : words.length > 0 ? [words.join('')] : [];
}

/** Every word a place's row may be filed under: its {@link indexWords}, and the first two words of its name as typed ({@link queryWords}) written together. */
export function placeKeys(name: string): string[] {
  return [...indexWords(name), queryWords(name).slice(0, 2).join('')];
}

/**
 * The words of a query that can be looked up: at least three letters, no "desa",
 * "kabupaten"... (at most four). A query of one or two shorter words ("oe oe", "tu"),
 * or a place word alone ("Kota" is also a village), is looked up written together.
 */
export function queryWords(query: string): string[] {
  const all = nameWords(query);
  const words = [...new Set(all)].filter((w) => w.length >= 3 && !placeWords.has(w)).slice(0, 4);
  if (words.length > 0) return words;
  const own = all.filter((w) => !placeWords.has(w));
  const rest = own.length > 0 ? own : all;
  const joined = rest.join('');
  return rest.length <= 2 && joined.length >= 2 ? [joined] : [];
}

/** The longest of `starts` that `word` begins with: the word list it is in. */
export function longestStart(word: string, starts: readonly string[]): string | undefined {
  let found: string | undefined;
  for (const start of starts) if (word.startsWith(start) && start.length > (found?.length ?? 0)) found = start;
  return found;
}

/**
 * Groups sorted words into files by how they start: all the words of a start while
 * `fits` says their file is small enough, otherwise the words of each longer start, as
 * many in the shorter start's file as still fit, the rest split again. A start of
 * `maxLength` letters, or a single word, is never split. Every word is in the file of
 * the longest start it has, so {@link longestStart} finds it.
 */
function groupByStart(words: readonly string[], fits: (words: readonly string[]) => boolean, maxLength = Infinity): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  const split = (start: string, list: string[]) => {
    if (list.length === 1 || start.length >= maxLength || fits(list)) {
      groups.set(start, list);
      return;
    }
    const longer = new Map<string, string[]>();
    for (const w of list) {
      if (w === start) continue;
      const next = w.slice(0, start.length + 1);
      if (!longer.has(next)) longer.set(next, []);
      longer.get(next)!.push(w);
    }
    let own = list.filter((w) => w === start);
    const rest: [string, string[]][] = [];
    // The smallest groups first, so the shorter start's file takes as many as it can (until one does not fit).
    for (const [next, ws] of [...longer].sort((a, b) => a[1].length - b[1].length || a[0].localeCompare(b[0]))) {
      const merged = rest.length === 0 ? [...own, ...ws].sort() : undefined;
      if (merged && fits(merged)) own = merged;
      else rest.push([next, ws]);
    }
    if (own.length > 0) groups.set(start, own);
    for (const [next, ws] of rest) split(next, ws);
  };
  const byFirst = new Map<string, string[]>();
  for (const w of words) {
    if (!byFirst.has(w[0]!)) byFirst.set(w[0]!, []);
    byFirst.get(w[0]!)!.push(w);
  }
  for (const [first, list] of byFirst) split(first, list);
  return groups;
}

/** gzip does not shrink these files tenfold: a file whose text is longer than this many times its limit is too big, unmeasured. */
const mostShrink = 10;

/**
 * A place as the open data describes it (an office has its regency code as `code` and
 * `kantor` as kind); `code` begins with the regency's code. `path`: the place's page in
 * the default language, empty for a village outside the program.
 */
export type PlaceInput = Pick<VillageRecord, 'code' | 'name' | 'kind' | 'district' | 'regency' | 'province'> & { path: string };

/** An office as the open data describes it (`/data/offices.json`), with its page path. */
export interface OfficeInput {
  name: string;
  path: string;
  /** The regency or city it stands in, PP.RR. */
  regency: string;
  /** The regencies and cities whose residents it serves, PP.RR each; empty when not published. */
  serves: readonly string[];
}

/**
 * Every file of the finder, by its path under the finder folder. `size` gives the bytes
 * a file's text costs to send (gzip): files are split until they fit. Rows are sorted
 * by name, then by place, so the output is the same for the same data.
 */
export function buildFinderFiles(
  places: readonly PlaceInput[],
  offices: readonly OfficeInput[],
  size: (text: string) => number,
): Map<string, unknown> {
  const key = (p: PlaceInput) => `${nameWords(p.name).join(' ')}\t${p.province}\t${p.code}`;
  const sorted = places
    .map((p) => ({ p, key: key(p) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ p }) => p);
  const rank = new Map(sorted.map((p, i) => [p, i]));
  const order = (a: PlaceInput, b: PlaceInput) => rank.get(a)! - rank.get(b)!;
  const { byWord, common } = fileByWord(sorted);
  const words = [...byWord.keys()].sort();
  const row = (p: PlaceInput): FinderRow => [p.name, p.kind, p.district, p.regency, p.province, p.path, p.code.slice(0, 5)];
  const rowsOf = (words: readonly string[]): RowsFile => ({
    rows: [...new Set(words.flatMap((w) => byWord.get(w)!))].sort(order).map(row),
  });
  const files = new Map<string, unknown>();

  // Rows of the words that are not common, by start, each file within rowsFileBytes.
  const rowText = new Map(sorted.map((p) => [p, JSON.stringify(row(p)).length + 1]));
  const rowsText = new Map(words.map((w) => [w, byWord.get(w)!.reduce((n, p) => n + rowText.get(p)!, 0)]));
  const rowsFit = (ws: readonly string[]) =>
    ws.reduce((n, w) => n + rowsText.get(w)!, 0) <= mostShrink * rowsFileBytes && size(JSON.stringify(rowsOf(ws))) <= rowsFileBytes;
  const rowsFileOf = new Map<string, string>();
  for (const [start, ws] of groupByStart(
    words.filter((w) => !common.has(w)),
    rowsFit,
  )) {
    files.set(`rows/${start}.json`, rowsOf(ws));
    for (const w of ws) rowsFileOf.set(w, start);
  }

  // A common word: its provinces, and their rows, neighbouring provinces in one file while together within maxRowsPerFile.
  for (const word of common) {
    const byProvince = new Map<string, PlaceInput[]>();
    for (const p of byWord.get(word)!) {
      const code = p.code.slice(0, 2);
      if (!byProvince.has(code)) byProvince.set(code, []);
      byProvince.get(code)!.push(p);
    }
    const provinces: SplitProvince[] = [];
    let group: PlaceInput[] = [];
    let file = '';
    const flush = () => {
      if (group.length > 0) files.set(`split/${word}-${file}.json`, { rows: group.sort(order).map(row) } satisfies RowsFile);
      group = [];
    };
    for (const [code, ps] of [...byProvince].sort(([a], [b]) => a.localeCompare(b))) {
      if (group.length > 0 && group.length + ps.length > maxRowsPerFile) flush();
      if (group.length === 0) file = code;
      group.push(...ps);
      provinces.push([code, ps[0]!.province, ps.length, file]);
    }
    flush();
    files.set(`split/${word}.json`, { provinces } satisfies SplitIndex);
  }

  // Word lists: every word by start, each within wordListBytes, never by a start longer
  // than minPrefixLength (so the start of a name typed is in one list).
  const wordList = (ws: readonly string[]): WordList => {
    const lists: Record<string, string[]> = {};
    for (const w of ws) (lists[common.has(w) ? splitKey : rowsFileOf.get(w)!] ??= []).push(w);
    return Object.fromEntries(Object.entries(lists).map(([key, list]) => [key, list.join(' ')]));
  };
  const listFits = (ws: readonly string[]) =>
    ws.reduce((n, w) => n + w.length + 1, 0) <= mostShrink * wordListBytes && size(JSON.stringify(wordList(ws))) <= wordListBytes;
  const listGroups = groupByStart(words, listFits, minPrefixLength);
  for (const [start, ws] of listGroups) files.set(`words/${start}.json`, wordList(ws));
  for (const first of finderAlphabet) {
    files.set(`${first}.json`, [...listGroups.keys()].filter((s) => s.startsWith(first)).sort());
  }

  // Offices, by province: every province that has a place gets a file, empty or not.
  const provinceCodes = new Set([...places.map((p) => p.code.slice(0, 2)), ...offices.map((o) => o.regency.slice(0, 2))]);
  for (const code of [...provinceCodes].sort()) files.set(officeFilePath(code), officeFile(offices, code));
  return files;
}

/**
 * The places by each word they are filed under ({@link indexWords}), and the words of
 * more than {@link maxRowsPerFile} places ("common"). A name that begins with a common
 * word is found by asking for its province; the browser first tries the first two
 * words typed written together (see {@link findPlaces}). When that finds other places
 * ("Kampung Baru" typed, villages called Kampungbaru), or the rest of the name names a
 * province ("Tanjung Bali" in Sumatera Selatan), the name is also filed under those two
 * words written together, so it is listed with those places. Filing adds words and can
 * make a word common, so it is repeated until nothing changes.
 */
function fileByWord(places: readonly PlaceInput[]): { byWord: Map<string, PlaceInput[]>; common: Set<string> } {
  const counts = new Map<string, number>();
  for (const p of places) for (const word of indexWords(p.name)) counts.set(word, (counts.get(word) ?? 0) + 1);
  let keys = [...counts.keys()].sort();
  /** Whether a word places are filed under begins with `start` (the browser would then list those places). */
  const begins = (start: string) => {
    let low = 0;
    for (let high = keys.length; low < high;) {
      const mid = (low + high) >> 1;
      if (keys[mid]! < start) low = mid + 1;
      else high = mid;
    }
    return keys[low]?.startsWith(start) ?? false;
  };
  const provinces = [
    ...new Map(places.map((p) => [p.code.slice(0, 2), [p.code.slice(0, 2), p.province, 0] as [string, string, number]])).values(),
  ];
  let byWord: Map<string, PlaceInput[]>;
  let common = new Set([...counts].filter(([, n]) => n > maxRowsPerFile).map(([w]) => w));
  for (let last = ''; ;) {
    byWord = new Map();
    for (const p of places) {
      const typed = queryWords(p.name);
      const [first, second] = typed;
      const joined = `${first}${second}`;
      const alsoJoined =
        second !== undefined && common.has(first!) && (begins(joined) || provinceMatch(provinces, typed.slice(1)) !== undefined);
      for (const word of new Set([...indexWords(p.name), ...(alsoJoined ? [joined] : [])])) {
        if (!byWord.has(word)) byWord.set(word, []);
        byWord.get(word)!.push(p);
      }
    }
    common = new Set([...byWord].filter(([, ps]) => ps.length > maxRowsPerFile).map(([w]) => w));
    keys = [...byWord.keys()].sort();
    const state = `${keys.length} ${common.size}`;
    if (state === last) return { byWord, common };
    last = state;
  }
}

/** The offices of one province: those standing in it or serving part of it, by name, and which regencies each serves. */
function officeFile(offices: readonly OfficeInput[], province: string): OfficeFile {
  const inProvince = (regency: string) => regency.slice(0, 2) === province;
  const own = offices
    .filter((o) => inProvince(o.regency) || o.serves.some(inProvince))
    .sort((a, b) => a.name.localeCompare(b.name, 'id') || a.path.localeCompare(b.path));
  const serves: Record<string, number[]> = {};
  for (const [i, o] of own.entries()) for (const regency of new Set(o.serves.filter(inProvince))) (serves[regency] ??= []).push(i);
  return {
    offices: own.map((o) => [o.name, o.path]),
    serves: Object.fromEntries(Object.entries(serves).sort(([a], [b]) => a.localeCompare(b))),
  };
}

/** The path of a province's office file under the finder folder, from the province's code or a regency's (`PP.RR`). */
export function officeFilePath(code: string): string {
  return `offices/${code.slice(0, 2)}.json`;
}

/**
 * The offices to name for a village outside the program: those whose published working
 * area names its regency; otherwise (no office publishes that regency, or its office
 * has no published area) every office of its province; none when this site lists no
 * office there yet.
 */
export function servingOffices(
  file: OfficeFile | undefined,
  regencyCode: string,
): { scope: 'regency' | 'province'; offices: OfficeLink[] } {
  const own = file?.serves[regencyCode];
  return own ? { scope: 'regency', offices: own.map((i) => file!.offices[i]!) } : { scope: 'province', offices: file?.offices ?? [] };
}

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
 * district or regency); the other words then narrow its rows. `lists`: the word list
 * of each query word that has one.
 */
export function pickAnchors(words: readonly string[], lists: ReadonlyMap<string, WordList>): { word: string; names: string[] }[] {
  return words
    .map((word) => ({ word, names: matchingNameWords(word, Object.values(lists.get(word) ?? {}).join(' ')) }))
    .filter((a) => a.names.length > 0);
}

/** Whether every query word starts a word of the village's name (or its name written together, see {@link placeKeys}) or of its district, regency or province. */
export function rowMatches(row: FinderRow, words: readonly string[]): boolean {
  const own = [...nameWords(`${row[0]} ${row[2]} ${row[3]} ${row[4]}`), nameWords(row[0]).join(''), ...placeKeys(row[0])];
  return words.every((w) => own.some((o) => o.startsWith(w)));
}

/**
 * Offices first (a town's name is most often typed to find its office), then places
 * whose name is exactly the query (spaces aside), each with places that have a page
 * before those without; otherwise the build's order stays.
 */
export function rankRows(rows: readonly FinderRow[], words: readonly string[]): FinderRow[] {
  const score = (r: FinderRow) => (r[1] === 'kantor' ? 0 : 4) + (nameWords(r[0]).join('') === words.join('') ? 0 : 2) + (r[5] ? 0 : 1);
  // Sorting is stable: rows of the same score keep their order.
  return [...rows].sort((a, b) => score(a) - score(b));
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
  { rows: FinderRow[] } | { provinces: [code: string, name: string, count: number][]; load(code: string): Promise<FinderRow[]> };

type Load = (path: string) => Promise<unknown>;

/**
 * Looks up the query words: downloads the letter file and word list of each word, then
 * the rows of one word (see {@link pickAnchors}), and keeps the rows every word
 * matches. `load` fetches a finder file by its path, giving `undefined` when it is
 * missing; each path is loaded at most once.
 */
export async function findPlaces(words: readonly string[], load: Load): Promise<FinderAnswer> {
  const cache = new Map<string, Promise<unknown>>();
  const file: Load = (path) => {
    if (!cache.has(path)) cache.set(path, load(path));
    return cache.get(path)!;
  };
  const listOf = async (word: string) => {
    const start = longestStart(word, ((await file(`${word[0]}.json`)) ?? []) as string[]);
    return start === undefined ? undefined : ((await file(`words/${start}.json`)) as WordList | undefined);
  };
  /** `firstOnly`: only the first word's places, if a name has it. */
  const find = async (words: readonly string[], firstOnly = false): Promise<FinderAnswer> => {
    const lists = new Map<string, WordList>();
    await Promise.all(
      words.map(async (word) => {
        const list = await listOf(word);
        if (list) lists.set(word, list);
      }),
    );
    // A district or regency name may also be a village name: when one word's places do
    // not match the other words, try the next word (at most three). A common name
    // (split by province) asks for the province: its rows are then narrowed by all words.
    for (const anchor of pickAnchors(words, lists)
      .filter((a) => !firstOnly || a.word === words[0])
      .slice(0, 3)) {
      const answer = await fromAnchor(anchor, lists.get(anchor.word)!, words, file);
      if ('provinces' in answer || answer.rows.length > 0) return answer;
    }
    return { rows: [] };
  };
  const joinedWords = [`${words[0]}${words[1]}`, ...words.slice(2)];
  // A name that begins with a common word is also filed under its first two words
  // written together where the words as typed would miss it (see buildFinderFiles):
  // "kampung baru" for Kampung Baru besides Kampungbaru, "tanjung bali" for the village
  // in Sumatera Selatan, not only those in Bali. Try those first.
  const common = words.length > 1 && (await listOf(words[0]!))?.[splitKey]?.split(' ').includes(words[0]!);
  const first = common ? await find(joinedWords, true) : undefined;
  if (first && ('provinces' in first || first.rows.length > 0)) return first;
  const answer = await find(words);
  if (('rows' in answer && answer.rows.length > 0) || words.length < 2) return answer;
  // "suka maju" for Sukamaju: try the first two words written together.
  const joined = await find(joinedWords);
  return 'rows' in joined && joined.rows.length > 0 ? joined : answer;
}

async function fromAnchor(
  anchor: { word: string; names: string[] },
  list: WordList,
  words: readonly string[],
  file: Load,
): Promise<FinderAnswer> {
  const others = words.filter((w) => w !== anchor.word);
  const common = new Set(list[splitKey]?.split(' '));
  const rowsFileOf = (name: string) => Object.entries(list).find(([, ws]) => ws.split(' ').includes(name))?.[0];
  const found = await Promise.all(
    anchor.names.map(async (name) => {
      if (common.has(name)) return { name, split: ((await file(`split/${name}.json`)) ?? { provinces: [] }) as SplitIndex };
      const start = rowsFileOf(name);
      const f = (start === undefined ? undefined : await file(`rows/${start}.json`)) as RowsFile | undefined;
      return { name, rows: (f?.rows ?? []).filter((r) => placeKeys(r[0]).includes(name)) };
    }),
  );
  const rows = found.flatMap((f) => f.rows ?? []);
  const split = found.flatMap((f) => (f.split ? [{ name: f.name, provinces: f.split.provinces }] : []));
  const loadProvince = async (code: string) => {
    const parts = await Promise.all(
      split.flatMap((s) =>
        s.provinces
          .filter(([c]) => c === code)
          .map(async ([, , , part]) => ((await file(`split/${s.name}-${part}.json`)) ?? { rows: [] }) as RowsFile),
      ),
    );
    const inProvince = parts.flatMap((f) => f.rows).filter((r) => r[6].slice(0, 2) === code);
    return rankRows(
      inProvince.filter((r) => rowMatches(r, words)),
      words,
    );
  };
  if (split.length > 0) {
    const byCode = new Map<string, [string, string, number]>();
    for (const s of split) for (const [code, name, n] of s.provinces) byCode.set(code, [code, name, (byCode.get(code)?.[2] ?? 0) + n]);
    const provinces = [...byCode.values()];
    const named = provinceMatch(provinces, others);
    if (named) rows.push(...(await loadProvince(named)));
    else if (rows.length === 0) return { provinces, load: loadProvince };
  }
  return {
    rows: rankRows(
      rows.filter((r) => rowMatches(r, words)),
      words,
    ),
  };
}
