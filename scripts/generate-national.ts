/**
 * npm run generate:national [-- --out <folder>] [--provinces 53,52]
 * Writes a content folder (never content/ itself) in which every village of
 * idn-area-data is a program village, for measuring a national-scale build:
 *   CONTENT_DIR=<folder> OUT_DIR=<dist> npm run build   (or npm run bench -- --national)
 * Guides, UI strings, help lines, fees and the real offices are copied from content/;
 * each province gets one example office so every village has one. All generated
 * records are example data.
 */
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadAreaIndex } from '../src/lib/regions.ts';

const { values } = parseArgs({ options: { out: { type: 'string' }, provinces: { type: 'string' } } });
const out = resolve(values.out ?? '.tmp/national-content');
if (out === resolve('content')) throw new Error('refusing to write into content/: choose another --out folder');
const only = values.provinces?.split(',');

const started = Date.now();
const areas = await loadAreaIndex();
await rm(out, { recursive: true, force: true });
await mkdir(`${out}/villages`, { recursive: true });
for (const part of ['guides', 'i18n', 'offices', 'officers', 'helplines.yaml', 'fees.yaml', 'external-domains.yaml']) {
  await cp(`content/${part}`, `${out}/${part}`, { recursive: true });
}

const officeOf = new Map<string, string>();
for (const province of areas.provinces.values()) {
  if (only && !only.includes(province.code)) continue;
  const regency = [...areas.regencies.values()].find((r) => r.provinceCode === province.code)!;
  const id = `contoh-${province.slug}`;
  officeOf.set(province.code, id);
  await writeFile(
    `${out}/offices/${id}.yaml`,
    `# Generated example office for the national-scale build.\nname: Kantor Imigrasi contoh ${province.name}\nkind: kanim\nregency: "${regency.code}"\nexample: true\n`,
  );
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
