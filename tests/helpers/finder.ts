/** Shared by the finder's unit and scale tests: places from the area data, offices like content/offices/, files served as a site would. */
import { gzipSync } from 'node:zlib';
import { loadAreaIndex, lookupVillage, type VillageArea } from '../../src/lib/regions.ts';
import type { OfficeInput, PlaceInput } from '../../src/lib/finder/build.ts';
import type { FinderRow } from '../../src/lib/finder/format.ts';
import type { FinderAnswer } from '../../src/lib/finder/lookup.ts';
import { villagePath } from '../../src/lib/villages.ts';

export const areas = await loadAreaIndex();
export const gzipSize = (text: string) => gzipSync(text).length;
/** A village as the finder gets it: with its page when it is a program village. */
export const place = (area: VillageArea, program = true): PlaceInput => ({
  code: area.code,
  name: area.name,
  kind: area.kind,
  district: area.district.name,
  regency: area.regency.name,
  province: area.province.name,
  path: program ? villagePath(area) : '',
});
export const placeOfCode = (code: string, program = true) => place(lookupVillage(areas, code) as VillageArea, program);
/** The row a place should have. */
export const expectedRow = (p: PlaceInput): FinderRow => [p.name, p.kind, p.district, p.regency, p.province, p.path, p.code.slice(0, 5)];

/** Offices like content/offices/: one serving two regencies, one serving one, one with no published working area. */
export const offices: OfficeInput[] = [
  { name: 'Kantor Imigrasi Kelas II Non TPI Ponorogo', path: '/kantor/kanim-ponorogo/', regency: '35.02', serves: ['35.02', '35.01'] },
  { name: 'Kantor Imigrasi Kelas I TPI Malang', path: '/kantor/kanim-malang/', regency: '35.73', serves: ['35.73', '35.07'] },
  { name: 'Unit Layanan Paspor Contoh', path: '/kantor/ulp-contoh/', regency: '35.08', serves: [] },
];

/** Each file's size, gzip, measured once. */
const sizes = new WeakMap<Map<string, unknown>, Map<string, number>>();
export const sizeOf = (files: Map<string, unknown>, path: string) => {
  if (!sizes.has(files)) sizes.set(files, new Map());
  const known = sizes.get(files)!;
  if (!known.has(path)) known.set(path, files.has(path) ? gzipSize(JSON.stringify(files.get(path))) : 0);
  return known.get(path)!;
};

/** The finder's files as a site would serve them, missing files undefined; counts what was fetched. */
export function served(files: Map<string, unknown>) {
  const fetched: string[] = [];
  const load = async (path: string) => {
    fetched.push(path);
    return files.get(path);
  };
  const bytes = () => fetched.reduce((n, p) => n + sizeOf(files, p), 0);
  return { load, fetched, bytes };
}
export const rowsOf = (answer: FinderAnswer): FinderRow[] => ('rows' in answer ? answer.rows : []);
/** The rows of an answer, in the given province when the finder asks for one. */
export const rowsIn = async (answer: FinderAnswer, province: string) => ('rows' in answer ? answer.rows : answer.load(province));
