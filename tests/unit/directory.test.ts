import { describe, expect, it } from 'vitest';
import type { Area } from '../../src/lib/regions.ts';
import { regencyPartLabel, regencyPartPath, splitRegency, villagesPerDirectoryPage } from '../../src/lib/villages.ts';

const area = (name: string): Area => ({ code: name, name, slug: name.toLowerCase() });
const district = (name: string, n: number) => ({ district: area(name), villages: Array.from({ length: n }, (_, i) => i) });

describe('a large regency on several directory pages', () => {
  it('keeps a regency within the limit on one page', () => {
    const parts = splitRegency([district('A', 100), district('B', 300)]);
    expect(parts.map((p) => p.districts.map((d) => d.district.name))).toEqual([['A', 'B']]);
  });

  it('splits between whole districts, at most the limit per page', () => {
    const parts = splitRegency([district('A', 150), district('B', 150), district('C', 150), district('D', 108), district('E', 300)]);
    expect(parts.map((p) => p.districts.map((d) => d.district.name))).toEqual([['A', 'B'], ['C', 'D'], ['E']]);
    expect(parts.map((p) => p.number)).toEqual([1, 2, 3]);
    for (const p of parts) expect(p.districts.reduce((n, d) => n + d.villages.length, 0)).toBeLessThanOrEqual(villagesPerDirectoryPage);
  });

  it('never splits a district, even one over the limit', () => {
    expect(splitRegency([district('A', 450), district('B', 10)]).map((p) => p.districts.length)).toEqual([1, 1]);
  });

  it('gives the first part the regency address, the others /bagian-<n>/', () => {
    const p = area('Aceh');
    const r = area('Kabupaten-Aceh-Utara');
    expect(regencyPartPath(p, r, 1)).toBe('/desa/aceh/kabupaten-aceh-utara/');
    expect(regencyPartPath(p, r, 2)).toBe('/desa/aceh/kabupaten-aceh-utara/bagian-2/');
  });

  it('names a part by its districts, or by its one district', () => {
    const t = (key: string, v: Record<string, string>) => `${key} ${Object.values(v).join('|')}`;
    const [first, second] = splitRegency([district('A', 300), district('B', 50), district('C', 300)]);
    expect(regencyPartLabel(first!, t)).toBe('directory.part.range A|B');
    expect(regencyPartLabel(second!, t)).toBe('directory.part.one C');
  });
});
