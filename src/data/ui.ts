import { getCollection } from 'astro:content';
import { createTranslator, missingKeys, unknownKeys, type Translate } from '../lib/i18n.ts';
import { defaultLocale, locales, type Locale } from '../lib/locales.ts';

export interface Language {
  locale: Locale;
  name: string;
  status: 'complete' | 'draft';
  t: Translate;
}

let cache: Promise<Map<Locale, Language>> | undefined;

/**
 * Every shipped language's UI strings, checked once per build: a key that Indonesian
 * has and another language lacks fails the build, naming the file and the key.
 */
export function languages(): Promise<Map<Locale, Language>> {
  cache ??= (async () => {
    const entries = new Map((await getCollection('i18n')).map((entry) => [entry.id, entry.data]));
    const reference = entries.get(defaultLocale);
    if (!reference) throw new Error(`content/i18n/${defaultLocale}.yaml is missing: Indonesian UI strings are required`);
    const result = new Map<Locale, Language>();
    for (const locale of locales) {
      const data = entries.get(locale);
      if (!data) throw new Error(`content/i18n/${locale}.yaml is missing: every shipped language needs its UI strings`);
      const missing = missingKeys(reference.strings, data.strings);
      if (missing.length > 0) {
        throw new Error(
          `content/i18n/${locale}.yaml: strings missing (present in ${defaultLocale}.yaml): ${missing.join(', ')}`,
        );
      }
      const unknown = unknownKeys(reference.strings, data.strings);
      if (unknown.length > 0) {
        throw new Error(`content/i18n/${locale}.yaml: strings not in ${defaultLocale}.yaml (typo?): ${unknown.join(', ')}`);
      }
      result.set(locale, { locale, name: data.name, status: data.status, t: createTranslator(data.strings, locale) });
    }
    return result;
  })();
  return cache;
}

/** One language's UI strings and translate function. */
export async function language(locale: Locale): Promise<Language> {
  return (await languages()).get(locale)!;
}
