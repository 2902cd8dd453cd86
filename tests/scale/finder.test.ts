import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildFinderFiles } from '../../src/lib/finder/build.ts';
import { findPlaces, servingOffices, type FinderAnswer } from '../../src/lib/finder/lookup.ts';
import { maxRowsPerFile, type OfficeFile, type RowsFile, type SplitIndex } from '../../src/lib/finder/format.ts';
import { indexWords, nameWords, queryWords } from '../../src/lib/finder/words.ts';
import { areas, expectedRow, gzipSize, offices, placeOfCode as placeOf, rowsOf, rowsIn, served, sizeOf } from '../helpers/finder.ts';
import { root } from '../helpers/paths.ts';

describe('common names', () => {
  it('splits a common name by province, neighbouring provinces sharing a file while they fit', () => {
    const many = [...areas.villages.entries()].filter(([, v]) => nameWords(v.name).includes('jaya')).map(([code]) => placeOf(code, false));
    expect(many.length).toBeGreaterThan(maxRowsPerFile);
    const split = buildFinderFiles(many, [], gzipSize);
    const index = split.get('split/jaya.json') as SplitIndex;
    expect(index.provinces.reduce((n, [, , c]) => n + c, 0)).toBe(many.length);
    for (const [code, name, count, file] of index.provinces) {
      const rows = (split.get(`split/jaya-${file}.json`) as RowsFile).rows;
      expect(rows.filter((r) => r[6].slice(0, 2) === code).every((r) => r[4] === name)).toBe(true);
      expect(rows.filter((r) => r[6].slice(0, 2) === code)).toHaveLength(count);
      // A file of several provinces holds at most maxRowsPerFile rows.
      if (rows.length > count) expect(rows.length).toBeLessThanOrEqual(maxRowsPerFile);
    }
    expect(new Set(index.provinces.map(([, , , file]) => file)).size).toBeLessThan(index.provinces.length);
  });
});

describe('at national scale (every village of idn-area-data)', () => {
  // The program villages of content/villages/ have a page; every other village has none.
  const program = new Set(readdirSync(`${root}content/villages`).map((f) => f.replace(/\.yaml$/, '')));
  const all = [...areas.villages.keys()].map((code) => placeOf(code, program.has(code)));
  const files = buildFinderFiles(all, offices, gzipSize);
  const largest = Math.max(...[...files.keys()].map((path) => sizeOf(files, path)));

  it(`keeps the finder to at most 4,000 files (${files.size})`, () => {
    expect(all).toHaveLength(83_762);
    expect(files.size).toBeLessThanOrEqual(4_000);
  });

  it(`keeps every file at most 8 KB gzip (largest ${largest} B)`, () => {
    for (const path of files.keys()) expect(sizeOf(files, path), path).toBeLessThanOrEqual(8 * 1024);
  });

  /** The first search for each word of every name, alone: what it answers and the bytes of finder files it downloads. */
  let oneWord: Promise<Map<string, { answer: FinderAnswer; bytes: number }>> | undefined;
  const oneWordSearches = () =>
    (oneWord ??= (async () => {
      const searches = new Map<string, { answer: FinderAnswer; bytes: number }>();
      for (const word of new Set(all.flatMap((p) => indexWords(p.name)))) {
        const { load, bytes } = served(files);
        const answer = await findPlaces([word], load);
        searches.set(word, { answer, bytes: bytes() });
      }
      return searches;
    })());

  it('finds every village by every word of its name (in its province, for a common word)', async () => {
    const searches = await oneWordSearches();
    const found = new Map<string, Promise<Set<string>>>();
    const rowsFor = (word: string, province: string) => {
      const key = `${word} ${province}`;
      if (!found.has(key))
        found.set(key, (async () => new Set((await rowsIn(searches.get(word)!.answer, province)).map((r) => r.join('\t'))))());
      return found.get(key)!;
    };
    const missing: string[] = [];
    for (const p of all) {
      for (const word of indexWords(p.name)) {
        if (!(await rowsFor(word, p.code.slice(0, 2))).has(expectedRow(p).join('\t'))) missing.push(`${p.code} ${p.name} (${word})`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('finds every village by its name as typed', async () => {
    const { load } = served(files);
    // Villages of the same name in the same province are looked up once.
    const found = new Map<string, Promise<Set<string>>>();
    const missing: string[] = [];
    for (const p of all) {
      const key = `${p.name}\t${p.code.slice(0, 2)}`;
      if (!found.has(key)) {
        found.set(
          key,
          (async () => new Set((await rowsIn(await findPlaces(queryWords(p.name), load), p.code.slice(0, 2))).map((r) => r.join('\t'))))(),
        );
      }
      if (!(await found.get(key)!).has(expectedRow(p).join('\t'))) missing.push(`${p.code} ${p.name}`);
    }
    expect(missing).toEqual([]);
  });

  it('finds a name typed as two words ("suka maju" for Sukamaju)', async () => {
    const { load } = served(files);
    // Sukamaju and Suka Maju together are over 100 villages: the province is asked first.
    const rows = await rowsIn(await findPlaces(queryWords('suka maju jonggol'), load), '32');
    expect(rows.map((r) => `${r[0]}, ${r[2]}`)).toEqual(['Sukamaju, Jonggol']);
    expect(rowsOf(await findPlaces(queryWords('watu karung'), load)).map((r) => r[0])).toEqual(['Watukarung']);
  });

  it('lists a name of a common first word with the places of its words written together ("kampung baru")', async () => {
    const { load } = served(files);
    const answer = await findPlaces(queryWords('kampung baru'), load);
    const rows = await rowsIn(answer, '14');
    expect(rows.map((r) => r[0])).toEqual(expect.arrayContaining(['Kampung Baru', 'Kampung Baru Timur', 'Kampungbaru Sentajo']));
    expect(rows.every((r) => queryWords(r[0]).join('').startsWith('kampungbaru'))).toBe(true);
  });

  it('finds a village whose name holds a province name in other provinces too ("tanjung bali")', async () => {
    const { load } = served(files);
    const rows = rowsOf(await findPlaces(queryWords('tanjung bali'), load));
    expect(rows.map((r) => `${r[0]}, ${r[4]}`)).toContain('Tanjung Bali, Sumatera Selatan');
  });

  it('finds a village by the start of its name (five letters or more)', async () => {
    const { load } = served(files);
    const rows = rowsOf(await findPlaces(queryWords('watukar'), load));
    expect(rows.map((r) => r[0])).toContain('Watukarung');
  });

  it('finds every village by its name and district (a sample of 500)', async () => {
    const { load } = served(files);
    for (let i = 0; i < all.length; i += Math.floor(all.length / 500)) {
      const v = all[i]!;
      const words = queryWords(`${v.name} ${v.district}`);
      const rows = await rowsIn(await findPlaces(words, load), v.code.slice(0, 2));
      expect(rows, `${v.name}, ${v.district}`).toContainEqual(expectedRow(v));
    }
  });

  it('leads a program village to its page, and names the offices of a village outside it', async () => {
    const { load } = served(files);
    const cemeng = rowsOf(await findPlaces(['cemeng'], load)).filter((r) => r[5] !== '');
    expect(cemeng.map((r) => r[5])).toEqual(['/desa/jawa-tengah/kabupaten-sragen/cemeng-3314072003/']);
    const [watukarung] = rowsOf(await findPlaces(['watukarung'], load));
    expect(watukarung?.[5]).toBe('');
    const file = (await load(`offices/${watukarung![6].slice(0, 2)}.json`)) as OfficeFile;
    expect(servingOffices(file, watukarung![6]).offices.map(([, path]) => path)).toEqual(['/kantor/kanim-ponorogo/']);
  });

  it('asks for the province when a name is very common, then lists that province', async () => {
    const { load } = served(files);
    const answer = await findPlaces(queryWords('Jaya'), load);
    expect('provinces' in answer).toBe(true);
    if (!('provinces' in answer)) return;
    // The page says "N villages have “jaya” in their name": the words the counts are for.
    expect(answer.matched).toEqual(['jaya']);
    // Sukamaju typed as two words: the counts are for both words as typed, not the key "sukamaju".
    const sukaMaju = await findPlaces(queryWords('suka maju'), load);
    expect('provinces' in sukaMaju && sukaMaju.matched).toEqual(['suka', 'maju']);
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
    const inDistrict = await rowsIn(await findPlaces(queryWords(`jaya ${sample.district}`), load), sample.code.slice(0, 2));
    expect(inDistrict).toContainEqual(expectedRow(sample));
    expect(inDistrict.every((r) => nameWords(`${r[2]} ${r[3]}`).some((w) => nameWords(sample.district).includes(w)))).toBe(true);
  });

  it('keeps a guide word cheap: a letter file and a word list, no village rows', async () => {
    for (const word of ['paspor', 'passport', 'calo', 'agen', 'kontrak']) {
      const { load, fetched, bytes } = served(files);
      expect(rowsOf(await findPlaces(queryWords(word), load)), word).toEqual([]);
      expect(
        fetched.every((p) => !/^(rows|split)\//.test(p)),
        word,
      ).toBe(true);
      expect(bytes(), word).toBeLessThanOrEqual(1024);
    }
  });

  it('keeps the first search for any one word small: at most 3 KB gzip of finder files', async () => {
    const [word, { bytes }] = [...(await oneWordSearches())].reduce((a, b) => (b[1].bytes > a[1].bytes ? b : a));
    expect(bytes, word).toBeLessThanOrEqual(3 * 1024);
  });

  it('still lists a village whose name is also a common word (there are villages called Gaji)', async () => {
    const { load } = served(files);
    expect(rowsOf(await findPlaces(queryWords('gaji'), load)).map((r) => r[0])).toContain('Gaji');
  });
});
