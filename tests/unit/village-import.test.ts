import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAreaIndex } from '../../src/lib/regions.ts';
import { formatErrors, planImport, type ImportContext } from '../../scripts/lib/village-import.ts';
import { root } from '../helpers/paths.ts';

const areas = await loadAreaIndex();
const context = (existing: Map<string, string> = new Map()): ImportContext => ({
  areas,
  officeIds: new Set(['kanim-kupang']),
  officerIds: new Set(['pimpasa-kanim-kupang']),
  existing,
});
const header = 'code,office,designatedAt,officers,notes_id';

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

  it('keeps what the spreadsheet does not hold, such as sessions, and says unchanged when nothing changed', () => {
    const existing = new Map([[
      '53.01.16.2007',
      '# kept\ncode: "53.01.16.2007"\noffice: kanim-kupang\ndesignatedAt: "2024-11-04"\nsessions:\n  - { date: "2026-12-05", start: "09:00", place: { id: Balai desa }, topic: { id: Paspor } }\nexample: true\n',
    ]]);
    const same = planImport('code,office,designatedAt\n53.01.16.2007,kanim-kupang,2024-11-04\n', context(existing));
    expect(same.ok && same.files[0]).toMatchObject({ status: 'unchanged', text: existing.get('53.01.16.2007') });
    const moved = planImport('code,office,designatedAt\n53.01.16.2007,kanim-kupang,2024-12-01\n', context(existing));
    expect(moved.ok && moved.files[0]?.status).toBe('changed');
    expect(moved.ok && moved.files[0]?.text).toContain('date: "2026-12-05"');
  });
});

describe('the import command', () => {
  const run = (csv: string, content: string) => {
    const file = join(content, 'in.csv');
    writeFileSync(file, csv);
    return spawnSync(process.execPath, [`${root}scripts/villages-import.ts`, file, '--content', content], { encoding: 'utf8' });
  };
  const fresh = () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-'));
    for (const folder of ['offices', 'officers', 'villages']) cpSync(`${root}tests/fixtures/import/${folder}`, join(dir, folder), { recursive: true });
    return dir;
  };

  it('writes nothing when one row is bad', () => {
    const dir = fresh();
    const result = run(`${header}\n53.01.16.2007,kanim-kupang,2024-11-04,,\n53.01.16.2999,kanim-kupang,2024-11-04,,\n`, dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('in.csv:3: column "code"');
    expect(result.stderr).toContain('nothing was written');
    expect(readdirSync(join(dir, 'villages'))).toEqual(['.gitkeep']);
  });

  it('writes every village, then reports a second import as unchanged', () => {
    const dir = fresh();
    const csv = `${header}\n53.01.16.2007,kanim-kupang,2024-11-04,pimpasa-kanim-kupang,\n53.01.08.2013,kanim-kupang,2024-11-04,,\n`;
    const first = run(csv, dir);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain('2 added, 0 changed, 0 unchanged.');
    const written = readFileSync(join(dir, 'villages', '53.01.16.2007.yaml'), 'utf8');
    const second = run(csv, dir);
    expect(second.stdout).toContain('0 added, 0 changed, 2 unchanged.');
    expect(second.stdout).toContain('Nothing changed');
    expect(readFileSync(join(dir, 'villages', '53.01.16.2007.yaml'), 'utf8')).toBe(written);
  });
});
