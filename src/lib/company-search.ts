/**
 * Pure helpers of the search page for company names and for queries that find nothing
 * as a whole (src/scripts/search.ts uses them; tested in tests/unit/company-search.test.ts).
 */

/**
 * Whether a query looks like a company's name: it starts with `PT`, `CV` (with or without
 * a dot) or the word `perusahaan`/`company`. Such a query that matches no company record
 * gets the "not in our list" answer.
 */
export function looksLikeCompany(query: string): boolean {
  return /^\s*(?:(?:p\.?\s?t|c\.?\s?v)\.?(?=[\s.]|$)|perusahaan\b|company\b)/iu.test(query);
}

/** The name part of a company-looking query, as typed: `PT. Maju Jaya` -> `Maju Jaya`. */
export function companyName(query: string): string {
  return query.replace(/^\s*(?:(?:p\.?\s?t|c\.?\s?v)\.?(?=[\s.]|$)|perusahaan\b|company\b)[\s.:]*/iu, '').trim();
}

/** A result of one word's search: the page's id and its rank in that word's results (0 = first). */
export interface WordHit {
  id: string;
  rank: number;
}

/**
 * Pages for a query of several words that found nothing as a whole (every word must
 * match): the pages holding the most of its words first; among those, the better their
 * ranks, the earlier. Pages that hold only one word of a query of three or more are left
 * out unless nothing holds more. `hits` has one list per word, in the query's order.
 */
export function mostWordsFirst(hits: readonly (readonly WordHit[])[]): string[] {
  const pages = new Map<string, { words: number; ranks: number; first: number }>();
  hits.forEach((list, w) => {
    for (const { id, rank } of list) {
      const page = pages.get(id) ?? { words: 0, ranks: 0, first: w * 1000 + rank };
      page.words += 1;
      page.ranks += rank;
      pages.set(id, page);
    }
  });
  const best = Math.max(0, ...[...pages.values()].map((p) => p.words));
  const floor = hits.length >= 3 && best > 1 ? 2 : 1;
  return [...pages]
    .filter(([, p]) => p.words >= floor)
    .sort(([, a], [, b]) => b.words - a.words || a.ranks / a.words - b.ranks / b.words || a.first - b.first)
    .map(([id]) => id);
}

/** Puts the results whose id is in `first` (companies found by name) before the others, each group in its order. */
export function companiesFirst<T extends { id: string }>(results: readonly T[], first: ReadonlySet<string>): T[] {
  return [...results.filter((r) => first.has(r.id)), ...results.filter((r) => !first.has(r.id))];
}
