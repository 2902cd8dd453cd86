import { createTranslator, missingKeys, pluralProblems, unknownKeys, type Translate } from '../lib/i18n.ts';
import type { id as reference } from '../lib/languages.ts';
import { defaultLocale, locales, uiDictionaries, type Locale } from '../lib/locales.ts';
import { uiStringsSchema } from '../schemas/ui-strings.ts';

/** The UI strings' keys are Indonesian's: `t()` accepts only those. */
export type UiStringsOf = (typeof reference)['strings'];
export type Translator = Translate<UiStringsOf>;

export interface Language {
  locale: Locale;
  name: string;
  status: 'complete' | 'draft';
  /** Every UI string, for a browser script's share (see `pickStrings`). */
  strings: UiStringsOf;
  t: Translator;
}

let cache: Map<Locale, Language> | undefined;

/**
 * Every shipped language's UI strings, checked once per build: a key that Indonesian
 * has and another language lacks (or the reverse), or a count without a plural form the
 * language needs, fails the build naming the file and the key. The type check catches
 * the same in `src/lib/locales.ts`; this also covers a language added without it.
 */
export function languages(): Map<Locale, Language> {
  cache ??= (() => {
    const parsed = new Map(
      locales.map((locale) => {
        const result = uiStringsSchema.safeParse(uiDictionaries[locale]);
        if (!result.success) {
          const issue = result.error.issues[0]!;
          throw new Error(`content/i18n/${locale}.json: ${issue.path.join('.')}: ${issue.message}`);
        }
        return [locale, result.data] as const;
      }),
    );
    const base = parsed.get(defaultLocale)!.strings;
    const result = new Map<Locale, Language>();
    for (const [locale, data] of parsed) {
      const file = `content/i18n/${locale}.json`;
      const missing = missingKeys(base, data.strings);
      if (missing.length > 0) throw new Error(`${file}: strings missing (present in ${defaultLocale}.json): ${missing.join(', ')}`);
      const unknown = unknownKeys(base, data.strings);
      if (unknown.length > 0) throw new Error(`${file}: strings not in ${defaultLocale}.json (typo?): ${unknown.join(', ')}`);
      const plurals = pluralProblems(base, data.strings, locale);
      if (plurals.length > 0) throw new Error(`${file}: ${plurals.join('; ')}`);
      const strings = data.strings as UiStringsOf;
      result.set(locale, { locale, name: data.name, status: data.status, strings, t: createTranslator(strings, locale) });
    }
    return result;
  })();
  return cache;
}

/** One language's UI strings and translate function. */
export function language(locale: Locale): Language {
  return languages().get(locale)!;
}

interface PageContext {
  locals: App.Locals;
  url: URL;
}

/** The page's languages (see `src/data/routes.ts`); an error naming the page when they are not set. */
export function pageLocales(page: PageContext) {
  const found = page.locals.route;
  if (!found) {
    throw new Error(
      `${page.url.pathname}: this page has no language set. src/middleware.ts sets it for every page; ` +
        'a component that needs it cannot be rendered outside a page',
    );
  }
  return found;
}

/** The language the page is served in (its address): menus, labels, the page's own frame. */
export function addressLanguage(page: PageContext): Language {
  return language(pageLocales(page).locale);
}

/** The language of the page's main content: a fallback guide's is Indonesian. */
export function contentLanguage(page: PageContext): Language {
  return language(pageLocales(page).contentLocale);
}
