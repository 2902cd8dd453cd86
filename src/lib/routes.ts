import { defaultLocale, isLocale, locales, type Locale } from './locales.ts';

/**
 * Route params for pages under `src/pages/[...lang]/`: Indonesian has no prefix
 * (`lang` undefined), every other language its code. One page file serves every language.
 */
export function localeParams(): { params: { lang: string | undefined } }[] {
  return locales.map((locale) => ({ params: { lang: locale === defaultLocale ? undefined : locale } }));
}

/** The locale of a `[...lang]` route param. */
export function localeFromParam(lang: string | undefined): Locale {
  if (lang === undefined) return defaultLocale;
  if (!isLocale(lang)) throw new Error(`unknown language in address: "${lang}"`);
  return lang;
}
