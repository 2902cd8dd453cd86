import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadAreaIndex, lookupVillage, type VillageArea } from '../../src/lib/regions.ts';
import {
  buildFinderFiles, findPlaces, finderAlphabet, matchingNameWords, maxRowsPerFile, nameWords, pickAnchors, queryWords,
  rowMatches, type FinderAnswer, type FinderRow,
} from '../../src/lib/village-finder.ts';
import { villagePath } from '../../src/lib/villages.ts';

const areas = await loadAreaIndex();
const place = (area: VillageArea) => ({
  code: area.code, name: area.name, kind: area.kind, district: area.district.name, regency: area.regency.name,
  province: area.province.name, path: villagePath(area),
});
const placeOf = (code: string) => place(lookupVillage(areas, code) as VillageArea);

/** The finder's files as a site would serve them: JSON text, missing files undefined. */
function served(files: Map<string, unknown>) {
  const fetched: string[] = [];
  const load = async (path: string) => {
    fetched.push(path);
    const file = files.get(path);
    return file === undefined ? undefined : JSON.parse(JSON.stringify(file));
  };
  const bytes = () => fetched.reduce((n, p) => n + (files.has(p) ? gzipSync(JSON.stringify(files.get(p))).length : 0), 0);
  return { load, fetched, bytes };
}
const rowsOf = (answer: FinderAnswer): FinderRow[] => ('rows' in answer ? answer.rows : []);

describe('words', () => {
  it('normalises names: lower case, no accents or apostrophes, split on anything else', () => {
    expect(nameWords("Ma'u Oe-Paha  Sukamaju II")).toEqual(['mau', 'oe', 'paha', 'sukamaju', 'ii']);
    expect(nameWords('Éxample')).toEqual(['example']);
  });

  it('drops place words and short words from a query, and keeps at most four', () => {
    expect(queryWords('Desa Sukamaju, Kec. Cibinong Kabupaten Bogor')).toEqual(['sukamaju', 'cibinong', 'bogor']);
    expect(queryWords('di a b c d e f g h')).toEqual([]);
    expect(queryWords('satu dua tiga empat lima')).toHaveLength(4);
  });

  it('looks up a word itself when a name has it, otherwise (five letters or more) the names it starts', () => {
    expect(matchingNameWords('suka', 'suka sukajaya sukamaju')).toEqual(['suka']);
    expect(matchingNameWords('sukam', 'suka sukajaya sukamaju sukamulya')).toEqual(['sukamaju', 'sukamulya']);
    expect(matchingNameWords('calo', 'calok calong')).toEqual([]);
    expect(matchingNameWords('paspor', 'pasar pasir')).toEqual([]);
  });

  it('tries the matching words in the order typed', () => {
    const lists = new Map([['suk', 'sukamaju'], ['cib', 'cibinong']]);
    expect(pickAnchors(['sukamaju', 'bogor', 'cibinong'], lists).map((a) => a.word)).toEqual(['sukamaju', 'cibinong']);
    expect(pickAnchors(['paspor'], lists)).toEqual([]);
  });

  it('matches a row when every word starts a word of its name or place', () => {
    const row: FinderRow = ['Sukamaju', 'desa', 'Cibinong', 'Kabupaten Bogor', 'Jawa Barat', '/desa/x/'];
    expect(rowMatches(row, ['sukamaju', 'bogor'])).toBe(true);
    expect(rowMatches(row, ['suka', 'cibi'])).toBe(true);
    expect(rowMatches(row, ['sukamaju', 'garut'])).toBe(false);
  });
});

describe('finder files', () => {
  const files = buildFinderFiles([placeOf('53.01.16.2007'), placeOf('53.01.08.2013'), placeOf('32.13.01.2004')]);

  it('has a letter file for every first character, so the browser never gets a "not found" page', () => {
    for (const c of finderAlphabet) expect(files.has(`${c}.json`)).toBe(true);
    expect(files.get('o.json')).toEqual(['oep']);
    expect(files.get('z.json')).toEqual([]);
  });

  it('lists name words per three-letter start, and rows per word', () => {
    expect(files.get('oep.json')).toBe('oepaha');
    expect(files.get('oep/oepaha.json')).toEqual({
      rows: [['Oepaha', 'desa', 'Nekamese', 'Kabupaten Kupang', 'Nusa Tenggara Timur', '/desa/nusa-tenggara-timur/kabupaten-kupang/oepaha-5301162007/']],
    });
    // "Mata Air": each word of a name is findable.
    expect(files.get('mat.json')).toBe('mata');
    expect(files.get('air.json')).toBe('air');
  });

  it('finds a village by its name, also by the start of it, and nothing for other words', async () => {
    const { load } = served(files);
    expect(rowsOf(await findPlaces(['oepaha'], load)).map((r) => r[0])).toEqual(['Oepaha']);
    expect(rowsOf(await findPlaces(['oepah'], load)).map((r) => r[0])).toEqual(['Oepaha']);
    expect(rowsOf(await findPlaces(['oepa'], load))).toEqual([]);
    expect(rowsOf(await findPlaces(['mata', 'air'], load)).map((r) => r[0])).toEqual(['Mata Air']);
    expect(rowsOf(await findPlaces(['paspor'], load))).toEqual([]);
  });

  it('splits a common name by province', () => {
    const many = [...areas.villages.entries()].filter(([, v]) => nameWords(v.name).includes('jaya')).map(([code]) => placeOf(code));
    expect(many.length).toBeGreaterThan(maxRowsPerFile);
    const split = buildFinderFiles(many);
    const index = split.get('jay/jaya.json') as { provinces: [string, string, number][] };
    expect(index.provinces.reduce((n, [, , c]) => n + c, 0)).toBe(many.length);
    for (const [code, , count] of index.provinces) {
      expect((split.get(`jay/jaya-${code}.json`) as { rows: FinderRow[] }).rows).toHaveLength(count);
    }
  });
});

describe('at national scale (every village of idn-area-data)', () => {
  const all = [...areas.villages.keys()].map(placeOf);
  const files = buildFinderFiles(all);

  it('finds a name typed as two words ("suka maju" for Sukamaju)', async () => {
    const { load } = served(files);
    const rows = rowsOf(await findPlaces(queryWords('suka maju jonggol'), load));
    expect(rows.map((r) => `${r[0]}, ${r[2]}`)).toEqual(['Sukamaju, Jonggol']);
  });

  it('finds every village by its name and district (a sample of 500)', async () => {
    const { load } = served(files);
    for (let i = 0; i < all.length; i += Math.floor(all.length / 500)) {
      const v = all[i]!;
      const words = queryWords(`${v.name} ${v.district}`);
      if (words.length === 0) continue;
      let answer = await findPlaces(words, load);
      if ('provinces' in answer) answer = { rows: await answer.load(v.code.slice(0, 2)) };
      expect(answer.rows.map((r) => r[5]), `${v.name}, ${v.district}`).toContain(v.path);
    }
  });

  it('asks for the province when a name is very common, then lists that province', async () => {
    const { load } = served(files);
    const answer = await findPlaces(queryWords('Jaya'), load);
    expect('provinces' in answer).toBe(true);
    if (!('provinces' in answer)) return;
    const jabar = answer.provinces.find(([, name]) => name === 'Jawa Barat')!;
    const rows = await answer.load(jabar[0]);
    expect(rows.length).toBe(jabar[2]);
    expect(rows.every((r) => r[4] === 'Jawa Barat' && nameWords(r[0]).includes('jaya'))).toBe(true);
  });

  it('narrows a common name by the province or district typed with it', async () => {
    const { load } = served(files);
    const inJabar = rowsOf(await findPlaces(queryWords('jaya jawa barat'), load));
    expect(inJabar.length).toBeGreaterThan(0);
    expect(inJabar.every((r) => r[4] === 'Jawa Barat')).toBe(true);
    const sample = all.find((v) => v.province === 'Jawa Barat' && nameWords(v.name).includes('jaya'))!;
    const answer = await findPlaces(queryWords(`jaya ${sample.district}`), load);
    const inDistrict = 'provinces' in answer ? await answer.load(sample.code.slice(0, 2)) : answer.rows;
    expect(inDistrict.map((r) => r[5])).toContain(sample.path);
    expect(inDistrict.every((r) => nameWords(`${r[2]} ${r[3]}`).some((w) => nameWords(sample.district).includes(w)))).toBe(true);
  });

  it('keeps a guide word cheap: two small files, no village rows', async () => {
    for (const word of ['paspor', 'passport', 'calo', 'agen', 'kontrak']) {
      const { load, fetched, bytes } = served(files);
      expect(rowsOf(await findPlaces(queryWords(word), load)), word).toEqual([]);
      expect(fetched.every((p) => !p.includes('/')), word).toBe(true);
      expect(bytes(), word).toBeLessThanOrEqual(1.5 * 1024);
    }
  });

  it('still lists a village whose name is also a common word (there are villages called Gaji)', async () => {
    const { load } = served(files);
    expect(rowsOf(await findPlaces(queryWords('gaji'), load)).map((r) => r[0])).toContain('Gaji');
  });

  it('keeps every file small (gzip)', () => {
    let largest = 0;
    for (const file of files.values()) largest = Math.max(largest, gzipSync(JSON.stringify(file)).length);
    expect(largest).toBeLessThanOrEqual(8 * 1024);
  });
});
