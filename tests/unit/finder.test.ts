import { describe, expect, it } from 'vitest';
import { buildFinderFiles } from '../../src/lib/finder/build.ts';
import { finderAlphabet, type FinderRow, type OfficeFile, type WordList } from '../../src/lib/finder/format.ts';
import {
  findPlaces,
  matchingNameWords,
  pickAnchors,
  provinceCounts,
  rankRows,
  reportedCounts,
  rowMatches,
  servingOffices,
} from '../../src/lib/finder/lookup.ts';
import { indexWords, longestStart, nameWords, queryWords } from '../../src/lib/finder/words.ts';
import { gzipSize, offices, placeOfCode as placeOf, rowsOf, served } from '../helpers/finder.ts';

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
});

describe('counts reported without names, in the office files', () => {
  const places = [placeOf('35.01.02.2003', false), placeOf('53.01.08.2013', false)];
  const ponorogo = ['Kantor Imigrasi Kelas II Non TPI Ponorogo', '/kantor/kanim-ponorogo/'] as const;
  const counts = [
    { office: ponorogo[0], path: ponorogo[1], count: 12, area: ['35.01'], districts: [], reportedAt: '2025-07-16' },
    {
      office: ponorogo[0],
      path: ponorogo[1],
      count: 3,
      area: ['35.02.01', '35.02.02'],
      districts: ['Slahung', 'Ngrayun'],
      reportedAt: '2025-09-30',
    },
  ];
  const files = buildFinderFiles(places, offices, gzipSize, counts);
  const east = files.get('offices/35.json') as OfficeFile;

  it('are filed by regency, newest first, with the district names of a report over districts', () => {
    expect(east.counts).toEqual({
      '35.01': [[ponorogo[0], ponorogo[1], 12, '2025-07-16', []]],
      '35.02': [[ponorogo[0], ponorogo[1], 3, '2025-09-30', ['Slahung', 'Ngrayun']]],
    });
    // A province without a report has no counts at all (its file stays as small as before).
    expect(files.get('offices/53.json')).toEqual({ offices: [], serves: {} });
  });

  it('answer for a village of the regency, or of one of the districts, and not for another district', () => {
    expect(reportedCounts(east, '35.01', 'Any district')).toHaveLength(1);
    expect(reportedCounts(east, '35.02', 'Slahung')).toEqual([[ponorogo[0], ponorogo[1], 3, '2025-09-30', ['Slahung', 'Ngrayun']]]);
    expect(reportedCounts(east, '35.02', 'Ponorogo')).toEqual([]);
    expect(reportedCounts(east, '35.07', 'Kepanjen')).toEqual([]);
    expect(reportedCounts(undefined, '35.01', 'X')).toEqual([]);
  });

  it("file a regional office's count for a whole province under the province code, for every regency of it", () => {
    const regional = {
      office: 'Kantor Wilayah Direktorat Jenderal Imigrasi Jawa Timur',
      path: '',
      count: 40,
      area: ['35'],
      districts: [],
      reportedAt: '2025-12-22',
    };
    const withRegional = buildFinderFiles(places, offices, gzipSize, [...counts, regional]).get('offices/35.json') as OfficeFile;
    expect(withRegional.counts?.['35']).toEqual([[regional.office, '', 40, '2025-12-22', []]]);
    expect(provinceCounts(withRegional, '35.07')).toEqual([[regional.office, '', 40, '2025-12-22', []]]);
    expect(reportedCounts(withRegional, '35.07', 'Kepanjen')).toEqual([]);
    expect(provinceCounts(east, '35.07')).toEqual([]);
    expect(provinceCounts(files.get('offices/53.json') as OfficeFile, '53.01')).toEqual([]);
  });
});
