import { escapeMarkup } from './escape.ts';

/**
 * What Pagefind indexes of a page, and how a query is cut to match it.
 *
 * Every first search downloads the index chunk that holds its word. Pagefind stores
 * each word once per page and every place it occurs, so we hand it a compact copy of
 * each page: the title and headings (Pagefind ranks words there higher), then each
 * other word of the page once, without numbers, one- and two-letter words and the
 * common words below. Measured on the 22 Indonesian guides and 17 offices: the chunk
 * fell from 24.7 KB to about 17 KB (gzip), with the same pages found for a word.
 * Results show the page's own description, not a cut of this text.
 */

/**
 * A build-only file per language (`/cari/kata-pencarian.json`, `/en/cari/...`): each
 * guide's `searchWords` by its address, written by src/pages/[...lang]/cari/kata-pencarian.json.ts
 * and read and deleted by the search indexing (src/integrations/search-index.ts), so
 * Pagefind gets the words and no page or file of the site holds them.
 */
export const searchWordsFile = 'cari/kata-pencarian.json';

/** Words too common to search for, per language; the search page hands its language's list to the script. */
export const commonWords: Record<string, string> = {
  id:
    'yang dan atau di ke dari untuk dengan ini itu ada akan juga tidak bisa dapat pada dalam oleh ' +
    'sebagai adalah jika kalau agar karena saja hanya lebih sudah belum masih harus boleh kami kita anda ' +
    'mereka dia tak para bila saat lagi pun lalu tapi tetapi namun serta yaitu bahwa apakah apa siapa ' +
    'kapan mana sini sana tersebut semua setiap sama hal',
  en:
    'the and or to of in for with on at by from as is are was were be been it its this that these those ' +
    'you your not can will may must if but than then there their they them into out about also only ' +
    'what when who whom which where how has have had does did get got some any all each every one our own same ' +
    'see more most other such very just here over under after before without through while because',
};

/** Whether a lower-case word is left out of the index (and so out of queries), given the language's common words. */
export function isSkippedWord(word: string, common: readonly string[]): boolean {
  return word.length < 3 || /\d/.test(word) || common.includes(word);
}

/** The words of a text as Pagefind splits them: letters, digits, hyphens and apostrophes inside a word. */
export function textWords(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}

/** A query as the index can answer it: the skipped words taken out (Pagefind needs every word to match). */
export function searchableQuery(query: string, common: readonly string[]): string {
  return textWords(query)
    .filter((w) => !isSkippedWord(w.toLowerCase(), common))
    .join(' ');
}

/** The words of a title or heading that are indexed (the full text is kept for display): the same cut as a query's. */
const indexedWords = searchableQuery;

export interface SearchDocument {
  locale: string;
  title: string;
  /** The words readers type for the subject (the guide's `searchWords`): indexed with the title. */
  searchWords: string[];
  headings: string[];
  /** All other text of the page's indexed part. */
  text: string;
  /** Shown as the result's summary. */
  description: string;
  /** Pagefind filters, `name:value`. */
  filters: string[];
}

const escapeHtml = escapeMarkup;

/** The distinct words of the text, in order of first use, without skipped words and without words of the title or headings. */
export function distinctWords(doc: Pick<SearchDocument, 'locale' | 'title' | 'searchWords' | 'headings' | 'text'>): string[] {
  const common = (commonWords[doc.locale] ?? '').split(' ');
  const seen = new Set(textWords(`${doc.title} ${doc.searchWords.join(' ')} ${doc.headings.join(' ')}`).map((w) => w.toLowerCase()));
  const words: string[] = [];
  for (const word of textWords(doc.text)) {
    const key = word.toLowerCase();
    if (seen.has(key) || isSkippedWord(key, common)) continue;
    seen.add(key);
    words.push(word);
  }
  return words;
}

/**
 * Other words of a page indexed at most (besides its title, search words and headings):
 * every first search downloads the index chunk that holds its word. With 30 guides per
 * language (4,379 distinct words on the Indonesian pages, up to 267 on one) the chunk was
 * 22 KB and a first search 104-108 KB; keeping each page's 40 rarest words the chunk was
 * 12-14 KB. With the company pages, the lure words and the search script's new answers
 * that was 15.2 KB (English) and a first search up to 103.4 KB; with 10 rarest words the
 * chunk is 10.3 KB (en) and 9.9 KB (id), and the everyday-words, lure-words and company
 * tests still find their pages (search words and headings carry most of a guide's matches).
 */
export const maxTextWords = 10;

/**
 * The text words a page keeps when it has more than `max`: those fewest other pages of
 * its language also have (a word every guide uses finds every guide anyway), in the
 * page's order. `pagesWith` counts, per lower-case word, the pages that have it.
 */
export function selectTextWords(words: readonly string[], pagesWith: ReadonlyMap<string, number>, max = maxTextWords): string[] {
  if (words.length <= max) return [...words];
  const keep = new Set(
    words
      .map((word, index) => ({ word, index, pages: pagesWith.get(word.toLowerCase()) ?? 1 }))
      .sort((a, b) => a.pages - b.pages || a.index - b.index)
      .slice(0, max)
      .map((w) => w.index),
  );
  return words.filter((_, index) => keep.has(index));
}

/** The HTML Pagefind indexes for one page (see the module comment); `textWords` as chosen by {@link selectTextWords}. */
export function searchDocumentHtml(doc: SearchDocument, textWords: readonly string[] = distinctWords(doc)): string {
  const common = (commonWords[doc.locale] ?? '').split(' ');
  const headings = doc.headings.map((h) => `<h2>${escapeHtml(indexedWords(h, common))}</h2>\n`).join('');
  const filters = doc.filters.map((f) => `<span data-pagefind-filter="${escapeHtml(f)}"></span>`).join('');
  return (
    `<!doctype html><html lang="${escapeHtml(doc.locale)}"><head><title>${escapeHtml(doc.title)}</title></head><body>` +
    `<main data-pagefind-body>${filters}<h1>${escapeHtml(indexedWords([doc.title, ...doc.searchWords].join(' '), common))}</h1>\n${headings}` +
    `<p>${escapeHtml(textWords.join(' '))}</p></main>` +
    `<p data-pagefind-meta="title">${escapeHtml(doc.title)}</p><p data-pagefind-meta="description">${escapeHtml(doc.description)}</p></body></html>`
  );
}
