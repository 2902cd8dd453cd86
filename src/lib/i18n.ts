/**
 * UI strings: a flat map of dotted keys to text. A text may have `{name}` placeholders;
 * a count has one text per plural category of its language (`{ one, other }`), picked
 * by `Intl.PluralRules`. Numbers are written by `Intl.NumberFormat` (1.211 in
 * Indonesian, 1,211 in English).
 */
export type PluralText = { [K in Intl.LDMLPluralRule]?: string | undefined } & { other: string };
export type UiText = string | PluralText;
export type UiStrings = Record<string, UiText>;

/** Keys present in `reference` (Indonesian) but missing or empty in `other`. */
export function missingKeys(reference: UiStrings, other: UiStrings): string[] {
  return Object.keys(reference).filter((key) => {
    const text = other[key];
    return typeof text === 'string' ? !text.trim() : !text?.other?.trim();
  });
}

/** Keys in `other` that the reference does not have: usually a typo in a key name. */
export function unknownKeys(reference: UiStrings, other: UiStrings): string[] {
  return Object.keys(other).filter((key) => !(key in reference));
}

/**
 * Keys whose kind differs from the reference (a count written as a plain text or the
 * reverse), or a count that lacks a plural category the language needs (English needs
 * `one` and `other`).
 */
export function pluralProblems(reference: UiStrings, other: UiStrings, locale: string): string[] {
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  const problems: string[] = [];
  for (const [key, text] of Object.entries(other)) {
    const ref = reference[key];
    if (ref === undefined) continue;
    if (typeof ref !== typeof text) {
      problems.push(`${key}: must be ${typeof ref === 'string' ? 'a text' : `a count with the forms ${categories.join(', ')}`}`);
    } else if (typeof text !== 'string') {
      const lacking = categories.filter((c) => !text[c]);
      if (lacking.length > 0) problems.push(`${key}: needs the plural form${lacking.length > 1 ? 's' : ''} ${lacking.join(', ')}`);
    }
  }
  return problems;
}

/**
 * Fills `{name}` placeholders; numbers are formatted for the language. A placeholder
 * without a value is an error, so a sentence never reaches a reader with a hole in it.
 */
export function fillPlaceholders(text: string, values: Record<string, string | number> = {}, locale = 'id'): string {
  const numbers = new Intl.NumberFormat(locale);
  return text.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`UI string "${text}" needs a value for {${name}}`);
    return typeof value === 'number' ? numbers.format(value) : value;
  });
}

/** The keys of `S` whose value is a plain text. */
export type TextKey<S> = { [K in keyof S]: S[K] extends string ? K : never }[keyof S] & string;
/** The keys of `S` whose value is a count with plural forms. */
export type CountKey<S> = Exclude<keyof S & string, TextKey<S>>;

export interface Translate<S = UiStrings> {
  /** The text of `key`, its placeholders filled. */
  (key: TextKey<S>, values?: Record<string, string | number>): string;
  /** The text of `key` for `n` (`{n}` is filled, formatted for the language). */
  count(key: CountKey<S>, n: number, values?: Record<string, string | number>): string;
  /** Every form of a count, for a script that fills it in the browser. */
  forms(key: CountKey<S>): PluralText;
  /** A number written for the language. */
  number(n: number): string;
}

/**
 * A translate function over one language's strings. An unknown key, or a key of the
 * wrong kind, is an error naming the file and the key.
 */
export function createTranslator<S extends UiStrings = UiStrings>(strings: S, locale: string): Translate<S> {
  const file = `content/i18n/${locale}.json`;
  const rules = new Intl.PluralRules(locale);
  const numbers = new Intl.NumberFormat(locale);
  const lookup = (key: string): UiText => {
    const text = strings[key];
    if (text === undefined) throw new Error(`${file}: no UI string "${key}"`);
    return text;
  };
  const plural = (key: string): PluralText => {
    const text = lookup(key);
    if (typeof text === 'string') throw new Error(`${file}: UI string "${key}" is a text, not a count`);
    return text;
  };
  const t = (key: string, values?: Record<string, string | number>) => {
    const text = lookup(key);
    if (typeof text !== 'string') throw new Error(`${file}: UI string "${key}" is a count: use t.count()`);
    return fillPlaceholders(text, values, locale);
  };
  t.count = (key: string, n: number, values: Record<string, string | number> = {}) => {
    const forms = plural(key);
    return fillPlaceholders(forms[rules.select(n)] ?? forms.other, { ...values, n }, locale);
  };
  t.forms = plural;
  t.number = (n: number) => numbers.format(n);
  return t as Translate<S>;
}

/**
 * The strings a browser script needs, picked from one language's strings by key: the
 * page hands them over as one JSON attribute, and the script reads them with
 * {@link createTranslator}, so it fills placeholders and picks plural forms exactly as
 * the build does, for any language.
 */
export function pickStrings<S extends UiStrings, K extends keyof S & string>(strings: S, keys: readonly K[]): Pick<S, K> {
  return Object.fromEntries(keys.map((key) => [key, strings[key]])) as Pick<S, K>;
}

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
