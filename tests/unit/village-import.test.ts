import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { loadAreaIndex } from '../../src/lib/regions.ts';
import {
  formatErrors,
  ImportFileError,
  planImport,
  readSpreadsheet,
  readXlsx,
  type ImportContext,
} from '../../scripts/lib/village-import.ts';
import { dateCell, header, source, sourceHeader, xlsx } from '../helpers/village-import.ts';

const areas = await loadAreaIndex();
const context = (existing: Map<string, string> = new Map()): ImportContext => ({
  areas,
  officeIds: new Set(['kanim-kupang']),
  officerIds: new Set(['pimpasa-kanim-kupang']),
  existing,
});
describe('planning an import', () => {
  it('plans one file per valid row, with names never typed', () => {
    const plan = planImport(`${header}\n53.01.16.2007,kanim-kupang,2024-11-04,pimpasa-kanim-kupang,Catatan\n`, context());
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    expect(plan.files).toHaveLength(1);
    expect(plan.files[0]).toMatchObject({ code: '53.01.16.2007', status: 'added' });
    expect(plan.files[0]!.text).toContain('designatedAt: "2024-11-04"');
    expect(plan.files[0]!.text).toContain('example: true');
    expect(plan.files[0]!.text).not.toContain('Nekamese');
  });

  it('lists every bad row with line, column, value and rule, and plans nothing', () => {
    const csv = [
      header,
      '53.01.16.2007,kanim-kupang,2024-11-04,,',
      '53.01.16.2999,kanim-x,2025-13-45,someone,',
      '53.01.16.2007,kanim-kupang,2024-11-04,,',
    ].join('\n');
    const plan = planImport(csv, context());
    expect(plan.ok).toBe(false);
    if (plan.ok) return;
    const text = formatErrors('v.csv', plan.errors);
    expect(text).toContain('v.csv:3: column "code", value "53.01.16.2999": "53.01.16.2999" is not a village in the Kemendagri area data');
    expect(text).toContain('v.csv:3: column "office", value "kanim-x": no office "kanim-x" in content/offices/; known: kanim-kupang');
    expect(text).toContain('v.csv:3: column "designatedAt", value "2025-13-45": must be a real calendar date');
    expect(text).toContain('v.csv:3: column "officers", value "someone": no officer "someone"');
    expect(text).toContain('v.csv:4: column "code", value "53.01.16.2007": this village is already on line 2');
  });

  it('refuses a file without the required columns or with unknown ones', () => {
    const plan = planImport('code,kantor\n53.01.16.2007,kanim-kupang\n', context());
    expect(plan.ok).toBe(false);
    if (plan.ok) return;
    expect(plan.errors.map((e) => e.column)).toEqual(['office', 'designatedAt', 'kantor']);
  });

  it('accepts a code written without dots, and knows it is the same village as the dotted one', () => {
    const plan = planImport('code,office,designatedAt\n5301162007,kanim-kupang,2024-11-04\n', context());
    expect(plan.ok && plan.files[0]).toMatchObject({ code: '53.01.16.2007', status: 'added' });
    expect(plan.ok && plan.files[0]?.text).toContain('code: 53.01.16.2007');
    const twice = planImport(
      'code,office,designatedAt\n53.01.16.2007,kanim-kupang,2024-11-04\n5301162007,kanim-kupang,2024-11-04\n',
      context(),
    );
    expect(!twice.ok && formatErrors('v.csv', twice.errors)).toBe(
      'v.csv:3: column "code", value "5301162007": this village is already on line 2',
    );
  });

  it('checks every cell of a row and lists all its problems, not only the first', () => {
    const csv = [
      'code,office,designatedAt,designatedAtIs,example,source_title,source_url,source_publisher,source_accessedAt',
      '53.01.16.2007,kanim-kupang,2024-11-04,,,,,,',
      '5301162007,kanim-x,2024-02-30,someday,false,Berita,http://kupang.example,,2024-13-01',
      '53.01.08.2013,kanim-x,2024-11-04,someday,false,,,,',
      ',kanim-kupang,,,,,,,',
    ].join('\n');
    const plan = planImport(csv, context());
    expect(plan.ok).toBe(false);
    if (plan.ok) return;
    const lines = formatErrors('v.csv', plan.errors).split('\n');
    expect(lines.filter((l) => l.startsWith('v.csv:3:'))).toEqual([
      'v.csv:3: column "code", value "5301162007": this village is already on line 2',
      expect.stringContaining('v.csv:3: column "office", value "kanim-x": no office "kanim-x"'),
      expect.stringContaining('v.csv:3: column "designatedAt", value "2024-02-30": must be a real calendar date'),
      expect.stringContaining('v.csv:3: column "designatedAtIs", value "someday": '),
      expect.stringContaining('v.csv:3: column "source_url", value "http://kupang.example": must be a full https:// address'),
      'v.csv:3: column "source_publisher": needed too when the row names a source: source_title, source_url, source_publisher, source_accessedAt',
      expect.stringContaining('v.csv:3: column "source_accessedAt", value "2024-13-01": must be a real calendar date'),
    ]);
    // The schema skips its source check after a value of the wrong kind; the import does not.
    expect(lines.filter((l) => l.startsWith('v.csv:4:'))).toEqual([
      expect.stringContaining('v.csv:4: column "office", value "kanim-x"'),
      expect.stringContaining('v.csv:4: column "designatedAtIs", value "someday"'),
      expect.stringContaining('v.csv:4: column "source_url": a confirmed village (example: false) needs at least one source'),
    ]);
    expect(lines.filter((l) => l.startsWith('v.csv:5:'))).toEqual([
      'v.csv:5: column "code": required; the cell is empty',
      'v.csv:5: column "designatedAt": required; the cell is empty',
    ]);
  });

  it('imports a confirmed village with its source, and how its day is known', () => {
    const csv = [
      `code,office,designatedAt,designatedAtIs,example,${sourceHeader.join(',')}`,
      `53.01.16.2007,kanim-kupang,2024-11-04,reported,false,${source.join(',')},2025-01-15`,
    ].join('\n');
    const plan = planImport(csv, context());
    expect(plan.ok, JSON.stringify(!plan.ok && plan.errors)).toBe(true);
    if (!plan.ok) return;
    expect(parseYaml(plan.files[0]!.text)).toEqual({
      code: '53.01.16.2007',
      office: 'kanim-kupang',
      designatedAt: '2024-11-04',
      designatedAtIs: 'reported',
      sources: [{ title: source[0], url: source[1], publisher: source[2], accessedAt: '2025-01-15' }],
      example: false,
    });
  });

  it('keeps what the spreadsheet does not hold, such as sessions, and says unchanged when nothing changed', () => {
    const existing = new Map([
      [
        '53.01.16.2007',
        '# kept\ncode: "53.01.16.2007"\noffice: kanim-kupang\ndesignatedAt: "2024-11-04"\nsessions:\n  - { date: "2026-12-05", start: "09:00", place: { id: Balai desa }, topic: { id: Paspor } }\nexample: true\n',
      ],
    ]);
    const same = planImport('code,office,designatedAt\n53.01.16.2007,kanim-kupang,2024-11-04\n', context(existing));
    expect(same.ok && same.files[0]).toMatchObject({ status: 'unchanged', text: existing.get('53.01.16.2007') });
    const moved = planImport('code,office,designatedAt\n53.01.16.2007,kanim-kupang,2024-12-01\n', context(existing));
    expect(moved.ok && moved.files[0]?.status).toBe('changed');
    expect(moved.ok && moved.files[0]?.text).toContain('date: "2026-12-05"');
  });
});

describe('reading an Excel workbook', () => {
  it('reads the first sheet of a real .xlsx: a code typed as a number, date cells and day numbers as YYYY-MM-DD', async () => {
    const book = await xlsx([
      ['code', 'office', 'designatedAt', 'officers', 'example', ...sourceHeader],
      [5301162007, 'kanim-kupang', dateCell('2024-11-04'), 'pimpasa-kanim-kupang', false, ...source, dateCell('2025-01-15')],
      // A date Excel shows as a number (the cell lost its date format), with a time of day.
      [5301082013, 'kanim-kupang', 45600.75, null, true, null, null, null, null],
    ]);
    const sheet = await readXlsx(book);
    expect(sheet.rows.map((row) => row.cells.slice(0, 5))).toEqual([
      ['5301162007', 'kanim-kupang', '2024-11-04', 'pimpasa-kanim-kupang', 'false'],
      ['5301082013', 'kanim-kupang', '2024-11-04', '', 'true'],
    ]);
    const plan = planImport(sheet, context());
    expect(plan.ok, JSON.stringify(!plan.ok && plan.errors)).toBe(true);
    if (!plan.ok) return;
    expect(plan.files.map((f) => [f.code, f.status])).toEqual([
      ['53.01.16.2007', 'added'],
      ['53.01.08.2013', 'added'],
    ]);
    expect(parseYaml(plan.files[0]!.text)).toEqual({
      code: '53.01.16.2007',
      office: 'kanim-kupang',
      officers: ['pimpasa-kanim-kupang'],
      designatedAt: '2024-11-04',
      sources: [{ title: source[0], url: source[1], publisher: source[2], accessedAt: '2025-01-15' }],
      example: false,
    });
    expect(plan.files[1]!.text).toContain('designatedAt: "2024-11-04"');
  });

  it('lists every problem of a bad .xlsx row with its row number, column name and cell', async () => {
    const sheet = await readXlsx(
      await xlsx([
        ['code', 'office', 'designatedAt', 'officers', 'example'],
        [],
        [5301162999, 'kanim-x', '2024-13-45', 'someone', 'ya'],
        [5301162007, 'kanim-kupang', dateCell('2024-11-04'), null, null],
      ]),
    );
    const plan = planImport(sheet, context());
    expect(plan.ok).toBe(false);
    if (plan.ok) return;
    expect(formatErrors('v.xlsx', plan.errors).split('\n')).toEqual([
      'v.xlsx:3: column "code" (cell A3), value "5301162999": "53.01.16.2999" is not a village in the Kemendagri area data (idn-area-data)',
      'v.xlsx:3: column "office" (cell B3), value "kanim-x": no office "kanim-x" in content/offices/; known: kanim-kupang',
      'v.xlsx:3: column "designatedAt" (cell C3), value "2024-13-45": must be a real calendar date written YYYY-MM-DD, found "2024-13-45"',
      'v.xlsx:3: column "officers" (cell D3), value "someone": no officer "someone" in content/officers/',
      'v.xlsx:3: column "example" (cell E3), value "ya": must be true or false, found "ya"',
    ]);
  });

  it('names the cell of an unknown column in the header', async () => {
    const book = await xlsx([
      ['code', 'office', 'designatedAt', 'kantor'],
      [5301162007, 'kanim-kupang', null, 'x'],
    ]);
    const plan = planImport(await readXlsx(book), context());
    expect(!plan.ok && formatErrors('v.xlsx', plan.errors)).toMatch(
      /^v\.xlsx:1: column "kantor" \(cell D1\), value "kantor": unknown column; allowed: code, /,
    );
  });

  it('refuses a file that is neither .csv nor .xlsx, an old .xls, and an .xlsx that is no workbook', async () => {
    await expect(readSpreadsheet('villages.ods', Buffer.from('x'))).rejects.toThrow(
      new ImportFileError('cannot import a ".ods" file; use a .csv (UTF-8) or an Excel .xlsx file'),
    );
    await expect(readSpreadsheet('villages', Buffer.from('x'))).rejects.toThrow('cannot import a file without an extension');
    await expect(readSpreadsheet('villages.XLS', Buffer.from('x'))).rejects.toThrow('save it as "Excel Workbook (.xlsx)"');
    await expect(readSpreadsheet('villages.xlsx', Buffer.from('code,office\n'))).rejects.toThrow(ImportFileError);
    await expect(readSpreadsheet('villages.xlsx', Buffer.from('code,office\n'))).rejects.toThrow('not an Excel workbook (.xlsx)');
    // A CSV as Excel saves it in an Indonesian locale: a byte order mark, ";" and CRLF.
    const csv = await readSpreadsheet(
      'villages.CSV',
      Buffer.from('\uFEFFcode;office;designatedAt\r\n5301162007;kanim-kupang;2024-11-04\r\n'),
    );
    expect(csv).toMatchObject({
      header: ['code', 'office', 'designatedAt'],
      rows: [{ line: 2, cells: ['5301162007', 'kanim-kupang', '2024-11-04'] }],
    });
  });
});
