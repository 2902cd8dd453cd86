/**
 * The languages the site is published in: one line each, its UI strings. Adding a
 * language is this line, its guides folder (`content/guides/<code>/`) and its strings
 * file (`content/i18n/<code>.json`, a copy of `id.json` translated); everything else
 * (addresses, the 404 page, dates, search, import columns) follows from this list.
 */
export { default as id } from '../../content/i18n/id.json' with { type: 'json' };
export { default as en } from '../../content/i18n/en.json' with { type: 'json' };
