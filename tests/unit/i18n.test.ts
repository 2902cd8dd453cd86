import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createTranslator, fillPlaceholders, missingKeys, pickLocalized, pickStrings, unknownKeys } from '../../src/lib/i18n.ts';
import { saveStringKeys } from '../../src/scripts/save-strings.ts';
import { searchStringKeys } from '../../src/scripts/search-strings.ts';
import { root } from '../helpers/paths.ts';

describe('UI strings', () => {
  it('finds keys missing or empty in a translation', () => {
    expect(missingKeys({ a: 'A', b: 'B', c: 'C' }, { a: 'x', c: '  ' })).toEqual(['b', 'c']);
  });

  it('finds keys a translation has that Indonesian does not', () => {
    expect(unknownKeys({ a: 'A' }, { a: 'x', typo: 'y' })).toEqual(['typo']);
  });

  it('fills placeholders and refuses to leave a hole', () => {
    expect(fillPlaceholders('{n} desa', { n: 3 })).toBe('3 desa');
    expect(() => fillPlaceholders('{n} desa')).toThrow(/\{n\}/);
  });

  it('names the file and key of an unknown string', () => {
    const t = createTranslator<Record<string, string>>({ hello: 'Halo' }, 'en');
    expect(t('hello')).toBe('Halo');
    expect(() => t('nope')).toThrow('content/i18n/en.json: no UI string "nope"');
  });

  it('falls back to Indonesian text and says so', () => {
    expect(pickLocalized({ id: 'Balai desa', en: 'Village hall' }, 'en')).toEqual({ text: 'Village hall', lang: 'en' });
    expect(pickLocalized({ id: 'Balai desa' }, 'en')).toEqual({ text: 'Balai desa', lang: 'id' });
  });
});

describe('strings handed to a browser script', () => {
  /** A test language with four plural forms, as Polish has: a new language needs nothing else. */
  const polish = {
    'search.results': {
      one: '{n} wynik dla „{q}”',
      few: '{n} wyniki dla „{q}”',
      many: '{n} wyników dla „{q}”',
      other: '{n} wyniku dla „{q}”',
    },
    'save.saving': 'Zapisywanie… {done} z {total}',
    'search.loading': 'Szukam…',
    unused: 'not handed over',
  };

  it('hands over only the keys the script uses, and the script counts with every plural form of the language', () => {
    const handed = pickStrings(polish, ['search.results', 'save.saving']);
    expect(Object.keys(handed)).toEqual(['search.results', 'save.saving']);
    // What the page writes into data-strings and the script reads back.
    const t = createTranslator(JSON.parse(JSON.stringify(handed)) as typeof handed, 'pl');
    expect(t.count('search.results', 1, { q: 'paszport' })).toBe('1 wynik dla „paszport”');
    expect(t.count('search.results', 3, { q: 'paszport' })).toBe('3 wyniki dla „paszport”');
    expect(t.count('search.results', 5, { q: 'paszport' })).toBe('5 wyników dla „paszport”');
    expect(t.count('search.results', 22, { q: 'paszport' })).toBe('22 wyniki dla „paszport”');
    expect(t('save.saving', { done: 1200, total: 1500 })).toBe('Zapisywanie… 1200 z 1500');
  });

  it('lists for each script only keys Indonesian has (a typo fails the type check too)', () => {
    const strings = JSON.parse(readFileSync(`${root}content/i18n/id.json`, 'utf8')).strings as Record<string, unknown>;
    for (const key of [...searchStringKeys, ...saveStringKeys]) expect(strings, key).toHaveProperty([key]);
  });
});
