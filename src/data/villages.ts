import { getCollection, getEntries, getEntry, type CollectionEntry } from 'astro:content';
import type { VillageArea } from '../lib/regions.ts';
import { showsExampleData, villagePath } from '../lib/villages.ts';
import { printPath } from '../lib/urls.ts';
import type { Translator } from './ui.ts';

export type Village = CollectionEntry<'villages'>['data'] & {
  /** Language-neutral address of the village page. */
  path: string;
  /** The poster's address. */
  printPath: string;
  office: CollectionEntry<'offices'>;
  officers: CollectionEntry<'officers'>[];
  /** True when the village, its office or one of its officers is example data: every page that shows it says so. */
  showsExample: boolean;
};

let cache: Promise<Village[]> | undefined;

/** Every program village with its office and officers resolved and its route facts computed once. */
export function villages(): Promise<Village[]> {
  cache ??= (async () => {
    const entries = await getCollection('villages');
    return Promise.all(
      entries.map(async ({ data }) => {
        const office = await getEntry(data.office);
        if (!office)
          throw new Error(`content/villages/${data.code}.yaml: field "office": no office "${data.office.id}" in content/offices/`);
        const officers = await getEntries(data.officers);
        const path = villagePath(data.area);
        return {
          ...data,
          path,
          printPath: printPath(path),
          office,
          officers,
          showsExample: showsExampleData(
            data,
            office.data,
            officers.map((o) => o.data),
          ),
        };
      }),
    );
  })();
  return cache;
}

/** A village's name as readers see it: "Desa Oepaha", "Kelurahan Dabo". */
export function villageTitle(area: Pick<VillageArea, 'kind' | 'name'>, t: Translator): string {
  return t('village.title', { kind: t(`village.kindShort.${area.kind}`), name: area.name });
}

/** The offices, each with the villages it guides. */
export async function offices(): Promise<{ office: CollectionEntry<'offices'>; villages: Village[] }[]> {
  const all = await villages();
  return (await getCollection('offices'))
    .map((office) => ({ office, villages: all.filter((v) => v.office.id === office.id) }))
    .sort((a, b) => a.office.data.name.localeCompare(b.office.data.name, 'id'));
}
