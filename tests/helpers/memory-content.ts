/**
 * `astro:content` for the unit tier: collections held in memory, filled by the test
 * (Starlight tests its route data the same way). vitest.config.ts points the `unit`
 * project's `astro:content` here, so src/data/ runs with no build.
 */
interface Entry {
  id: string;
  collection: string;
  data: unknown;
}
type Reference = { collection: string; id: string };

// On globalThis: tests re-import the route modules (vi.resetModules), and with them this one.
const shared = globalThis as { memoryCollections?: Map<string, Entry[]> };
const store = (shared.memoryCollections ??= new Map<string, Entry[]>());

/** Replaces every collection with these entries (`{ villages: [{ id, data }], ... }`). */
export function setCollections(collections: Record<string, { id: string; data: unknown }[]>): void {
  store.clear();
  for (const [collection, entries] of Object.entries(collections)) {
    store.set(
      collection,
      entries.map((e) => ({ ...e, collection })),
    );
  }
}

export async function getCollection(collection: string): Promise<Entry[]> {
  return store.get(collection) ?? [];
}

export async function getEntry(ref: Reference | string, id?: string): Promise<Entry | undefined> {
  const { collection, id: key } = typeof ref === 'string' ? { collection: ref, id: id! } : ref;
  return store.get(collection)?.find((e) => e.id === key);
}

export async function getEntries(refs: Reference[]): Promise<Entry[]> {
  return Promise.all(refs.map(async (ref) => (await getEntry(ref))!));
}

export const reference = (collection: string) => collection;
