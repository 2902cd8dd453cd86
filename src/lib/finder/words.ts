/** How place names and queries become words: the same at build time and in the reader's browser. */

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

/** The province the query names in full ("jawa barat", not only "barat"), if any. */
export function provinceMatch(
  provinces: readonly [code: string, name: string, count: number][],
  words: readonly string[],
): string | undefined {
  return provinces.find(([, name]) => nameWords(name).every((own) => words.some((w) => own.startsWith(w))))?.[0];
}
