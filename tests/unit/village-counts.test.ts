import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { loadAreaIndex } from '../../src/lib/regions.ts';
import { areaNames, inArea, namedInArea, programTotals, touchesRegency } from '../../src/lib/village-counts.ts';
import { createVillageCountSchema } from '../../src/schemas/village-count.ts';
import { issuesOf } from '../helpers/zod.ts';

const areas = await loadAreaIndex();
const source = {
  title: '50 desa binaan di Konawe',
  url: 'https://www.indosultra.com/x',
  publisher: 'Indosultra.com',
  accessedAt: '2026-12-02',
};

describe('count records (content/village-counts/)', () => {
  const schema = createVillageCountSchema({ areas, officeRef: z.string() });
  const konawe = { office: 'kanim-kendari', count: 50, area: ['74.02'], reportedAt: '2025-07-16', sources: [source] };

  it('accepts a regency or districts with a count, a day and a source', () => {
    expect(schema.parse(konawe).count).toBe(50);
    expect(schema.safeParse({ ...konawe, area: ['21.01.10', '21.01.04'] }).success).toBe(true);
  });

  it('names the field and the value it refuses', () => {
    expect(issuesOf(schema, { ...konawe, area: ['74.99'] })).toEqual([
      'area.0: "74.99" is not a province, regency, city or district in the Kemendagri area data (idn-area-data)',
    ]);
    expect(issuesOf(schema, { ...konawe, area: ['7402'] })[0]).toBe(
      'area.0: must be a province code PP (e.g. 11), a regency code PP.RR (e.g. 74.02) or a district code PP.RR.DD (e.g. 21.01.10), found "7402"',
    );
    expect(issuesOf(schema, { ...konawe, area: [] })).toEqual(['area: needs at least one regency (PP.RR) or district (PP.RR.DD) code']);
    expect(issuesOf(schema, { ...konawe, count: 2.5 })).toEqual(['count: must be a whole number of villages, found 2.5']);
    expect(issuesOf(schema, { ...konawe, count: '50' })).toEqual(['count: must be a whole number of villages, found "50"']);
    expect(issuesOf(schema, { ...konawe, count: 0 })).toEqual(['count: must be 1 or more, found 0']);
    expect(issuesOf(schema, { ...konawe, reportedAt: 'Juli 2025' })).toEqual([
      'reportedAt: must be a real calendar date written YYYY-MM-DD, found "Juli 2025"',
    ]);
    expect(issuesOf(schema, { ...konawe, sources: [] })).toEqual(['sources: needs at least one source that reports the count']);
    expect(issuesOf(schema, { ...konawe, villages: 50 })[0]).toMatch(
      /unknown field "villages"; allowed: office, regionalOffice, count, area/,
    );
  });

  it("takes a regional office's count for a whole province, and refuses a province from an office or a record with both or neither reporter", () => {
    const { office: _office, ...noOffice } = konawe;
    const centralJava = { ...noOffice, regionalOffice: 'Kantor Wilayah Direktorat Jenderal Imigrasi Jawa Tengah', count: 44, area: ['33'] };
    expect(schema.parse(centralJava).area).toEqual(['33']);
    expect(issuesOf(schema, { ...konawe, area: ['33'] })).toEqual([
      'area.0: is a whole province (found "33"): only a regional office ("regionalOffice") reports a province; an office gives regencies or districts',
    ]);
    const either = 'office: needs exactly one of "office" (an id of content/offices/) and "regionalOffice" (the regional office\'s name)';
    expect(issuesOf(schema, { ...centralJava, office: 'kanim-semarang' })).toEqual([either]);
    expect(issuesOf(schema, noOffice)).toEqual([either]);
    expect(issuesOf(schema, { ...centralJava, area: ['99'] })).toEqual([
      'area.0: "99" is not a province, regency, city or district in the Kemendagri area data (idn-area-data)',
    ]);
  });
});

describe('matching counts with the villages named here', () => {
  it('finds a village in a regency or in one of the districts, and nowhere else', () => {
    expect(inArea(['74.02'], '74.02.05.2012')).toBe(true);
    expect(inArea(['74.02'], '74.20.05.2012')).toBe(false);
    expect(inArea(['21.01.10'], '21.01.10.2001')).toBe(true);
    expect(inArea(['21.01.10'], '21.01.01.2001')).toBe(false);
    expect(namedInArea(['74.02'], ['74.02.21.2023', '74.02.32.1001', '74.71.01.1001'])).toBe(2);
    expect(touchesRegency(['21.01.10', '21.01.04', '51.08'], '51.08')).toBe(true);
    expect(touchesRegency(['21.01.10', '21.01.04', '51.08'], '21.02')).toBe(false);
  });

  it('finds a village and a regency inside a whole province', () => {
    expect(inArea(['33'], '33.14.07.2003')).toBe(true);
    expect(inArea(['33'], '34.01.08.2001')).toBe(false);
    expect(touchesRegency(['33'], '33.14')).toBe(true);
    expect(touchesRegency(['33'], '34.01')).toBe(false);
    expect(touchesRegency(['21.01.10'], '21.01')).toBe(true);
    expect(areaNames(['33'], areas).provinces.map((p) => p.code)).toEqual(['33']);
  });

  it('names the area from the area data', () => {
    const { regencies, districts } = areaNames(['21.01.10'], areas);
    expect(regencies.map((r) => r.name)).toEqual(['Kabupaten Bintan']);
    expect(districts.map((d) => d.name)).toEqual(['Teluk Sebong']);
  });

  it('totals the program: a later report for the same area replaces an earlier one', () => {
    const totals = programTotals(
      ['74.02.21.2023', '74.02.32.1001', '53.01.04.2003'],
      [
        { area: ['74.02'], count: 30, reportedAt: '2025-01-10' },
        { area: ['74.02'], count: 50, reportedAt: '2025-07-16' },
        { area: ['12.09'], count: 37, reportedAt: '2025-09-30' },
      ],
    );
    expect(totals).toEqual({ named: 3, reported: 87, reports: 2, reportedUntil: '2025-09-30', namedOutsideReports: 1 });
    expect(programTotals([], []).reportedUntil).toBeUndefined();
  });

  it("totals the program: a report inside a wider one (an office's regency in its regional office's province) is not added again", () => {
    const totals = programTotals(
      ['15.05.01.2021', '15.05.01.2006', '74.02.21.2023'],
      [
        { area: ['15'], count: 6, reportedAt: '2025-09-09' },
        { area: ['15.05.01'], count: 2, reportedAt: '2025-09-09' },
        { area: ['74.02'], count: 50, reportedAt: '2025-07-16' },
      ],
    );
    expect(totals).toEqual({ named: 3, reported: 56, reports: 2, reportedUntil: '2025-09-09', namedOutsideReports: 0 });
  });
});
