/**
 * A small name index of every village of Indonesia (83,762 in idn-area-data, program
 * village or not) and of the immigration offices, our own, beside Pagefind (which holds
 * the guides).
 *
 * Why not Pagefind: at national scale Pagefind's metadata alone is about 425 KB and every
 * first search would download it. Why not one file per name word: that is 51,108 files,
 * and common static hosts refuse more than 20,000 for the whole site. Here words are
 * grouped into files by how they start, and a group is split by a longer start only
 * while its file is too big, so a search downloads only what its words need. The files
 * are described once, in docs/architecture.md ("The village finder's files"); each type
 * below is one of them.
 *
 * The finder is in four parts: this file (the file format, shared by the build and the
 * browser), `words.ts` (how names and queries become words, the same at build time and
 * in the browser), `build.ts` (writing the files; build time only) and `lookup.ts`
 * (finding places in the browser).
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
export const splitKey = '*';

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
  /**
   * By regency code: the counts offices reported there without naming every village
   * (content/village-counts/); by the province code: a regional office's count for the whole province.
   */
  counts?: Record<string, CountReport[]>;
}

/**
 * A count an office reported in a regency without naming every village: the office's
 * name and page (empty for a regional office, which has no page here), how many, the day
 * (YYYY-MM-DD), and the district names when the report covers only some districts (empty:
 * the whole regency, or the whole province).
 */
export type CountReport = [office: string, path: string, count: number, reportedAt: string, districts: string[]];

/** The site folder of the finder's files: `/cari-desa/`. */
export const finderFolder = 'cari-desa';

/** A finder row read by name: what {@link FinderRow} holds. */
export interface FinderPlace {
  name: string;
  /** desa, kelurahan, desa-adat, or kantor for an office. */
  kind: string;
  /** Empty for an office. */
  district: string;
  regency: string;
  province: string;
  /** Its page in the default language; empty for a village outside the program. */
  path: string;
  /** PP.RR: its offices are in {@link officeFilePath}. */
  regencyCode: string;
}

/** Reads a row of a finder file by name. */
export function placeOf(row: FinderRow): FinderPlace {
  const [name, kind, district, regency, province, path, regencyCode] = row;
  return { name, kind, district, regency, province, path, regencyCode };
}

/** Writes a place as a row of a finder file. */
export function rowOf(place: FinderPlace): FinderRow {
  return [place.name, place.kind, place.district, place.regency, place.province, place.path, place.regencyCode];
}

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

/** The path of a province's office file under the finder folder, from the province's code or a regency's (`PP.RR`). */
export function officeFilePath(code: string): string {
  return `offices/${code.slice(0, 2)}.json`;
}
