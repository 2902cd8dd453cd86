import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { searchWordsFile } from '../../src/lib/search-text.ts';
import { htmlPages, readHtml, readPage } from '../helpers/dist.ts';
import { distDir, root } from '../helpers/paths.ts';

/**
 * Guides' `searchWords` ("TKI", "bikin paspor") reach Pagefind at build and no page
 * holds them: a hidden list of keywords is shown by text browsers and may be read as
 * spam by search engines. tests/browser/search-words.test.ts proves search still finds them.
 */
const guidesWithWords = readdirSync(`${root}content/guides`, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => {
    const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(`${root}content/guides/${file}`, 'utf8'))![1]!;
    const [locale, ...rest] = file.replace(/(index)?\.mdx$/, '').split('/');
    return {
      address: `${locale === 'id' ? '' : `/${locale}`}/${rest.join('/')}`.replace(/\/?$/, '/'),
      words: parseYaml(front).searchWords ?? [],
    };
  })
  .filter((guide): guide is { address: string; words: string[] } => guide.words.length > 0);

describe("guides' search words", () => {
  it('are given for guides in both languages (what the rest proves is not empty)', () => {
    expect(guidesWithWords.some((g) => g.address.startsWith('/en/'))).toBe(true);
    expect(guidesWithWords.filter((g) => !g.address.startsWith('/en/')).length).toBeGreaterThan(10);
  });

  it('are held by no built page: no search-words block, hidden or not, nor the list of words', () => {
    const lists = guidesWithWords.map((g) => g.words.slice(0, 2).join(', '));
    for (const address of htmlPages()) {
      const html = readHtml(address);
      expect(html, address).not.toContain('data-search-words');
      const hidden = readPage(address)
        .querySelectorAll('[hidden]')
        .map((el) => el.textContent);
      expect(
        hidden.filter((text) => lists.some((list) => text.includes(list))),
        address,
      ).toEqual([]);
    }
    for (const { address, words } of guidesWithWords) expect(readHtml(address), address).not.toContain(words.join(', '));
  });

  it('leave no file behind: the build-only list is deleted once Pagefind has them', () => {
    for (const prefix of ['', 'en/']) expect(existsSync(`${distDir}${prefix}${searchWordsFile}`)).toBe(false);
  });
});
