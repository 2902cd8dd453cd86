import { villageRecord, type VillageRecord } from '../lib/open-data.ts';
import { absoluteUrl } from '../lib/urls.ts';
import { villages } from './villages.ts';

/** Every program village as an open-data row, sorted by area code. */
export async function villageRecords(site: URL): Promise<VillageRecord[]> {
  return (await villages())
    .map((v) => villageRecord(v, { id: v.office.id, name: v.office.data.name }, absoluteUrl(v.path, site)))
    .sort((a, b) => a.code.localeCompare(b.code));
}
