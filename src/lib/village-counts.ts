import type { Area, AreaIndex } from './regions.ts';

/**
 * Counts that offices report without naming every village, matched against the villages
 * this site names. Pure: the route data in `src/data/village-counts.ts` passes the records.
 */

/** Whether an area code is a whole province (`PP`), as a regional office reports it. */
function isProvinceCode(code: string): boolean {
  return code.length === 2;
}

/** The regency code of an area code (a regency `PP.RR` or a district `PP.RR.DD`). */
export function regencyOfArea(code: string): string {
  return code.slice(0, 5);
}

/** Whether the area covers a regency: the regency itself, some of its districts, or its whole province. */
export function touchesRegency(area: readonly string[], regencyCode: string): boolean {
  return area.some((code) => (isProvinceCode(code) ? regencyCode.startsWith(`${code}.`) : regencyOfArea(code) === regencyCode));
}

/** Whether a village code lies in the area (one of its regencies or districts). */
export function inArea(area: readonly string[], villageCode: string): boolean {
  return area.some((code) => villageCode === code || villageCode.startsWith(`${code}.`));
}

/** How many of the given village codes lie in the area: "2 are named here". */
export function namedInArea(area: readonly string[], villageCodes: readonly string[]): number {
  return villageCodes.filter((code) => inArea(area, code)).length;
}

/** The area as readers see it: province names, regency names, or district names with their regency. */
export function areaNames(area: readonly string[], index: AreaIndex): { provinces: Area[]; regencies: Area[]; districts: Area[] } {
  const provinces: Area[] = [];
  const regencies: Area[] = [];
  const districts: Area[] = [];
  for (const code of area) {
    const province = isProvinceCode(code) ? index.provinces.get(code) : undefined;
    if (province) {
      provinces.push({ code, name: province.name, slug: province.slug });
      continue;
    }
    const district = index.districts.get(code);
    if (district) districts.push({ code, name: district.name, slug: district.slug });
    const regency = index.regencies.get(regencyOfArea(code));
    if (regency && !regencies.some((r) => r.code === regency.code))
      regencies.push({ code: regency.code, name: regency.name, slug: regency.slug });
  }
  return { provinces, regencies, districts };
}

/** `YYYY-MM` of a date, for "in July 2025". */
export function monthOf(isoDate: string): string {
  return isoDate.slice(0, 7);
}

export interface ProgramTotals {
  /** Villages named on this site (confirmed, not examples). */
  named: number;
  /** Sum of the counts offices reported, each area counted once (the newest report wins). */
  reported: number;
  /** How many count records that sum comes from. */
  reports: number;
  /** The newest report's day, or undefined without reports. */
  reportedUntil: string | undefined;
  /** Villages named here that lie in no reported area: the site's own addition to the reported sum. */
  namedOutsideReports: number;
}

/**
 * The program's totals, computed at build from the records (never typed): named here,
 * reported by offices (a later report for the same area replaces an earlier one; a report
 * whose whole area lies inside another's, such as an office's regency inside its regional
 * office's province, is taken to be part of that one and not added again), and named
 * villages outside every reported area.
 */
export function programTotals(
  villageCodes: readonly string[],
  counts: readonly { area: readonly string[]; count: number; reportedAt: string }[],
): ProgramTotals {
  const byArea = new Map<string, { area: readonly string[]; count: number; reportedAt: string }>();
  for (const c of counts) {
    const key = [...c.area].sort().join(',');
    const seen = byArea.get(key);
    if (!seen || seen.reportedAt < c.reportedAt) byArea.set(key, c);
  }
  const latest = [...byArea.values()];
  const inside = (inner: { area: readonly string[] }, outer: { area: readonly string[] }) =>
    inner !== outer && inner.area.every((code) => inArea(outer.area, code));
  const kept = latest.filter((c) => !latest.some((other) => inside(c, other)));
  return {
    named: villageCodes.length,
    reported: kept.reduce((n, c) => n + c.count, 0),
    reports: kept.length,
    reportedUntil: kept
      .map((c) => c.reportedAt)
      .sort()
      .at(-1),
    namedOutsideReports: villageCodes.filter((code) => !kept.some((c) => inArea(c.area, code))).length,
  };
}
