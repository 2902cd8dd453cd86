import { getCollection, getEntries, getEntry, type CollectionEntry } from 'astro:content';
import { villagePath } from '../lib/villages.ts';

export type Village = CollectionEntry<'villages'>['data'] & {
  path: string;
  office: CollectionEntry<'offices'>;
  officers: CollectionEntry<'officers'>[];
};

let cache: Promise<Village[]> | undefined;

/** Every program village with its office and officers resolved and its address computed. */
export function villages(): Promise<Village[]> {
  cache ??= (async () => {
    const entries = await getCollection('villages');
    return Promise.all(
      entries.map(async ({ data }) => {
        const office = await getEntry(data.office);
        if (!office) throw new Error(`content/villages/${data.code}.yaml: field "office": no office "${data.office.id}" in content/offices/`);
        const officers = await getEntries(data.officers);
        return { ...data, path: villagePath(data.area), office, officers };
      }),
    );
  })();
  return cache;
}

/** The offices, each with the villages it guides. */
export async function offices(): Promise<{ office: CollectionEntry<'offices'>; villages: Village[] }[]> {
  const all = await villages();
  return (await getCollection('offices'))
    .map((office) => ({ office, villages: all.filter((v) => v.office.id === office.id) }))
    .sort((a, b) => a.office.data.name.localeCompare(b.office.data.name, 'id'));
}
