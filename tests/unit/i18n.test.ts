import { describe, expect, it } from 'vitest';
import { createTranslator, fillPlaceholders, missingKeys, pickLocalized, unknownKeys } from '../../src/lib/i18n.ts';

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
