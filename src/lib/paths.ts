/**
 * Language-neutral addresses of pages that other pages and the search script link to,
 * written once. No imports, so the browser script can use them too; add the language
 * with `localizePath()` (src/lib/urls.ts) or the script's own prefix.
 */

/** The list of immigration offices, by province. */
export const officeListPath = '/kantor/';

/** An immigration office's page: `/kantor/<id>/`. */
export function officePath(id: string): string {
  return `${officeListPath}${id}/`;
}

/** The guide on asking for an officer's visit to a village. */
export const visitGuidePath = '/desa-binaan/minta-kunjungan/';
