import { isDeepStrictEqual } from 'node:util';
import { z } from 'astro/zod';
import Papa from 'papaparse';
import { InvalidInputError, readSheet, type SheetData } from 'read-excel-file/node';
import { parse as parseYaml, stringify } from 'yaml';
import { locales, type Locale } from '../../src/lib/locales.ts';
import type { AreaIndex } from '../../src/lib/regions.ts';
import { createVillageSchema } from '../../src/schemas/village.ts';

/**
 * Plans a bulk import of program villages from a spreadsheet (CSV or Excel .xlsx). Pure:
 * it reads no file and writes nothing; the CLI does the files. Every cell of every row
 * is checked with the same schema the site builds with, and nothing is planned unless
 * every row is valid.
 */

/** One notes column per shipped language: `notes_id`, `notes_en`, ... (they follow the language list). */
function noteColumns() {
  const names = new Intl.DisplayNames(['en'], { type: 'language' });
  return Object.fromEntries(locales.map((l) => [`notes_${l}`, `optional: local notes in ${names.of(l) ?? l}`])) as Record<
    `notes_${Locale}`,
    string
  >;
}

/** Columns a spreadsheet may have, with what each holds (also in docs/editing.en.md and docs/editing.id.md). */
export const importColumns = {
  code: 'required: Kemendagri area code, PP.RR.DD.VVVV (or the 10 digits without dots)',
  office: 'required: office id, a file name in content/offices/ without .yaml',
  designatedAt: 'required: date the village joined the program, YYYY-MM-DD (in Excel also a date cell)',
  designatedAtIs: 'optional: designated (default) or reported, when the source gives only the day it reported it',
  officers: 'optional: officer ids from content/officers/, separated by ";"',
  example: 'optional: true or false (default true: not yet confirmed program data)',
  ...noteColumns(),
  contact_phone: 'optional: the village office phone',
  contact_email: 'optional: the village office e-mail',
  source_title: 'optional: title of the publication that confirms the village',
  source_url: 'optional: its https address',
  source_publisher: 'optional: who published it',
  source_accessedAt: 'optional: when it was read, YYYY-MM-DD (in Excel also a date cell)',
} as const;

type Column = keyof typeof importColumns;
const required = ['code', 'office', 'designatedAt'] as const satisfies readonly Column[];
const sourceColumns = ['source_title', 'source_url', 'source_publisher', 'source_accessedAt'] as const satisfies readonly Column[];
const sourceColumnSet: ReadonlySet<string> = new Set(sourceColumns);
/** Columns that hold a day: an Excel date cell (or day number) in them becomes YYYY-MM-DD. */
const dateColumns: ReadonlySet<string> = new Set<Column>(['designatedAt', 'source_accessedAt']);

export interface RowError {
  /** Line in the CSV file, or row number in the Excel sheet (the header is 1). */
  line: number;
  column: string;
  /** Excel only: the cell, such as `B3`. */
  cell?: string;
  value: string;
  message: string;
}

/** A spreadsheet read into text cells, whatever its format. */
export interface ImportSheet {
  /** Line (CSV) or row number (Excel) of the header row. */
  headerLine: number;
  /** Column names as written in the header row ('' for an empty header cell). */
  header: string[];
  /** The rows that are not empty, each cell as text, in header order. */
  rows: { line: number; cells: string[] }[];
  /** Problems found while reading (a CSV quote left open, ...). */
  errors: RowError[];
  /** Whether errors name cells the way Excel does (`B3`). */
  cellNames: boolean;
}

export interface PlannedFile {
  code: string;
  /** The file's new text. */
  text: string;
  status: 'added' | 'changed' | 'unchanged';
}

export interface ImportContext {
  areas: AreaIndex;
  officeIds: ReadonlySet<string>;
  officerIds: ReadonlySet<string>;
  /** Text of the village files that exist now, by code. */
  existing: ReadonlyMap<string, string>;
}

export type ImportPlan = { ok: true; files: PlannedFile[] } | { ok: false; errors: RowError[] };

/** A file the importer cannot read at all (wrong kind, damaged); the message says what to do. */
export class ImportFileError extends Error {
  override name = 'ImportFileError';
}

/** Reads a CSV text (comma or semicolon separated; the first non-empty line is the header). */
export function readCsv(csvText: string): ImportSheet {
  const text = csvText.replace(/^\uFEFF/, '');
  const records: { line: number; cells: string[] }[] = [];
  const errors: RowError[] = [];
  let start = 0;
  let line = 1;
  // Guess the delimiter (Excel writes ";" in some locales) from the first lines, blank ones
  // left out; then read record by record to know the line each one starts on.
  const { delimiter } = Papa.parse(text, { preview: 20, skipEmptyLines: 'greedy' }).meta;
  Papa.parse<string[]>(text, {
    delimiter,
    step: (result) => {
      const end = result.meta.cursor;
      for (const error of result.errors) errors.push({ line, column: '', value: '', message: `not valid CSV: ${error.message}` });
      records.push({ line, cells: result.data.map((cell) => cell.trim()) });
      // The next record starts where this one ended: count the line breaks in between,
      // including those inside quoted cells, so every error names the line an editor sees.
      line += text.slice(start, end).match(/\r\n|\r|\n/g)?.length ?? 0;
      start = end;
    },
  });
  return sheetOf(records, errors, false);
}

/**
 * Reads the first sheet of an Excel workbook (.xlsx) with read-excel-file. Typed cells
 * become the text a CSV would hold: a number as its digits, a date cell as YYYY-MM-DD
 * (the day Excel shows, whatever the time zone of the computer), TRUE/FALSE as true/false.
 */
export async function readXlsx(bytes: Buffer): Promise<ImportSheet> {
  let data: SheetData;
  try {
    data = await readSheet(bytes);
  } catch (error) {
    throw new ImportFileError(unreadableWorkbook(error));
  }
  const headerRow = data.find((row) => row.some((value) => textOf(value, '') !== '')) ?? [];
  const header = headerRow.map((value) => textOf(value, ''));
  // read-excel-file keeps the sheet's layout (the first row is row 1, the first column is A),
  // so a row's place in the list is its row number.
  const records = data.map((row, index) => ({ line: index + 1, cells: row.map((value, i) => textOf(value, header[i] ?? '')) }));
  return sheetOf(records, [], true);
}

function unreadableWorkbook(error: unknown): string {
  if (error instanceof InvalidInputError) {
    if (error.code === 'XLS_FILE_NOT_SUPPORTED') return xlsAdvice;
    if (error.code === 'NO_DATA') return 'the file is empty';
    if (error.code === 'FILE_NOT_SUPPORTED' || error.code === 'INVALID_ZIP') {
      return 'not an Excel workbook (.xlsx), or a damaged one; open it in Excel or LibreOffice and save it as "Excel Workbook (.xlsx)"';
    }
  }
  return `not a readable Excel workbook (.xlsx): ${error instanceof Error ? error.message : String(error)}`;
}

const xlsAdvice = 'this is an old Excel 97-2003 (.xls) workbook, which cannot be read; save it as "Excel Workbook (.xlsx)" and import that';

/** Reads a spreadsheet by its file name: `.csv` or `.xlsx`; anything else is refused with a reason. */
export async function readSpreadsheet(fileName: string, bytes: Buffer): Promise<ImportSheet> {
  const extension = /\.[^./\\]+$/.exec(fileName)?.[0].toLowerCase() ?? '';
  if (extension === '.csv') return readCsv(new TextDecoder('utf-8').decode(bytes));
  if (extension === '.xlsx') return readXlsx(bytes);
  if (extension === '.xls') throw new ImportFileError(xlsAdvice);
  throw new ImportFileError(
    `cannot import ${extension ? `a "${extension}" file` : 'a file without an extension'}; use a .csv (UTF-8) or an Excel .xlsx file`,
  );
}

const day = 86_400_000;
/** Excel day numbers: day 25569 is 1970-01-01 (the 1900 date system, Excel's default). */
const unixEpochInExcel = 25_569;
/**
 * 2000-01-01 to 9999-12-31: other numbers in a date column are kept as typed (and refused by
 * the date rule): 2024 there is a year typed by mistake, not 16 July 1905.
 */
const firstExcelDay = 36_526;
const lastExcelDay = 2_958_465;

/** A moment as the calendar day it falls on in UTC, which is how Excel days are read and written. */
function isoDay(date: Date): string {
  return Number.isNaN(date.getTime()) ? String(date) : date.toISOString().slice(0, 10);
}

/** An Excel cell as the text a CSV file would hold for it. */
function textOf(value: unknown, column: string): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return isoDay(value);
  if (typeof value === 'number') {
    // A date column holding a plain number: a day number Excel shows as a number only because
    // the cell is not formatted as a date. Whole days: the time of day never moves the date.
    if (dateColumns.has(column) && value >= firstExcelDay && value <= lastExcelDay) {
      return isoDay(new Date((Math.floor(value) - unixEpochInExcel) * day));
    }
    return String(value);
  }
  return String(value).trim();
}

/** The first non-empty record is the header; empty records are skipped (but keep counting lines). */
function sheetOf(records: { line: number; cells: string[] }[], errors: RowError[], cellNames: boolean): ImportSheet {
  const filled = records.filter((record) => record.cells.some((cell) => cell !== ''));
  const [head, ...rows] = filled;
  return { headerLine: head?.line ?? 1, header: head?.cells ?? [], rows, errors, cellNames };
}

/** Excel's name for a column: 0 is A, 26 is AA. */
function columnLetter(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** `5301162007` is `53.01.16.2007`: spreadsheets often lose the dots (or keep the code as a number). */
export function normalizeCode(code: string): string {
  return /^\d{10}$/.test(code) ? `${code.slice(0, 2)}.${code.slice(2, 4)}.${code.slice(4, 6)}.${code.slice(6)}` : code;
}

/** Field order in written files: what editors look for first comes first. */
const fieldOrder = ['code', 'office', 'officers', 'designatedAt', 'designatedAtIs', 'sessions', 'contact', 'notes', 'sources', 'example'];

type Cells = (name: string) => string;

function toRecord(cell: Cells, previous: Record<string, unknown>): Record<string, unknown> {
  const record: Record<string, unknown> = {
    ...previous,
    code: normalizeCode(cell('code')),
    office: cell('office'),
    designatedAt: cell('designatedAt'),
  };
  if (cell('designatedAtIs')) record.designatedAtIs = cell('designatedAtIs');
  if (cell('officers'))
    record.officers = cell('officers')
      .split(';')
      .map((id) => id.trim())
      .filter(Boolean);
  if (cell('example')) record.example = cell('example') === 'true' ? true : cell('example') === 'false' ? false : cell('example');
  else if (previous.example === undefined) record.example = true;
  const notes = Object.fromEntries(locales.flatMap((l) => (cell(`notes_${l}`) ? [[l, cell(`notes_${l}`)]] : [])));
  if (Object.keys(notes).length > 0) record.notes = notes;
  if (cell('contact_phone') || cell('contact_email')) {
    record.contact = {
      ...(cell('contact_phone') && { phone: cell('contact_phone') }),
      ...(cell('contact_email') && { email: cell('contact_email') }),
    };
  }
  // Any source cell filled names a source: the empty ones are then reported, never dropped.
  if (sourceColumns.some((column) => cell(column))) {
    const source: Record<string, string> = {};
    for (const column of sourceColumns) if (cell(column)) source[column.slice('source_'.length)] = cell(column);
    record.sources = [source];
  }
  const ordered: Record<string, unknown> = {};
  for (const key of [...fieldOrder, ...Object.keys(record)]) if (record[key] !== undefined) ordered[key] ??= record[key];
  return ordered;
}

/** Maps a schema issue path (`sources.0.url`) back to the spreadsheet column (`source_url`). */
function columnOf(path: PropertyKey[]): string {
  const [first, , second] = path.map(String);
  if (first === 'notes') return `notes_${path[1] ? String(path[1]) : 'id'}`;
  if (first === 'contact') return `contact_${String(path[1] ?? 'phone')}`;
  if (first === 'sources') return second ? `source_${second}` : 'source_url';
  return first ?? 'code';
}

const confirmedNeedsSource =
  'a confirmed village (example: false) needs at least one source for its designation: fill source_title, source_url, source_publisher and source_accessedAt, or keep example true';

/** Checks the header, then every cell of every row, and plans the files or lists every problem. */
export function planImport(input: string | ImportSheet, context: ImportContext): ImportPlan {
  const sheet = typeof input === 'string' ? readCsv(input) : input;
  const { header, headerLine } = sheet;
  const errors: RowError[] = [...sheet.errors];
  const cellName = (index: number, line: number) => (sheet.cellNames && index >= 0 ? `${columnLetter(index)}${line}` : undefined);
  const headerError = (index: number, column: string, value: string, message: string): RowError => {
    const cell = cellName(index, headerLine);
    return { line: headerLine, column, ...(cell ? { cell } : {}), value, message };
  };

  for (const column of required) {
    if (!header.includes(column)) {
      errors.push(headerError(-1, column, '', `the header has no "${column}" column; required: ${required.join(', ')}`));
    }
  }
  header.forEach((column, index) => {
    if (column === '') {
      if (sheet.rows.some((row) => (row.cells[index] ?? '') !== '')) {
        errors.push(headerError(index, '', '', `column ${index + 1} holds data but has no name in the header; name it or delete it`));
      }
    } else if (!(column in importColumns)) {
      errors.push(headerError(index, column, column, `unknown column; allowed: ${Object.keys(importColumns).join(', ')}`));
    } else if (header.indexOf(column) !== index) {
      errors.push(headerError(index, column, column, `the header has this column twice`));
    }
  });
  if (errors.length > 0) return { ok: false, errors };

  const schema = createVillageSchema({
    areas: context.areas,
    officeRef: z.string().refine((id) => context.officeIds.has(id), {
      error: (iss) => `no office "${String(iss.input)}" in content/offices/; known: ${[...context.officeIds].sort().join(', ')}`,
    }),
    officerRef: z.string().refine((id) => context.officerIds.has(id), {
      error: (iss) => `no officer "${String(iss.input)}" in content/officers/`,
    }),
  });
  const files: PlannedFile[] = [];
  const seen = new Map<string, number>();
  for (const { line, cells } of sheet.rows) {
    const cell: Cells = (name) => {
      const index = header.indexOf(name);
      return index < 0 ? '' : (cells[index] ?? '');
    };
    const rowErrors: RowError[] = [];
    const report = (column: string, message: string) => {
      if (rowErrors.some((e) => e.column === column && e.message === message)) return;
      const name = cellName(header.indexOf(column), line);
      rowErrors.push({ line, column, ...(name ? { cell: name } : {}), value: cell(column), message });
    };

    // Every check runs on every row; a row is planned only when none of them found anything.
    const empty = new Set<string>(required.filter((column) => cell(column) === ''));
    for (const column of empty) report(column, 'required; the cell is empty');
    const code = normalizeCode(cell('code'));
    const firstLine = seen.get(code);
    if (code && firstLine !== undefined) report('code', `this village is already on ${sheet.cellNames ? 'row' : 'line'} ${firstLine}`);
    else if (code) seen.set(code, line);

    const previousText = context.existing.get(code);
    const previous = previousText ? (parseYaml(previousText) as Record<string, unknown>) : {};
    const record = toRecord(cell, previous);
    const result = schema.safeParse(record);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const column = columnOf(issue.path);
        if (empty.has(column)) continue;
        const missingSourcePart =
          issue.path[0] === 'sources' && issue.path.length > 2 && sourceColumnSet.has(column) && cell(column) === '';
        const message = missingSourcePart
          ? `needed too when the row names a source: ${sourceColumns.join(', ')}`
          : issue.path[0] === 'sources' && issue.path.length === 1
            ? confirmedNeedsSource
            : issue.message;
        report(column, message);
      }
      // The schema skips its check of a confirmed village's sources when a field has the
      // wrong kind of value (designatedAtIs: someday): check it here too, so the list is complete.
      const sources = record.sources;
      if (record.example === false && !(Array.isArray(sources) && sources.length > 0)) report('source_url', confirmedNeedsSource);
    }
    if (rowErrors.length > 0) {
      // In the sheet's column order, as an editor reads the row.
      const order = (column: string) => (header.includes(column) ? header.indexOf(column) : header.length);
      errors.push(...rowErrors.sort((a, b) => order(a.column) - order(b.column)));
      continue;
    }

    // YAML 1.1 rules when writing: quotes dates and times, so every YAML reader keeps them as text.
    const text = stringify(record, { lineWidth: 0, version: '1.1' });
    // Unchanged means the same data, whatever the formatting: a hand-edited file with
    // comments is left alone when the spreadsheet says the same thing.
    const same = previousText !== undefined && isDeepStrictEqual(previous, parseYaml(text));
    const status = previousText === undefined ? 'added' : same ? 'unchanged' : 'changed';
    files.push({ code, text: same ? previousText : text, status });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, files };
}

/** One line per error, for people: `villages.csv:3: column "code", value "53.01.99.2001": ...` (Excel: `column "code" (cell A3)`). */
export function formatErrors(file: string, errors: RowError[]): string {
  return errors
    .map((e) => {
      const where = `${e.column ? `column "${e.column}"` : 'row'}${e.cell ? ` (cell ${e.cell})` : ''}`;
      return `${file}:${e.line}: ${where}${e.value ? `, value "${e.value}"` : ''}: ${e.message}`;
    })
    .join('\n');
}
