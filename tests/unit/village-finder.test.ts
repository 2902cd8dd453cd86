import { readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadAreaIndex, lookupVillage, type VillageArea } from '../../src/lib/regions.ts';
import {
  buildFinderFiles,
  findPlaces,
  finderAlphabet,
  indexWords,
  longestStart,
  matchingNameWords,
  maxRowsPerFile,
  nameWords,
  pickAnchors,
  queryWords,
  rankRows,
  rowMatches,
  servingOffices,
  type FinderAnswer,
  type FinderRow,
  type OfficeFile,
  type OfficeInput,
  type PlaceInput,
  type RowsFile,
  type SplitIndex,
  type WordList,
} from '../../src/lib/village-finder.ts';
import { villagePath } from '../../src/lib/villages.ts';
import { root } from '../helpers/paths.ts';

const areas = await loadAreaIndex();
const gzipSize = (text: string) => gzipSync(text).length;
/** A village as the finder gets it: with its page when it is a program village. */
const place = (area: VillageArea, program = true): PlaceInput => ({
  code: area.code,
  name: area.name,
  kind: area.kind,
  district: area.district.name,
  regency: area.regency.name,
  province: area.province.name,
  path: program ? villagePath(area) : '',
});
const placeOf = (code: string, program = true) => place(lookupVillage(areas, code) as VillageArea, program);
/** The row a place should have. */
const rowOf = (p: PlaceInput): FinderRow => [p.name, p.kind, p.district, p.regency, p.province, p.path, p.code.slice(0, 5)];

/** Offices like content/offices/: one serving two regencies, one serving one, one with no published working area. */
const offices: OfficeInput[] = [
  { name: 'Kantor Imigrasi Kelas II Non TPI Ponorogo', path: '/kantor/kanim-ponorogo/', regency: '35.02', serves: ['35.02', '35.01'] },
  { name: 'Kantor Imigrasi Kelas I TPI Malang', path: '/kantor/kanim-malang/', regency: '35.73', serves: ['35.73', '35.07'] },
  { name: 'Unit Layanan Paspor Contoh', path: '/kantor/ulp-contoh/', regency: '35.08', serves: [] },
];

/** Each file's size, gzip, measured once. */
const sizes = new WeakMap<Map<string, unknown>, Map<string, number>>();
const sizeOf = (files: Map<string, unknown>, path: string) => {
  if (!sizes.has(files)) sizes.set(files, new Map());
  const known = sizes.get(files)!;
  if (!known.has(path)) known.set(path, files.has(path) ? gzipSize(JSON.stringify(files.get(path))) : 0);
  return known.get(path)!;
};

/** The finder's files as a site would serve them, missing files undefined; counts what was fetched. */
function served(files: Map<string, unknown>) {
  const fetched: string[] = [];
  const load = async (path: string) => {
    fetched.push(path);
    return files.get(path);
  };
  const bytes = () => fetched.reduce((n, p) => n + sizeOf(files, p), 0);
  return { load, fetched, bytes };
}
const rowsOf = (answer: FinderAnswer): FinderRow[] => ('rows' in answer ? answer.rows : []);
/** The rows of an answer, in the given province when the finder asks for one. */
const rowsIn = async (answer: FinderAnswer, province: string) => ('rows' in answer ? answer.rows : answer.load(province));

describe('words', () => {
  it('normalises names: lower case, no accents or apostrophes, split on anything else', () => {
    expect(nameWords("Ma'u Oe-Paha  Sukamaju II")).toEqual(['mau', 'oe', 'paha', 'sukamaju', 'ii']);
    expect(nameWords('Éxample')).toEqual(['example']);
  });

  it('finds a place by each word of three letters or more, or by a name of short words written together', () => {
    expect(indexWords('Mata Air')).toEqual(['mata', 'air']);
    expect(indexWords('Sukamaju II')).toEqual(['sukamaju']);
    expect(indexWords('Oe Oe')).toEqual(['oeoe']);
    expect(indexWords('Ja"an')).toEqual(['jaan']);
    expect(indexWords('Tu')).toEqual(['tu']);
  });

  it('drops place words and short words from a query, and keeps at most four', () => {
    expect(queryWords('Desa Sukamaju, Kec. Cibinong Kabupaten Bogor')).toEqual(['sukamaju', 'cibinong', 'bogor']);
    expect(queryWords('di a b c d e f g h')).toEqual([]);
    expect(queryWords('satu dua tiga empat lima')).toHaveLength(4);
  });

  it('looks up a query of short words, or a place word alone, written together', () => {
    expect(queryWords('Oe Oe')).toEqual(['oeoe']);
    expect(queryWords('desa tu')).toEqual(['tu']);
    expect(queryWords('Kota')).toEqual(['kota']);
    expect(queryWords('a')).toEqual([]);
  });

  it('looks up a word itself when a name has it, otherwise (five letters or more) the names it starts', () => {
    expect(matchingNameWords('suka', 'suka sukajaya sukamaju')).toEqual(['suka']);
    expect(matchingNameWords('sukam', 'suka sukajaya sukamaju sukamulya')).toEqual(['sukamaju', 'sukamulya']);
    expect(matchingNameWords('calo', 'calok calong')).toEqual([]);
    expect(matchingNameWords('paspor', 'pasar pasir')).toEqual([]);
  });

  it('finds the word list of a word by its longest start', () => {
    expect(longestStart('sukamaju', ['s', 'su', 'suk', 'sukam', 'sul'])).toBe('sukam');
    expect(longestStart('sukamaju', ['sa', 'sub'])).toBeUndefined();
  });

  it('tries the matching words in the order typed', () => {
    const lists = new Map<string, WordList>([
      ['sukamaju', { suka: 'sukamaju' }],
      ['cibinong', { c: 'cibinong' }],
    ]);
    expect(pickAnchors(['sukamaju', 'bogor', 'cibinong'], lists).map((a) => a.word)).toEqual(['sukamaju', 'cibinong']);
    expect(pickAnchors(['paspor'], lists)).toEqual([]);
  });

  it('matches a row when every word starts a word of its name or place', () => {
    const row: FinderRow = ['Sukamaju', 'desa', 'Cibinong', 'Kabupaten Bogor', 'Jawa Barat', '/desa/x/', '32.01'];
    expect(rowMatches(row, ['sukamaju', 'bogor'])).toBe(true);
    expect(rowMatches(row, ['suka', 'cibi'])).toBe(true);
    expect(rowMatches(row, ['sukamaju', 'garut'])).toBe(false);
    expect(rowMatches(['Oe Oe', 'desa', 'Kuatnana', 'Kabupaten Timor Tengah Selatan', 'Nusa Tenggara Timur', '', '53.02'], ['oeoe'])).toBe(
      true,
    );
  });

  it('lists offices first, then the exact name, each with pages before places without', () => {
    const rows: FinderRow[] = [
      ['Kupang Baru', 'desa', 'A', 'R', 'P', '/desa/a/', '35.01'],
      ['Kupang', 'desa', 'B', 'R', 'P', '', '35.02'],
      ['Kupang', 'desa', 'C', 'R', 'P', '/desa/c/', '35.03'],
      ['Kantor Imigrasi Kelas I TPI Kupang', 'kantor', '', 'Kota Kupang', 'P', '/kantor/kanim-kupang/', '53.71'],
    ];
    expect(rankRows(rows, ['kupang']).map((r) => r[2])).toEqual(['', 'C', 'B', 'A']);
  });
});

describe('finder files', () => {
  const places = [placeOf('53.01.16.2007'), placeOf('53.01.08.2013'), placeOf('32.13.01.2004'), placeOf('35.01.02.2003', false)];
  const files = buildFinderFiles(places, offices, gzipSize);

  it('has a letter file for every first character, so the browser never gets a "not found" page', () => {
    for (const c of finderAlphabet) expect(files.has(`${c}.json`)).toBe(true);
    expect(files.get('o.json')).toEqual(['o']);
    expect(files.get('z.json')).toEqual([]);
  });

  it('lists the name words by start, each with its rows file, and the rows of every place', () => {
    expect(files.get('words/o.json')).toEqual({ o: 'oepaha' });
    expect(files.get('rows/o.json')).toEqual({
      rows: [
        [
          'Oepaha',
          'desa',
          'Nekamese',
          'Kabupaten Kupang',
          'Nusa Tenggara Timur',
          '/desa/nusa-tenggara-timur/kabupaten-kupang/oepaha-5301162007/',
          '53.01',
        ],
      ],
    });
    // "Mata Air": each word of a name is findable.
    expect(files.get('words/m.json')).toEqual({ m: 'mata' });
    expect(files.get('words/a.json')).toEqual({ a: 'air' });
  });

  it('gives a village outside the program no path, and its regency code for its offices', () => {
    expect(files.get('rows/w.json')).toEqual({
      rows: [['Watukarung', 'desa', 'Pringkuku', 'Kabupaten Pacitan', 'Jawa Timur', '', '35.01']],
    });
  });

  it('finds a village by its name, also by the start of it, and nothing for other words', async () => {
    const { load } = served(files);
    expect(rowsOf(await findPlaces(['oepaha'], load)).map((r) => r[0])).toEqual(['Oepaha']);
    expect(rowsOf(await findPlaces(['oepah'], load)).map((r) => r[0])).toEqual(['Oepaha']);
    expect(rowsOf(await findPlaces(['oepa'], load))).toEqual([]);
    expect(rowsOf(await findPlaces(['mata', 'air'], load)).map((r) => r[0])).toEqual(['Mata Air']);
    expect(rowsOf(await findPlaces(['watukarung'], load)).map((r) => r[0])).toEqual(['Watukarung']);
    expect(rowsOf(await findPlaces(['paspor'], load))).toEqual([]);
  });

  it('writes the offices of each province, and which regencies each serves', () => {
    const east = files.get('offices/35.json') as OfficeFile;
    expect(east.offices.map(([name]) => name)).toEqual([
      'Kantor Imigrasi Kelas I TPI Malang',
      'Kantor Imigrasi Kelas II Non TPI Ponorogo',
      'Unit Layanan Paspor Contoh',
    ]);
    expect(east.serves).toEqual({ '35.01': [1], '35.02': [1], '35.07': [0], '35.73': [0] });
    // A province with villages and no office still has its (empty) file.
    expect(files.get('offices/53.json')).toEqual({ offices: [], serves: {} });
  });

  it('names the offices that serve a regency, else every office of its province (also one without a published area), else none', () => {
    const east = files.get('offices/35.json') as OfficeFile;
    expect(servingOffices(east, '35.01')).toEqual({
      scope: 'regency',
      offices: [['Kantor Imigrasi Kelas II Non TPI Ponorogo', '/kantor/kanim-ponorogo/']],
    });
    expect(servingOffices(east, '35.78')).toEqual({ scope: 'province', offices: east.offices });
    expect(servingOffices(files.get('offices/53.json') as OfficeFile, '53.01')).toEqual({ scope: 'province', offices: [] });
    expect(servingOffices(undefined, '11.01')).toEqual({ scope: 'province', offices: [] });
  });

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
        if (!(await rowsFor(word, p.code.slice(0, 2))).has(rowOf(p).join('\t'))) missing.push(`${p.code} ${p.name} (${word})`);
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
      if (!(await found.get(key)!).has(rowOf(p).join('\t'))) missing.push(`${p.code} ${p.name}`);
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
      expect(rows, `${v.name}, ${v.district}`).toContainEqual(rowOf(v));
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
    expect(inDistrict).toContainEqual(rowOf(sample));
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
