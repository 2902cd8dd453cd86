import type { VillageRecord } from '../open-data.ts';
import {
  finderAlphabet,
  maxRowsPerFile,
  minPrefixLength,
  officeFilePath,
  rowOf,
  rowsFileBytes,
  splitKey,
  wordListBytes,
  type CountReport,
  type FinderRow,
  type OfficeFile,
  type RowsFile,
  type SplitIndex,
  type SplitProvince,
  type WordList,
} from './format.ts';
import { indexWords, nameWords, provinceMatch, queryWords } from './words.ts';

/** Writing the finder's files at build time (see format.ts for what they hold). */

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

/** A count of program villages an office reported without names (`/data/village-counts.json`). */
export interface CountInput {
  /** The office's name and page path; a regional office has a name and no page (empty path). */
  office: string;
  path: string;
  count: number;
  /** Province codes (PP, a regional office's report), regency codes (PP.RR) or district codes (PP.RR.DD). */
  area: readonly string[];
  /** The names of the district codes (PP.RR.DD) of `area`, in their order. */
  districts: readonly string[];
  reportedAt: string;
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
  counts: readonly CountInput[] = [],
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
  const row = (p: PlaceInput): FinderRow => rowOf({ ...p, regencyCode: p.code.slice(0, 5) });
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
  for (const code of [...provinceCodes].sort()) files.set(officeFilePath(code), officeFile(offices, code, counts));
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

/**
 * The counts reported in one province, by regency code (a report over districts lists their
 * names), and a regional office's report for the whole province under the province code; newest first.
 */
function countsOf(counts: readonly CountInput[], province: string): Record<string, CountReport[]> | undefined {
  const byRegency: Record<string, CountReport[]> = {};
  for (const c of [...counts].sort((a, b) => b.reportedAt.localeCompare(a.reportedAt))) {
    if (c.area.includes(province)) (byRegency[province] ??= []).push([c.office, c.path, c.count, c.reportedAt, []]);
    for (const regency of new Set(c.area.filter((code) => code.length > 2).map((code) => code.slice(0, 5)))) {
      if (regency.slice(0, 2) !== province) continue;
      // `districts` names the district codes of `area`, in their order.
      const districtCodes = c.area.filter((code) => code.length > 5);
      const districts = districtCodes.flatMap((code, i) => (code.startsWith(`${regency}.`) ? [c.districts[i]!] : []));
      (byRegency[regency] ??= []).push([c.office, c.path, c.count, c.reportedAt, districts]);
    }
  }
  return Object.keys(byRegency).length > 0 ? byRegency : undefined;
}

/** The offices of one province: those standing in it or serving part of it, by name, and which regencies each serves. */
function officeFile(offices: readonly OfficeInput[], province: string, counts: readonly CountInput[] = []): OfficeFile {
  const inProvince = (regency: string) => regency.slice(0, 2) === province;
  const own = offices
    .filter((o) => inProvince(o.regency) || o.serves.some(inProvince))
    .sort((a, b) => a.name.localeCompare(b.name, 'id') || a.path.localeCompare(b.path));
  const serves: Record<string, number[]> = {};
  for (const [i, o] of own.entries()) for (const regency of new Set(o.serves.filter(inProvince))) (serves[regency] ??= []).push(i);
  const reported = countsOf(counts, province);
  return {
    offices: own.map((o) => [o.name, o.path]),
    serves: Object.fromEntries(Object.entries(serves).sort(([a], [b]) => a.localeCompare(b))),
    ...(reported && { counts: reported }),
  };
}
