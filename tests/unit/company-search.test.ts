import { describe, expect, it } from 'vitest';
import { companiesFirst, companyName, looksLikeCompany, mostWordsFirst } from '../../src/lib/company-search.ts';

describe('company-looking queries', () => {
  it.each(['PT Maju Jaya', 'pt. maju jaya', 'P.T. Maju', 'CV Sinar', 'cv.sinar', 'Perusahaan Maju Jaya', 'company Maju'])(
    '"%s" looks like a company',
    (q) => {
      expect(looksLikeCompany(q)).toBe(true);
    },
  );
  it.each(['putri samawa', 'paspor', 'ptsd', 'cvs', 'kerja di Malaysia', 'PTKIS'])('"%s" does not', (q) => {
    expect(looksLikeCompany(q)).toBe(false);
  });
  it('keeps the name without its PT, CV or perusahaan', () => {
    expect(companyName('PT Putri Samawa Mandiri')).toBe('Putri Samawa Mandiri');
    expect(companyName('PT. Banu Nusa Utama')).toBe('Banu Nusa Utama');
    expect(companyName('perusahaan Maju Jaya')).toBe('Maju Jaya');
    expect(companyName('CV. Sinar')).toBe('Sinar');
  });
});

describe('pages with most of the words, for a query that found nothing as a whole', () => {
  it('ranks pages holding more words first, then by their ranks', () => {
    const hits = [
      [
        { id: 'a', rank: 0 },
        { id: 'b', rank: 1 },
      ],
      [
        { id: 'b', rank: 0 },
        { id: 'c', rank: 1 },
      ],
    ];
    expect(mostWordsFirst(hits)).toEqual(['b', 'a', 'c']);
  });
  it('leaves out pages with one word of three or more when others hold two', () => {
    const hits = [
      [{ id: 'a', rank: 0 }],
      [
        { id: 'a', rank: 0 },
        { id: 'b', rank: 1 },
      ],
      [{ id: 'c', rank: 0 }],
    ];
    expect(mostWordsFirst(hits)).toEqual(['a']);
  });
  it('keeps single-word pages when no page holds two', () => {
    expect(mostWordsFirst([[{ id: 'a', rank: 0 }], [{ id: 'b', rank: 0 }], []])).toEqual(['a', 'b']);
    expect(mostWordsFirst([[], []])).toEqual([]);
  });
});

describe('companies found by name come first', () => {
  it('moves them before the guides, keeping each group in order', () => {
    const results = [{ id: 'g1' }, { id: 'c1' }, { id: 'g2' }, { id: 'c2' }];
    expect(companiesFirst(results, new Set(['c1', 'c2'])).map((r) => r.id)).toEqual(['c1', 'c2', 'g1', 'g2']);
  });
});
