import { defaultLocale, isLocale, type Locale } from './locales.ts';

/** Makes sure a site path starts and ends with a slash: `paspor/syarat` -> `/paspor/syarat/`. */
export function normalizePath(path: string): string {
  const trimmed = path.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** The address of a page in a language: Indonesian has no prefix, others `/<locale>/...`. */
export function localizePath(path: string, locale: Locale): string {
  const clean = normalizePath(path);
  if (locale === defaultLocale) return clean;
  return clean === '/' ? `/${locale}/` : `/${locale}${clean}`;
}

/** The address of a page or file in a language, keeping a file name: `/404.html` -> `/en/404.html`. */
export function localizeAddress(address: string, locale: Locale): string {
  if (!/\.[a-z]+$/.test(address)) return localizePath(address, locale);
  return locale === defaultLocale ? address : `/${locale}${address}`;
}

/** Splits an address into its language and the language-neutral path. */
export function splitLocale(pathname: string): { locale: Locale; path: string } {
  const clean = normalizePath(pathname);
  const first = clean.split('/')[1] ?? '';
  if (first !== defaultLocale && isLocale(first)) {
    return { locale: first, path: normalizePath(clean.slice(first.length + 1)) };
  }
  return { locale: defaultLocale, path: clean };
}

/**
 * The language and path of a guide from its content id, which is its file path under
 * `content/guides/` without the extension: `en/paspor/syarat` -> en, `/paspor/syarat/`;
 * an `index` file stands for its folder: `id/bantuan/index` -> id, `/bantuan/`.
 */
export function guideAddress(entryId: string): { locale: string; path: string } {
  const [locale = '', ...rest] = entryId.split('/');
  if (rest.at(-1) === 'index') rest.pop();
  return { locale, path: normalizePath(rest.join('/')) };
}

/** The printable version of the page at `path` (language-neutral): `/cetak/<path>/`. */
export function printPath(path: string): string {
  return normalizePath(`cetak${normalizePath(path)}`);
}

/** The absolute address of a site path, for canonical links, QR codes and open data. */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(path, site).href;
}

/** A lowercase ASCII slug of a name: `Kabupaten Timor Tengah Selatan` -> `kabupaten-timor-tengah-selatan`. */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
