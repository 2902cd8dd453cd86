import { defaultLocale, isLocale, locales, type Locale } from './locales.ts';

/**
 * The languages a build renders: every language, or those named in BUILD_LOCALES
 * (`id,en`). scripts/build.ts renders each language in its own process, one per core.
 */
export function builtLocales(setting: string | undefined = process.env.BUILD_LOCALES): Locale[] {
  if (!setting) return [...locales];
  const named = setting.split(',').map((s) => s.trim());
  for (const name of named) {
    if (!isLocale(name)) throw new Error(`BUILD_LOCALES: unknown language "${name}" (languages: ${locales.join(', ')})`);
  }
  return locales.filter((l) => named.includes(l));
}

/**
 * Route params for pages under `src/pages/[...lang]/`: Indonesian has no prefix
 * (`lang` undefined), every other language its code. One page file serves every
 * language (every built one: see {@link builtLocales}).
 */
export function localeParams(): { params: { lang: string | undefined } }[] {
  return builtLocales().map((locale) => ({ params: { lang: locale === defaultLocale ? undefined : locale } }));
}

/** The locale of a `[...lang]` route param. */
export function localeFromParam(lang: string | undefined): Locale {
  if (lang === undefined) return defaultLocale;
  if (!isLocale(lang)) throw new Error(`unknown language in address: "${lang}"`);
  return lang;
}
