import { beforeEach, describe, expect, it, vi } from 'vitest';
import { loadAreaIndex, lookupVillage } from '../../src/lib/regions.ts';
import { setCollections } from '../helpers/memory-content.ts';

/**
 * Route data (src/data/) against collections held in memory (tests/helpers/memory-content.ts):
 * what each page is computed from, and the errors bad content gets, with no build.
 */

const areas = await loadAreaIndex();
const guide = (id: string, data: Record<string, unknown> = {}) => ({
  id,
  data: { title: id, topic: id.split('/')[1], order: 100, reviewedAt: '2026-12-01', ...data },
});
const office = (id: string, example = false) => ({ id, data: { name: id, kind: 'kanim', regency: '53.71', example } });
const village = (code: string, officeId: string, example = false) => ({
  id: code,
  data: { code, area: lookupVillage(areas, code), office: { collection: 'offices', id: officeId }, officers: [], example },
});

/** The route modules compute once per build: a fresh copy for each set of collections. */
async function load<T>(path: string): Promise<T> {
  vi.resetModules();
  return (await import(path)) as T;
}
type Guides = typeof import('../../src/data/guides.ts');
type Villages = typeof import('../../src/data/villages.ts');

describe('guide pages', () => {
  beforeEach(() => vi.spyOn(console, 'warn').mockImplementation(() => {}));

  it('gives every guide a page in every language: its translation, else the Indonesian original as a fallback', async () => {
    setCollections({ guides: [guide('id/paspor/syarat'), guide('en/paspor/syarat'), guide('id/paspor/biaya')] });
    const pages = await (await load<Guides>('../../src/data/guides.ts')).guidePages();
    const at = (locale: string, path: string) => pages.find((p) => p.locale === locale && p.path === path)!;
    expect(at('en', '/paspor/syarat/')).toMatchObject({ fallback: false, contentLocale: 'en', translations: ['id', 'en'] });
    expect(at('en', '/paspor/biaya/')).toMatchObject({ fallback: true, contentLocale: 'id', translations: ['id'] });
    expect(at('en', '/paspor/biaya/').entry.id).toBe('id/paspor/biaya');
    expect(at('id', '/paspor/syarat/').printPath).toBe('/cetak/paspor/syarat/');
  });

  it('makes a topic page with its booklet, and links the guides a road names back to it', async () => {
    const road = [
      { title: 'Paspor', summary: 'Buat paspor', guide: 'paspor/syarat' },
      { title: 'Biaya', summary: 'Bayar', guide: 'paspor' },
      { title: 'Lagi', summary: 'Lagi', guide: 'paspor/syarat' },
    ];
    setCollections({ guides: [guide('id/paspor/index', { road }), guide('id/paspor/syarat')] });
    const pages = await (await load<Guides>('../../src/data/guides.ts')).guidePages();
    const topic = pages.find((p) => p.locale === 'id' && p.path === '/paspor/')!;
    expect(topic).toMatchObject({ isTopicIndex: true, bookletPath: '/cetak/buku/paspor/' });
    expect(pages.find((p) => p.locale === 'id' && p.path === '/paspor/syarat/')!.partOf).toEqual([
      { path: '/paspor/', title: 'id/paspor/index', steps: [1, 3], total: 3 },
    ]);
  });

  it.each([
    [
      'a guide filed under another topic',
      [guide('id/paspor/syarat', { topic: 'bantuan' })],
      /content\/guides\/id\/paspor\/syarat\.mdx: field "topic" is "bantuan"/,
    ],
    [
      'a translation without an Indonesian original',
      [guide('id/paspor/syarat'), guide('en/paspor/lain')],
      /content\/guides\/en\/paspor\/lain\.mdx: no Indonesian original/,
    ],
    [
      'a folder that is no shipped language',
      [guide('xx/paspor/syarat')],
      /content\/guides\/xx\/paspor\/syarat\.mdx: "xx" is not a shipped language folder/,
    ],
    [
      'a road step that names no guide',
      [guide('id/paspor/index', { road: [{ title: 'X', summary: 'Y', guide: 'paspor/hilang' }] })],
      /road step 1 \("X"\): field "guide" is "paspor\/hilang"/,
    ],
  ])('refuses %s, naming the file and the field', async (_, guides, message) => {
    setCollections({ guides });
    await expect((await load<Guides>('../../src/data/guides.ts')).guidePages()).rejects.toThrow(message);
  });
});

describe('village pages', () => {
  it('computes each village page once: its address, poster and whether it shows example data', async () => {
    setCollections({
      offices: [office('kanim-kupang'), office('kanim-contoh', true)],
      villages: [village('53.01.16.2007', 'kanim-kupang'), village('53.01.08.2013', 'kanim-contoh')],
    });
    const all = await (await load<Villages>('../../src/data/villages.ts')).villages();
    const [oepaha, other] = all;
    expect(oepaha!.path).toMatch(/^\/desa\/nusa-tenggara-timur\/kabupaten-kupang\/oepaha-5301162007\/$/);
    expect(oepaha!.printPath).toBe(`/cetak${oepaha!.path}`);
    expect(oepaha!.showsExample).toBe(false);
    // An example office makes its village's page say it shows example data.
    expect(other!.showsExample).toBe(true);
  });

  it('refuses a village whose office does not exist, naming the file and the field', async () => {
    setCollections({ offices: [], villages: [village('53.01.16.2007', 'kanim-hilang')] });
    await expect((await load<Villages>('../../src/data/villages.ts')).villages()).rejects.toThrow(
      'content/villages/53.01.16.2007.yaml: field "office": no office "kanim-hilang" in content/offices/',
    );
  });

  it('lists each office with the villages it guides, by name', async () => {
    setCollections({
      offices: [office('kanim-kupang'), office('kanim-atambua')],
      villages: [village('53.01.16.2007', 'kanim-kupang')],
    });
    const list = await (await load<Villages>('../../src/data/villages.ts')).offices();
    expect(list.map((o) => [o.office.id, o.villages.length])).toEqual([
      ['kanim-atambua', 0],
      ['kanim-kupang', 1],
    ]);
  });
});
