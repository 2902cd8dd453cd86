/**
 * npm run generate:national [-- --out <folder>] [--provinces 53,52]
 * Writes a content folder (never content/ itself) in which every village of
 * idn-area-data is a program village, for measuring a national-scale build:
 *   CONTENT_DIR=<folder> OUT_DIR=<dist> npm run build   (or npm run bench -- --national)
 * `--provinces` limits the villages to those province codes (tests/scale builds one).
 * Everything of content/ but its villages is copied (guides, UI strings, help lines,
 * fees, agencies, the real offices, ...); each province gets one example office that
 * guides all its villages. All generated records are example data, written so that the
 * schemas accept them (tests/scale/national.test.ts builds them).
 */
import { cp, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { loadAreaIndex } from '../src/lib/regions.ts';

const { values } = parseArgs({ options: { out: { type: 'string' }, provinces: { type: 'string' } } });
const out = resolve(values.out ?? '.tmp/national-content');
if (out === resolve('content')) throw new Error('refusing to write into content/: choose another --out folder');
const only = values.provinces?.split(',').map((code) => code.trim());

const started = Date.now();
const areas = await loadAreaIndex();
const unknown = only?.filter((code) => !areas.provinces.has(code)) ?? [];
if (unknown.length > 0) throw new Error(`--provinces: ${unknown.join(', ')} is not a province code of idn-area-data (e.g. 31, 53)`);

await rm(out, { recursive: true, force: true });
await mkdir(`${out}/villages`, { recursive: true });
for (const part of await readdir('content')) {
  if (part !== 'villages') await cp(`content/${part}`, `${out}/${part}`, { recursive: true });
}
await mkdir(`${out}/offices`, { recursive: true });

/** Where the generated names come from: the area data the build checks every code against. */
const areaSource = {
  title: 'idn-area-data: Indonesia administrative area data (Kemendagri)',
  url: 'https://github.com/fityannugroho/idn-area-data',
  publisher: 'idn-area-data',
  accessedAt: new Date().toISOString().slice(0, 10),
};

const officeOf = new Map<string, string>();
for (const province of areas.provinces.values()) {
  if (only && !only.includes(province.code)) continue;
  const regencies = [...areas.regencies.values()].filter((r) => r.provinceCode === province.code);
  const id = `contoh-${province.slug}`;
  officeOf.set(province.code, id);
  const office = {
    name: `Kantor Imigrasi contoh ${province.name}`,
    kind: 'kanim',
    regency: regencies[0]!.code,
    serves: regencies.map((r) => r.code),
    sources: [areaSource],
    reviewedAt: areaSource.accessedAt,
    example: true,
  };
  await writeFile(`${out}/offices/${id}.yaml`, `# Generated example office for the national-scale build.\n${stringify(office)}`);
}

let count = 0;
const writes: Promise<void>[] = [];
for (const [code] of areas.villages) {
  const office = officeOf.get(code.slice(0, 2));
  if (!office) continue;
  writes.push(writeFile(`${out}/villages/${code}.yaml`, `code: "${code}"\noffice: ${office}\ndesignatedAt: "2024-11-04"\nexample: true\n`));
  count += 1;
  if (writes.length >= 512) await Promise.all(writes.splice(0));
}
await Promise.all(writes);
console.log(`${count} villages in ${officeOf.size} provinces written to ${out} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
