import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { loadAreaIndex, type Area } from '../lib/regions.ts';
import { areaNames, namedInArea, programTotals, touchesRegency, type ProgramTotals } from '../lib/village-counts.ts';
import { groupByArea } from '../lib/villages.ts';
import { villages } from './villages.ts';

export type VillageCount = CollectionEntry<'villageCounts'>['data'] & {
  /** File name without `.yaml`, for error messages and keys. */
  id: string;
  /** The office that reported it; undefined when a regional office did (`regionalOffice`). */
  office: CollectionEntry<'offices'> | undefined;
  /** Who reported it, as readers see it: the office's or the regional office's name. */
  reporter: string;
  /** The whole provinces the report covers (a regional office's report). */
  provinces: Area[];
  /** The regencies the report covers, each with its province (a directory page per regency). */
  regencies: (Area & { province: Area })[];
  /** The districts it names, when it covers districts rather than whole regencies. */
  districts: Area[];
  /** Program villages this site names inside the reported area. */
  namedHere: number;
};

let cache: Promise<VillageCount[]> | undefined;

/** Every count record with its office, area names and the number of villages named here, computed once. */
export function villageCounts(): Promise<VillageCount[]> {
  cache ??= (async () => {
    const [entries, index, all] = await Promise.all([getCollection('villageCounts'), loadAreaIndex(), villages()]);
    const codes = all.filter((v) => !v.example).map((v) => v.code);
    return Promise.all(
      entries
        .sort((a, b) => b.data.reportedAt.localeCompare(a.data.reportedAt) || a.id.localeCompare(b.id))
        .map(async ({ id, data }) => {
          const office = data.office && (await getEntry(data.office));
          if (data.office && !office)
            throw new Error(`content/village-counts/${id}.yaml: field "office": no office "${data.office.id}" in content/offices/`);
          const reporter = office ? office.data.name : data.regionalOffice!;
          const { provinces, regencies, districts } = areaNames(data.area, index);
          const withProvince = regencies.map((r) => {
            const provinceCode = index.regencies.get(r.code)!.provinceCode;
            const p = index.provinces.get(provinceCode)!;
            return { ...r, province: { code: p.code, name: p.name, slug: p.slug } };
          });
          return { ...data, id, office, reporter, provinces, regencies: withProvince, districts, namedHere: namedInArea(data.area, codes) };
        }),
    );
  })();
  return cache;
}

/** The count records that cover a regency (wholly, some of its districts, or its whole province), newest first. */
export async function countsForRegency(regencyCode: string): Promise<VillageCount[]> {
  return (await villageCounts()).filter((c) => touchesRegency(c.area, regencyCode));
}

/** The count records an office reported, newest first. */
export async function countsForOffice(officeId: string): Promise<VillageCount[]> {
  return (await villageCounts()).filter((c) => c.office?.id === officeId);
}

/** The regencies that have a count record, for directory pages even without a named village. */
export async function countedRegencies(): Promise<{ regency: Area; province: Area }[]> {
  return (await villageCounts()).flatMap((c) => c.regencies.map(({ province, ...regency }) => ({ regency, province })));
}

/** The program's totals at build: named here, reported by offices, with the newest report's day. */
export async function programTotalsNow(): Promise<ProgramTotals> {
  const named = (await villages()).filter((v) => !v.example).map((v) => v.code);
  return programTotals(named, await villageCounts());
}

/** The directory's provinces and regencies: regencies with named villages, and those with only a reported count. */
export async function directoryGroups() {
  return groupByArea(await villages(), await countedRegencies());
}
