import {
  minPrefixLength,
  placeOf,
  splitKey,
  type CountReport,
  type FinderRow,
  type OfficeFile,
  type OfficeLink,
  type RowsFile,
  type SplitIndex,
  type WordList,
} from './format.ts';
import { longestStart, nameWords, placeKeys, provinceMatch } from './words.ts';

/** Finding places in the reader's browser: the search page's half of the finder. */

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
 * The counts offices reported without names for a village outside the program: those of
 * its regency that cover the whole regency or its district. A village there may be one of
 * the unnamed program villages, so the reader is told to ask, not told "no".
 */
export function reportedCounts(file: OfficeFile | undefined, regencyCode: string, district: string): CountReport[] {
  return (file?.counts?.[regencyCode] ?? []).filter(([, , , , districts]) => districts.length === 0 || districts.includes(district));
}

/** The counts a regional office reported for the whole province of a regency (under the province code). */
export function provinceCounts(file: OfficeFile | undefined, regencyCode: string): CountReport[] {
  return file?.counts?.[regencyCode.slice(0, 2)] ?? [];
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
  const { name, district, regency, province } = placeOf(row);
  const own = [...nameWords(`${name} ${district} ${regency} ${province}`), nameWords(name).join(''), ...placeKeys(name)];
  return words.every((w) => own.some((o) => o.startsWith(w)));
}

/**
 * Offices first (a town's name is most often typed to find its office), then places
 * whose name is exactly the query (spaces aside), each with places that have a page
 * before those without; otherwise the build's order stays.
 */
export function rankRows(rows: readonly FinderRow[], words: readonly string[]): FinderRow[] {
  const score = (row: FinderRow) => {
    const { kind, name, path } = placeOf(row);
    return (kind === 'kantor' ? 0 : 4) + (nameWords(name).join('') === words.join('') ? 0 : 2) + (path ? 0 : 1);
  };
  // Sorting is stable: rows of the same score keep their order.
  return [...rows].sort((a, b) => score(a) - score(b));
}

/**
 * What the finder answers: the places, or for a very common name the provinces to choose
 * from. `matched` is the query's words the province counts are for (the name; the other
 * words narrow the rows once a province is loaded).
 */
export type FinderAnswer =
  | { rows: FinderRow[] }
  | { provinces: [code: string, name: string, count: number][]; matched: string[]; load(code: string): Promise<FinderRow[]> };

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
  // The counts of a common name are for the words as typed ("kampung baru"), not for the key they were filed under.
  if (first && 'provinces' in first) return { ...first, matched: first.matched[0] === joinedWords[0] ? words.slice(0, 2) : first.matched };
  if (first && first.rows.length > 0) return first;
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
      return { name, rows: (f?.rows ?? []).filter((r) => placeKeys(placeOf(r).name).includes(name)) };
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
    const inProvince = parts.flatMap((f) => f.rows).filter((r) => placeOf(r).regencyCode.slice(0, 2) === code);
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
    else if (rows.length === 0) return { provinces, matched: [anchor.word], load: loadProvince };
  }
  return {
    rows: rankRows(
      rows.filter((r) => rowMatches(r, words)),
      words,
    ),
  };
}
