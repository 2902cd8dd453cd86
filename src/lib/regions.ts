import { getDistricts, getProvinces, getRegencies, getVillages } from 'idn-area-data';
import { slugify } from './urls.ts';

/**
 * Indonesia's administrative areas from `idn-area-data` (Kemendagri codes; ODbL).
 * Editors type only a village's code; everything else is derived from here.
 */

export type VillageKind = 'kelurahan' | 'desa' | 'desa-adat';

export interface Area {
  code: string;
  name: string;
  slug: string;
}

export interface VillageArea extends Area {
  kind: VillageKind;
  district: Area;
  regency: Area;
  province: Area;
}

export interface AreaIndex {
  provinces: Map<string, Area>;
  regencies: Map<string, Area & { provinceCode: string }>;
  districts: Map<string, Area & { regencyCode: string }>;
  villages: Map<string, { name: string; districtCode: string }>;
}

/** `PP.RR.DD.VVVV`: province, regency/city, district, village. */
export const villageCodePattern = /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/;
/** `PP.RR`: a regency or city. */
export const regencyCodePattern = /^\d{2}\.\d{2}$/;

let cached: Promise<AreaIndex> | undefined;

/** Loads the area data once per process (about 84k villages, a few MB of memory). */
export function loadAreaIndex(): Promise<AreaIndex> {
  cached ??= (async () => {
    const [provinces, regencies, districts, villages] = await Promise.all([getProvinces(), getRegencies(), getDistricts(), getVillages()]);
    return {
      provinces: new Map(provinces.map((p) => [p.code, { code: p.code, name: p.name, slug: slugify(p.name) }])),
      regencies: new Map(
        regencies.map((r) => [r.code, { code: r.code, name: r.name, slug: slugify(r.name), provinceCode: r.province_code }]),
      ),
      districts: new Map(
        districts.map((d) => [d.code, { code: d.code, name: d.name, slug: slugify(d.name), regencyCode: d.regency_code }]),
      ),
      villages: new Map(villages.map((v) => [v.code, { name: v.name, districtCode: v.district_code }])),
    };
  })();
  return cached;
}

/**
 * The kind of a village from its code: the village part starts with 1 for a kelurahan
 * (urban, run by the regency), 2 for a desa, 3 for a desa adat (customary village).
 */
export function villageKind(code: string): VillageKind {
  const first = code.split('.')[3]?.[0];
  if (first === '1') return 'kelurahan';
  if (first === '3') return 'desa-adat';
  return 'desa';
}

/** The village with its district, regency and province, or undefined for an unknown code. */
export function lookupVillage(index: AreaIndex, code: string): VillageArea | undefined {
  const village = index.villages.get(code);
  if (!village) return undefined;
  const district = index.districts.get(village.districtCode);
  const regency = district && index.regencies.get(district.regencyCode);
  const province = regency && index.provinces.get(regency.provinceCode);
  if (!district || !regency || !province) return undefined;
  return {
    code,
    name: village.name,
    slug: slugify(village.name),
    kind: villageKind(code),
    district: { code: district.code, name: district.name, slug: district.slug },
    regency: { code: regency.code, name: regency.name, slug: regency.slug },
    province: { code: province.code, name: province.name, slug: province.slug },
  };
}

/** The regency or city with its province, or undefined for an unknown code. */
export function lookupRegency(index: AreaIndex, code: string): (Area & { province: Area }) | undefined {
  const regency = index.regencies.get(code);
  const province = regency && index.provinces.get(regency.provinceCode);
  if (!regency || !province) return undefined;
  return { code, name: regency.name, slug: regency.slug, province };
}
