import type { Area, VillageArea } from './regions.ts';
import { normalizePath } from './urls.ts';

/**
 * Addresses and grouping of program villages. Village names repeat across Indonesia
 * (there are nine Cicadas), so a village's address ends with its area code: it is
 * unique and never changes when a name is respelled.
 */

/** `/desa/<province>/`. */
export function provincePath(province: Area): string {
  return normalizePath(`desa/${province.slug}`);
}

/** `/desa/<province>/<regency>/`. */
export function regencyPath(province: Area, regency: Area): string {
  return normalizePath(`desa/${province.slug}/${regency.slug}`);
}

/** `/desa/<province>/<regency>/<village>-<code digits>/`, e.g. `/desa/jawa-barat/kabupaten-subang/cicadas-3213012004/`. */
export function villagePath(area: VillageArea): string {
  const digits = area.code.replaceAll('.', '');
  return normalizePath(`${regencyPath(area.province, area.regency)}${area.slug}-${digits}`);
}

export interface RegencyGroup<V> {
  regency: Area;
  villages: V[];
  /** The villages by district, on one directory page or several (see {@link splitRegency}). */
  parts: RegencyPart<V>[];
}

export interface ProvinceGroup<V> {
  province: Area;
  regencies: RegencyGroup<V>[];
  count: number;
}

/**
 * Groups villages by province and regency, each level sorted by name. `alsoRegencies`
 * adds regencies with no named village (an office reported a count there), so their
 * directory page exists with an empty list.
 */
export function groupByArea<V extends { area: VillageArea }>(
  villages: readonly V[],
  alsoRegencies: readonly { regency: Area; province: Area }[] = [],
): ProvinceGroup<V>[] {
  const provinces = new Map<string, { province: Area; regencies: Map<string, RegencyGroup<V>> }>();
  for (const { province, regency } of alsoRegencies) {
    const p = provinces.get(province.code) ?? { province, regencies: new Map() };
    provinces.set(province.code, p);
    if (!p.regencies.has(regency.code)) p.regencies.set(regency.code, { regency, villages: [], parts: [] });
  }
  for (const village of villages) {
    const { province, regency } = village.area;
    const p = provinces.get(province.code) ?? { province, regencies: new Map() };
    provinces.set(province.code, p);
    const r = p.regencies.get(regency.code) ?? { regency, villages: [], parts: [] };
    p.regencies.set(regency.code, r);
    r.villages.push(village);
  }
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'id');
  return [...provinces.values()]
    .map(({ province, regencies }) => {
      const list = [...regencies.values()].sort((a, b) => byName(a.regency, b.regency));
      for (const r of list) {
        r.villages.sort((a, b) => byName(a.area, b.area) || a.area.code.localeCompare(b.area.code));
        r.parts = splitRegency(groupByDistrict(r.villages));
      }
      return { province, regencies: list, count: list.reduce((n, r) => n + r.villages.length, 0) };
    })
    .sort((a, b) => byName(a.province, b.province));
}

/** Groups one regency's villages by district, districts sorted by name. */
export function groupByDistrict<V extends { area: VillageArea }>(villages: readonly V[]): { district: Area; villages: V[] }[] {
  const districts = new Map<string, { district: Area; villages: V[] }>();
  for (const village of villages) {
    const d = districts.get(village.area.district.code) ?? { district: village.area.district, villages: [] };
    districts.set(village.area.district.code, d);
    d.villages.push(village);
  }
  return [...districts.values()].sort((a, b) => a.district.name.localeCompare(b.district.name, 'id'));
}

/**
 * Villages on one directory page at most: about 16 bytes gzip each, so a page of 400
 * stays near 10 KB, inside the one-round-trip budget of 14 KB.
 */
export const villagesPerDirectoryPage = 400;

/** One page of a regency's village list: whole districts, in order. */
export interface RegencyPart<V> {
  /** 1 for the regency's own page, 2... for `/bagian-<n>/`. */
  number: number;
  districts: { district: Area; villages: V[] }[];
}

/**
 * Splits a regency's districts into pages of at most `max` villages, never splitting a
 * district (the largest has about 110 villages). At national scale 20 regencies have
 * more than 400 program villages (Kabupaten Aceh Utara: 852).
 */
export function splitRegency<V>(districts: readonly { district: Area; villages: V[] }[], max = villagesPerDirectoryPage): RegencyPart<V>[] {
  const parts: RegencyPart<V>[] = [];
  let count = 0;
  for (const d of districts) {
    const current = parts.at(-1);
    if (!current || (count + d.villages.length > max && current.districts.length > 0)) {
      parts.push({ number: parts.length + 1, districts: [d] });
      count = d.villages.length;
    } else {
      current.districts.push(d);
      count += d.villages.length;
    }
  }
  return parts;
}

/** How a part is named: the districts it covers ("Kecamatan Bayat sampai Wedi", or one district). */
export function regencyPartLabel(
  part: RegencyPart<unknown>,
  t: (key: 'directory.part.one' | 'directory.part.range', values: Record<string, string>) => string,
): string {
  const from = part.districts[0]!.district.name;
  const to = part.districts.at(-1)!.district.name;
  return from === to ? t('directory.part.one', { name: from }) : t('directory.part.range', { from, to });
}

/** `/desa/<province>/<regency>/` for part 1, `/desa/<province>/<regency>/bagian-<n>/` after it. */
export function regencyPartPath(province: Area, regency: Area, number: number): string {
  return number === 1 ? regencyPath(province, regency) : normalizePath(`${regencyPath(province, regency)}bagian-${number}`);
}

/** Sessions on or after `today` (soonest first), and those before it (latest first); a session without a time sorts first on its day. */
export function splitSessions<S extends { date: string; start?: string | undefined }>(
  sessions: readonly S[],
  today: string,
): { upcoming: S[]; past: S[] } {
  const key = (s: S) => `${s.date}T${s.start ?? ''}`;
  const upcoming = sessions.filter((s) => s.date >= today).sort((a, b) => key(a).localeCompare(key(b)));
  const past = sessions.filter((s) => s.date < today).sort((a, b) => key(b).localeCompare(key(a)));
  return { upcoming, past };
}

/**
 * Whether a page that shows this village shows example data: the village, its office
 * or one of its officers is an example. One rule for the village page, its poster, the
 * directory, the office page, the feed and the open data.
 */
export function showsExampleData(
  village: { example: boolean },
  office: { example: boolean },
  officers: readonly { example: boolean }[] = [],
): boolean {
  return village.example || office.example || officers.some((o) => o.example);
}
