/** UI strings of one language: a flat map of dotted keys to text. */
export type UiStrings = Record<string, string>;

/** Keys present in `reference` (Indonesian) but missing or empty in `other`. */
export function missingKeys(reference: UiStrings, other: UiStrings): string[] {
  return Object.keys(reference).filter((key) => !other[key]?.trim());
}

/** Keys in `other` that the reference does not have: usually a typo in a key name. */
export function unknownKeys(reference: UiStrings, other: UiStrings): string[] {
  return Object.keys(other).filter((key) => !(key in reference));
}

/**
 * Fills `{name}` placeholders. A placeholder without a value is an error, so a
 * sentence never reaches a reader with a hole in it.
 */
export function fillPlaceholders(text: string, values: Record<string, string | number> = {}): string {
  return text.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`UI string "${text}" needs a value for {${name}}`);
    return String(value);
  });
}

/** A translate function over one language's strings; an unknown key is an error. */
export function createTranslator(strings: UiStrings, locale: string) {
  return function t(key: string, values?: Record<string, string | number>): string {
    const text = strings[key];
    if (text === undefined) {
      throw new Error(`content/i18n/${locale}.yaml: no UI string "${key}"`);
    }
    return fillPlaceholders(text, values);
  };
}

export type Translate = ReturnType<typeof createTranslator>;

/** Text given per language in a data file, with Indonesian always present. */
export type LocalizedText = { id: string } & Partial<Record<string, string>>;

/**
 * The text for a language and the language it is really in: a data file may give a
 * note only in Indonesian, and the page must then mark that text `lang="id"`.
 */
export function pickLocalized(text: LocalizedText, locale: string): { text: string; lang: string } {
  const own = text[locale];
  if (own) return { text: own, lang: locale };
  return { text: text.id, lang: 'id' };
}
