import { spawnSync } from 'node:child_process';
import { readdir, readFile, rm } from 'node:fs/promises';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, type BuildResult } from '../helpers/build.ts';
import { root, tmpDir } from '../helpers/paths.ts';

/**
 * The national data set (`npm run generate:national`, what `npm run bench -- --national`
 * builds) is generated for one small province and built with the real build, so the
 * generator keeps writing records the schemas accept: it rotted once when offices began
 * to need `sources` and `reviewedAt`.
 */
const province = '31'; // DKI Jakarta: 267 villages, the fewest of any province
const contentDir = `${tmpDir}scale-national-content/`;
const outDir = `${tmpDir}scale-national-dist/`;
let generated: { status: number | null; output: string };
let build: BuildResult;

beforeAll(async () => {
  const run = spawnSync(process.execPath, [`${root}scripts/generate-national.ts`, '--out', contentDir, '--provinces', province], {
    cwd: root,
    encoding: 'utf8',
  });
  generated = { status: run.status, output: `${run.stdout}\n${run.stderr}` };
  if (generated.status === 0) build = astroBuild({ CONTENT_DIR: contentDir, OUT_DIR: outDir });
}, 600_000);

afterAll(async () => {
  await rm(outDir, { recursive: true, force: true });
});

describe('the national data set, one province', () => {
  it('is generated: a village file for every village of the province, nothing else', async () => {
    expect(generated.status, generated.output).toBe(0);
    const files = await readdir(`${contentDir}villages`);
    expect(files).toHaveLength(267);
    expect(files.every((f) => f.startsWith(`${province}.`))).toBe(true);
  });

  it('writes an office with the fields the schema requires (sources, reviewedAt)', async () => {
    const office = parse(await readFile(`${contentDir}offices/contoh-daerah-khusus-ibukota-jakarta.yaml`, 'utf8'));
    expect(office.sources.length).toBeGreaterThan(0);
    expect(office.reviewedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(office.example).toBe(true);
  });

  it('builds with the real build, a page for every village in both languages', async () => {
    expect(build.status, build.output.slice(-4000)).toBe(0);
    for (const prefix of ['', 'en/']) {
      const pages = (await readdir(`${outDir}${prefix}desa/daerah-khusus-ibukota-jakarta/`, { recursive: true })).filter((f) =>
        /^[^/]+\/[^/]+\/index\.html$/.test(f),
      );
      expect(pages).toHaveLength(267);
    }
    const office = await readFile(`${outDir}kantor/contoh-daerah-khusus-ibukota-jakarta/index.html`, 'utf8');
    expect(office).toContain('Kantor Imigrasi contoh Daerah Khusus Ibukota Jakarta');
    expect(build.output).toMatch(/finder: 83762 villages \(267 in the program\)/);
    // No report address in the copied content/report.yaml: the build says so once, not once per language.
    expect(build.output.match(/report a mistake: no address in /g)).toHaveLength(1);
  });
});
