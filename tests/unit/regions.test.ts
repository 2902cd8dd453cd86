import { describe, expect, it } from 'vitest';
import { loadAreaIndex, lookupRegency, lookupVillage, villageKind } from '../../src/lib/regions.ts';

describe('area codes', async () => {
  const areas = await loadAreaIndex();

  it('holds the whole country', () => {
    expect(areas.provinces.size).toBe(38);
    expect(areas.regencies.size).toBe(514);
    expect(areas.villages.size).toBe(83762);
  });

  it('derives district, regency and province from a village code', () => {
    const village = lookupVillage(areas, '11.01.01.2001');
    expect(village).toMatchObject({
      name: 'Keude Bakongan',
      kind: 'desa',
      district: { code: '11.01.01', name: 'Bakongan' },
      regency: { code: '11.01', name: 'Kabupaten Aceh Selatan' },
      province: { code: '11', name: 'Aceh' },
    });
  });

  it('knows nothing of codes that do not exist', () => {
    expect(lookupVillage(areas, '99.99.99.9999')).toBeUndefined();
    expect(lookupRegency(areas, '53.99')).toBeUndefined();
    expect(lookupRegency(areas, '53.01')?.province.name).toBe('Nusa Tenggara Timur');
  });

  it('tells a kelurahan from a desa by the code', () => {
    expect(villageKind('33.73.04.1001')).toBe('kelurahan');
    expect(villageKind('53.01.01.2001')).toBe('desa');
    expect(villageKind('51.01.01.3001')).toBe('desa-adat');
  });
});
