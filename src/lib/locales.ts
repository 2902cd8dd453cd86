import * as dictionaries from './languages.ts';

/**
 * The languages the site is published in (listed in `languages.ts`). Indonesian comes
 * first and is the default: it is served without a prefix, every other language under
 * `/<code>/`. A guide missing in a language falls back to Indonesian.
 */
export type Locale = keyof typeof dictionaries;

export const defaultLocale = 'id' satisfies Locale;

/** Every language, Indonesian first, then the others by code. */
export const locales: readonly Locale[] = [
  defaultLocale,
  ...(Object.keys(dictionaries) as Locale[]).filter((l) => l !== defaultLocale).sort(),
];

/** Each language's UI strings file, as written (checked by `src/data/ui.ts`). */
export const uiDictionaries: Readonly<Record<Locale, unknown>> = dictionaries;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

type Keys<L extends Locale> = keyof (typeof dictionaries)[L]['strings'];
type Missing<L extends Locale> = Exclude<Keys<typeof defaultLocale>, Keys<L>>;
type Extra<L extends Locale> = Exclude<Keys<L>, Keys<typeof defaultLocale>>;
type Mismatch = {
  [L in Locale]: [Missing<L>, Extra<L>] extends [never, never] ? never : { language: L; missing: Missing<L>; extra: Extra<L> };
}[Locale];

/**
 * Fails the type check when a language's strings lack a key Indonesian has, or have one
 * it does not: the error names the language and the keys.
 */
export const uiKeysMatch: [Mismatch] extends [never] ? true : Mismatch = true;
