/** The import command run as an editor runs it, in its own process (site tier: no build, but a process per case). */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { root } from '../helpers/paths.ts';
import { dateCell, header, source, sourceHeader, xlsx } from '../helpers/village-import.ts';

describe('the import command', () => {
  const runFile = (file: string, content: string, timeZone = 'UTC') =>
    spawnSync(process.execPath, [`${root}scripts/villages-import.ts`, file, '--content', content], {
      encoding: 'utf8',
      env: { ...process.env, TZ: timeZone },
    });
  const run = (csv: string, content: string) => {
    const file = join(content, 'in.csv');
    writeFileSync(file, csv);
    return runFile(file, content);
  };
  const fresh = () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-'));
    for (const folder of ['offices', 'officers', 'villages'])
      cpSync(`${root}tests/fixtures/import/${folder}`, join(dir, folder), { recursive: true });
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
    const csv = `${header}\n53.01.16.2007,kanim-kupang,2024-11-04,pimpasa-kanim-kupang,\n5301082013,kanim-kupang,2024-11-04,,\n`;
    const first = run(csv, dir);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain('2 added, 0 changed, 0 unchanged.');
    const written = readFileSync(join(dir, 'villages', '53.01.16.2007.yaml'), 'utf8');
    expect(readFileSync(join(dir, 'villages', '53.01.08.2013.yaml'), 'utf8')).toContain('code: 53.01.08.2013');
    const second = run(csv, dir);
    expect(second.stdout).toContain('0 added, 0 changed, 2 unchanged.');
    expect(second.stdout).toContain('Nothing changed');
    expect(readFileSync(join(dir, 'villages', '53.01.16.2007.yaml'), 'utf8')).toBe(written);
  });

  it('imports a real .xlsx, with the same days in any time zone, and a second import changes nothing', async () => {
    const dir = fresh();
    const file = join(dir, 'villages.xlsx');
    writeFileSync(
      file,
      await xlsx([
        ['code', 'office', 'designatedAt', 'officers', 'example', ...sourceHeader],
        [5301162007, 'kanim-kupang', dateCell('2024-11-04'), 'pimpasa-kanim-kupang', false, ...source, dateCell('2025-01-15')],
        ['53.01.08.2013', 'kanim-kupang', 45600, null, null, null, null, null, null],
      ]),
    );
    // UTC+14 first, then UTC-11: a day read as local midnight would move in one of them.
    const first = runFile(file, dir, 'Pacific/Kiritimati');
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain('2 added, 0 changed, 0 unchanged.');
    const written = readFileSync(join(dir, 'villages', '53.01.16.2007.yaml'), 'utf8');
    expect(parseYaml(written)).toMatchObject({
      code: '53.01.16.2007',
      designatedAt: '2024-11-04',
      sources: [{ accessedAt: '2025-01-15' }],
      example: false,
    });
    const other = parseYaml(readFileSync(join(dir, 'villages', '53.01.08.2013.yaml'), 'utf8'));
    expect(other).toMatchObject({ designatedAt: '2024-11-04', example: true });
    const second = runFile(file, dir, 'Pacific/Pago_Pago');
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout).toContain('0 added, 0 changed, 2 unchanged.');
    expect(readFileSync(join(dir, 'villages', '53.01.16.2007.yaml'), 'utf8')).toBe(written);
  });

  it('writes nothing when one cell of an .xlsx is bad, and lists every problem', async () => {
    const dir = fresh();
    const file = join(dir, 'villages.xlsx');
    writeFileSync(
      file,
      await xlsx([
        ['code', 'office', 'designatedAt'],
        [5301162007, 'kanim-kupang', dateCell('2024-11-04')],
        [5301082013, 'kanim-x', 'besok'],
      ]),
    );
    const result = runFile(file, dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('villages.xlsx:3: column "office" (cell B3), value "kanim-x"');
    expect(result.stderr).toContain('villages.xlsx:3: column "designatedAt" (cell C3), value "besok"');
    expect(result.stderr).toContain('2 problem(s); nothing was written.');
    expect(readdirSync(join(dir, 'villages'))).toEqual(['.gitkeep']);
  });

  it('refuses a file that is neither .csv nor .xlsx and writes nothing', () => {
    const dir = fresh();
    const file = join(dir, 'villages.txt');
    writeFileSync(file, `${header}\n53.01.16.2007,kanim-kupang,2024-11-04,,\n`);
    const result = runFile(file, dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(
      'villages.txt: cannot import a ".txt" file; use a .csv (UTF-8) or an Excel .xlsx file; nothing was written.',
    );
    expect(readdirSync(join(dir, 'villages'))).toEqual(['.gitkeep']);
  });
});
