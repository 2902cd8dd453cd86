/**
 * The languages the site is published in. Indonesian comes first and is the default:
 * it is served without a prefix, every other language under `/<code>/`.
 * Adding a language is one line here, a UI-strings file in `content/i18n/`, and a
 * folder of guides in `content/guides/` (a missing guide falls back to Indonesian).
 */
export const locales = ['id', 'en'] as const;

export type Locale = (typeof locales)[number];

export const defaultLocale: Locale = 'id';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}
