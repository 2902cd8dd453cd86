import { describe, expect, it } from 'vitest';
import { loadAreaIndex, lookupVillage, type VillageArea } from '../../src/lib/regions.ts';
import { groupByArea, groupByDistrict, splitSessions, villagePath } from '../../src/lib/villages.ts';

const areas = await loadAreaIndex();
const village = (code: string) => ({ area: lookupVillage(areas, code) as VillageArea });

describe('village addresses', () => {
  it('end with the area code, so villages with one name get different addresses', () => {
    const a = villagePath(village('32.13.01.2004').area);
    const b = villagePath(village('32.13.08.2001').area);
    expect(a).toBe('/desa/jawa-barat/kabupaten-subang/cicadas-3213012004/');
    expect(b).toBe('/desa/jawa-barat/kabupaten-subang/cicadas-3213082001/');
  });
});

describe('grouping', () => {
  it('groups by province and regency with counts, sorted by name', () => {
    const groups = groupByArea([village('53.01.16.2007'), village('32.13.01.2004'), village('53.02.23.2002'), village('53.01.08.2013')]);
    expect(groups.map((g) => [g.province.name, g.count])).toEqual([
      ['Jawa Barat', 1],
      ['Nusa Tenggara Timur', 3],
    ]);
    expect(groups[1]!.regencies.map((r) => [r.regency.name, r.villages.length])).toEqual([
      ['Kabupaten Kupang', 2],
      ['Kabupaten Timor Tengah Selatan', 1],
    ]);
    expect(groups[1]!.regencies[0]!.villages.map((v) => v.area.name)).toEqual(['Mata Air', 'Oepaha']);
    // A small regency is one directory page, its villages by district.
    expect(groups[1]!.regencies[0]!.parts.map((p) => [p.number, p.districts.flatMap((d) => d.villages.map((v) => v.area.name))])).toEqual([
      [1, expect.arrayContaining(['Mata Air', 'Oepaha'])],
    ]);
  });

  it('adds a regency that has only a reported count, with no village and no page part', () => {
    const asahan = { code: '12.09', name: 'Kabupaten Asahan', slug: 'kabupaten-asahan' };
    const sumut = { code: '12', name: 'Sumatera Utara', slug: 'sumatera-utara' };
    const groups = groupByArea([village('53.01.16.2007')], [{ regency: asahan, province: sumut }]);
    expect(groups.map((g) => [g.province.name, g.count])).toEqual([
      ['Nusa Tenggara Timur', 1],
      ['Sumatera Utara', 0],
    ]);
    expect(groups[1]!.regencies).toEqual([{ regency: asahan, villages: [], parts: [] }]);
  });

  it('groups a regency by district', () => {
    const districts = groupByDistrict([village('53.01.16.2007'), village('53.01.08.2013')]);
    expect(districts.map((d) => d.district.name)).toEqual(['Kupang Tengah', 'Nekamese']);
  });
});

describe('sessions', () => {
  it('splits at today: a session today is still upcoming', () => {
    const s = (date: string, start = '09:00') => ({ date, start });
    const { upcoming, past } = splitSessions(
      [s('2026-12-01'), s('2026-11-27', '13:00'), s('2026-11-27'), s('2026-01-05'), s('2026-06-01')],
      '2026-11-27',
    );
    expect(upcoming).toEqual([s('2026-11-27'), s('2026-11-27', '13:00'), s('2026-12-01')]);
    expect(past).toEqual([s('2026-06-01'), s('2026-01-05')]);
  });

  it('keeps a past session reported without a time, latest first', () => {
    const reported = { date: '2025-06-26' };
    const { upcoming, past } = splitSessions<{ date: string; start?: string }>(
      [reported, { date: '2025-11-04', start: '09:00' }],
      '2026-12-02',
    );
    expect(upcoming).toEqual([]);
    expect(past).toEqual([{ date: '2025-11-04', start: '09:00' }, reported]);
  });
});
