/**
 * One page of every template, by a short name and its Indonesian address (English adds
 * `/en` in front). Used by `npm run screenshots` and the browser tests of small screens
 * and old browsers, so both look at the same pages.
 */
export const sampleVillage = '/desa/jawa-tengah/kabupaten-sragen/cemeng-3314072003/';

export const templates: readonly (readonly [name: string, address: string])[] = [
  ['home', '/'],
  ['topic', '/paspor/'],
  ['guide', '/paspor/syarat/'],
  ['guide-steps', '/paspor/langkah/'],
  ['guide-checklist', '/migrasi-aman/tanda-bahaya/'],
  ['guide-road', '/migrasi-aman/jalur-resmi/'],
  ['guide-part-of-road', '/migrasi-aman/cek-perusahaan/'],
  ['guide-agencies', '/migrasi-aman/masalah-di-luar-negeri/'],
  ['fee-table', '/paspor/biaya/'],
  ['help-lines', '/bantuan/'],
  ['directory', '/desa/'],
  ['province', '/desa/jawa-tengah/'],
  ['regency', '/desa/jawa-tengah/kabupaten-sragen/'],
  ['village', sampleVillage],
  ['office', '/kantor/kanim-kupang/'],
  ['office-list', '/kantor/'],
  ['search', '/cari/?q=paspor'],
  ['search-none', '/cari/?q=zzqxv'],
  ['search-company', '/cari/?q=PT%20Maju%20Sentosa%20Abadi'],
  ['company', '/perusahaan/multi-intan-amanah-internasional/'],
  ['company-list', '/perusahaan/'],
  ['save', '/simpan/'],
  ['offline', '/simpan/luring/'],
  ['printable-guide', '/cetak/paspor/syarat/'],
  ['booklet', '/cetak/buku/paspor/'],
  ['poster', `/cetak${sampleVillage}`],
  ['before-you-sign', '/cetak/perusahaan/'],
  ['404', '/404.html'],
];

/** The address of a template's page in a language: `/en/paspor/`, `/en/` for the home page. */
export function inLanguage(address: string, prefix: '' | '/en'): string {
  return address === '/' && prefix ? '/en/' : `${prefix}${address}`;
}
