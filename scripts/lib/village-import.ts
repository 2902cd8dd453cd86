import { isDeepStrictEqual } from 'node:util';
import { z } from 'astro/zod';
import Papa from 'papaparse';
import { parse as parseYaml, stringify } from 'yaml';
import type { AreaIndex } from '../../src/lib/regions.ts';
import { createVillageSchema } from '../../src/schemas/village.ts';

/**
 * Plans a bulk import of program villages from a spreadsheet (CSV). Pure: it reads
 * nothing and writes nothing; the CLI does the files. Every row is checked with the
 * same schema the site builds with, and nothing is planned unless every row is valid.
 */

/** Columns a spreadsheet may have, with what each holds (also in the README). */
export const importColumns = {
  code: 'required: Kemendagri area code, PP.RR.DD.VVVV',
  office: 'required: office id, a file name in content/offices/ without .yaml',
  designatedAt: 'required: date the village joined the program, YYYY-MM-DD',
  officers: 'optional: officer ids from content/officers/, separated by ";"',
  example: 'optional: true or false (default true: not yet confirmed program data)',
  notes_id: 'optional: local notes in Indonesian',
  notes_en: 'optional: local notes in English',
  contact_phone: 'optional: the village office phone',
  contact_email: 'optional: the village office e-mail',
  source_title: 'optional: title of the publication that confirms the village',
  source_url: 'optional: its https address',
  source_publisher: 'optional: who published it',
  source_accessedAt: 'optional: when it was read, YYYY-MM-DD',
} as const;

const required = ['code', 'office', 'designatedAt'] as const;

export interface RowError {
  /** Line in the CSV file (the header is line 1). */
  line: number;
  column: string;
  value: string;
  message: string;
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

/** Field order in written files: what editors look for first comes first. */
const fieldOrder = ['code', 'office', 'officers', 'designatedAt', 'sessions', 'contact', 'notes', 'sources', 'example'];

function toRecord(row: Record<string, string>, previous: Record<string, unknown>): Record<string, unknown> {
  const cell = (name: string) => row[name]?.trim() ?? '';
  const record: Record<string, unknown> = { ...previous, code: cell('code'), office: cell('office'), designatedAt: cell('designatedAt') };
  if (cell('officers')) record.officers = cell('officers').split(';').map((id) => id.trim()).filter(Boolean);
  if (cell('example')) record.example = cell('example') === 'true' ? true : cell('example') === 'false' ? false : cell('example');
  else if (previous.example === undefined) record.example = true;
  if (cell('notes_id') || cell('notes_en')) {
    record.notes = { ...(cell('notes_id') && { id: cell('notes_id') }), ...(cell('notes_en') && { en: cell('notes_en') }) };
  }
  if (cell('contact_phone') || cell('contact_email')) {
    record.contact = { ...(cell('contact_phone') && { phone: cell('contact_phone') }), ...(cell('contact_email') && { email: cell('contact_email') }) };
  }
  if (cell('source_url')) {
    record.sources = [
      { title: cell('source_title'), url: cell('source_url'), publisher: cell('source_publisher'), accessedAt: cell('source_accessedAt') },
    ];
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

function valueAt(row: Record<string, string>, column: string): string {
  return row[column]?.trim() ?? '';
}

/** Checks every row and plans the files, or lists every bad row. */
export function planImport(csvText: string, context: ImportContext): ImportPlan {
  const parsed = Papa.parse<Record<string, string>>(csvText.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy' });
  const errors: RowError[] = [];
  const header = parsed.meta.fields ?? [];
  for (const column of required) {
    if (!header.includes(column)) errors.push({ line: 1, column, value: '', message: `the header has no "${column}" column; required: ${required.join(', ')}` });
  }
  for (const column of header) {
    if (!(column in importColumns)) {
      errors.push({ line: 1, column, value: column, message: `unknown column; allowed: ${Object.keys(importColumns).join(', ')}` });
    }
  }
  for (const error of parsed.errors) {
    errors.push({ line: (error.row ?? 0) + 2, column: '', value: '', message: `not valid CSV: ${error.message}` });
  }
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
  parsed.data.forEach((row, index) => {
    const line = index + 2;
    const code = valueAt(row, 'code');
    const firstLine = seen.get(code);
    if (code && firstLine !== undefined) {
      errors.push({ line, column: 'code', value: code, message: `this village is already on line ${firstLine}` });
      return;
    }
    seen.set(code, line);
    const previousText = context.existing.get(code);
    const previous = previousText ? (parseYaml(previousText) as Record<string, unknown>) : {};
    const record = toRecord(row, previous);
    const result = schema.safeParse(record);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const column = columnOf(issue.path);
        errors.push({ line, column, value: valueAt(row, column), message: issue.message });
      }
      return;
    }
    // YAML 1.1 rules when writing: quotes dates and times, so every YAML reader keeps them as text.
    const text = stringify(record, { lineWidth: 0, version: '1.1' });
    // Unchanged means the same data, whatever the formatting: a hand-edited file with
    // comments is left alone when the spreadsheet says the same thing.
    const same = previousText !== undefined && isDeepStrictEqual(previous, parseYaml(text));
    const status = previousText === undefined ? 'added' : same ? 'unchanged' : 'changed';
    files.push({ code, text: same ? previousText : text, status });
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, files };
}

/** One line per error, for people: `villages.csv:3: column "code", value "53.01.99.2001": ...`. */
export function formatErrors(file: string, errors: RowError[]): string {
  return errors
    .map((e) => `${file}:${e.line}: ${e.column ? `column "${e.column}"` : 'row'}${e.value ? `, value "${e.value}"` : ''}: ${e.message}`)
    .join('\n');
}
