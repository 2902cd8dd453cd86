import { describe, expect, it } from 'vitest';
import {
  commonWords,
  distinctWords,
  isSkippedWord,
  searchableQuery,
  searchDocumentHtml,
  selectTextWords,
  textWords,
} from '../../src/lib/search-text.ts';
import { searchDocument } from '../../src/integrations/search-index.ts';

const id = commonWords.id!.split(' ');

describe('what Pagefind indexes', () => {
  it('splits words as Pagefind does, keeping hyphens and apostrophes inside a word', () => {
    expect(textWords('M-Paspor, anyone’s KTP (Kartu Tanda Penduduk).')).toEqual([
      'M-Paspor',
      'anyone’s',
      'KTP',
      'Kartu',
      'Tanda',
      'Penduduk',
    ]);
  });

  it('skips short words, numbers and common words', () => {
    expect(isSkippedWord('di', id)).toBe(true);
    expect(isSkippedWord('2024', id)).toBe(true);
    expect(isSkippedWord('yang', id)).toBe(true);
    expect(isSkippedWord('paspor', id)).toBe(false);
  });

  it('keeps each other word once, and not the words already in the title or headings', () => {
    const words = distinctWords({
      locale: 'id',
      title: 'Biaya paspor',
      searchWords: [],
      headings: ['Cara bayar'],
      text: 'Biaya paspor 350.000 rupiah. Bayar di bank, lalu simpan bukti bayar di rumah.',
    });
    expect(words).toEqual(['rupiah', 'bank', 'simpan', 'bukti', 'rumah']);
  });

  it('writes a page whose body Pagefind indexes, with the full title and description as metadata', () => {
    const html = searchDocumentHtml({
      locale: 'id',
      title: 'Biaya <paspor> dan cara bayar',
      searchWords: ['bikin paspor'],
      headings: ['Di mana bayar'],
      text: 'Bayar lewat bank.',
      description: 'Biaya resmi & cara bayar.',
      filters: ['kind:guide', 'topic:paspor'],
    });
    expect(html).toContain('<html lang="id">');
    expect(html).toContain(
      '<main data-pagefind-body><span data-pagefind-filter="kind:guide"></span><span data-pagefind-filter="topic:paspor"></span>',
    );
    // The words readers type for the subject are indexed with the title's weight.
    expect(html).toContain('<h1>Biaya paspor cara bayar bikin paspor</h1>');
    expect(html).toContain('<p data-pagefind-meta="title">Biaya &lt;paspor&gt; dan cara bayar</p>');
    expect(html).toContain('<p data-pagefind-meta="description">Biaya resmi &amp; cara bayar.</p>');
    expect(html).toContain('<p>lewat bank</p>');
  });

  it('cuts a query to the words the index has (Pagefind needs every word to match)', () => {
    expect(searchableQuery('cara membuat paspor di kantor yang dekat', id)).toBe('cara membuat paspor kantor dekat');
    expect(searchableQuery('129', id)).toBe('');
  });
});

describe('reading a built page', () => {
  const page = `<html><head><meta name="description" content="Ringkas."></head><body><nav>Menu</nav>
    <article data-pagefind-body data-pagefind-filter="kind:guide"><h1 data-pagefind-filter="topic:paspor">Syarat</h1>
    <table><tr><th>Layanan</th><th>Biaya</th></tr></table><h2>Dokumen</h2><p>KTP &amp; KK</p>
    <section data-pagefind-ignore><h2>Sumber</h2><p>Kementerian</p></section></article></body></html>`;

  it('takes only the indexed part, its filters and headings, and never runs words together', () => {
    const doc = searchDocument(page, 'id')!;
    expect(doc.title).toBe('Syarat');
    expect(doc.headings).toEqual(['Dokumen']);
    expect(doc.filters).toEqual(['kind:guide', 'topic:paspor']);
    expect(doc.description).toBe('Ringkas.');
    expect(textWords(doc.text)).toEqual(['Syarat', 'Layanan', 'Biaya', 'Dokumen', 'KTP', 'KK']);
  });

  it('gives nothing for a page without data-pagefind-body (fallbacks, printables)', () => {
    expect(searchDocument('<html><body><main><h1>Hanya bahasa Indonesia</h1></main></body></html>', 'en')).toBeUndefined();
  });
});

describe('words kept of a long page', () => {
  it('keeps the words fewest other pages have, in the page order', () => {
    const pagesWith = new Map([
      ['paspor', 30],
      ['kantor', 20],
      ['entikong', 1],
      ['plb', 2],
      ['calo', 5],
    ]);
    expect(selectTextWords(['paspor', 'entikong', 'kantor', 'plb', 'calo'], pagesWith, 3)).toEqual(['entikong', 'plb', 'calo']);
    expect(selectTextWords(['paspor', 'kantor'], pagesWith, 3)).toEqual(['paspor', 'kantor']);
  });
});
