import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, openSite, type SiteSession } from '../helpers/browser.ts';
import { distDir } from '../helpers/paths.ts';
import { searchDone } from '../../scripts/lib/browser.ts';

/**
 * Readers do not type the site's words: they say "TKI", "bikin paspor", name a country.
 * Each query here must find its guide among the first three results, through the real
 * search page in Chromium. The words come from each guide's `searchWords`.
 */
const queries: [query: string, guide: string][] = [
  ['bikin paspor', '/paspor/'],
  ['syarat bikin paspor', '/paspor/syarat/'],
  ['berapa biaya paspor', '/paspor/biaya/'],
  ['perpanjang paspor', '/paspor/langkah/'],
  ['paspor hilang di luar negeri', '/paspor/hilang-rusak/'],
  ['kantor imigrasi terdekat', '/paspor/tempat/'],
  ['paspor TKI gratis', '/paspor/pekerja-migran/'],
  ['paspor ditunda', '/paspor/ditunda/'],
  ['kerja di Malaysia', '/migrasi-aman/'],
  ['daftar jadi TKI resmi', '/migrasi-aman/jalur-resmi/'],
  ['cek PT TKI resmi', '/migrasi-aman/cek-perusahaan/'],
  ['biaya jadi TKI', '/migrasi-aman/biaya/'],
  ['loker luar negeri palsu', '/migrasi-aman/tanda-bahaya/'],
  ['lapor calo', '/migrasi-aman/lapor/'],
  ['jalan tikus ke Malaysia', '/migrasi-aman/perbatasan/'],
  ['gaji tidak dibayar majikan', '/migrasi-aman/masalah-di-luar-negeri/'],
  ['TKI pulang kampung', '/migrasi-aman/pulang/'],
  ['petugas imigrasi desa', '/desa-binaan/pimpasa/'],
  ['surat izin keluarga TKI', '/desa-binaan/aturan-desa/'],
  ['nomor pengaduan KP2MI', '/bantuan/'],
  ['passport requirements', '/en/paspor/syarat/'],
  ['passport cost', '/en/paspor/biaya/'],
  ['passport renewal', '/en/paspor/langkah/'],
  ['lost passport abroad', '/en/paspor/hilang-rusak/'],
  ['nearest immigration office', '/en/paspor/tempat/'],
  ['passport refused', '/en/paspor/ditunda/'],
  ['work in Malaysia', '/en/migrasi-aman/'],
  ['how to become a migrant worker', '/en/migrasi-aman/jalur-resmi/'],
  ['check TKI agent', '/en/migrasi-aman/cek-perusahaan/'],
  ['agent fee to work abroad', '/en/migrasi-aman/biaya/'],
  ['fake job offer abroad', '/en/migrasi-aman/tanda-bahaya/'],
  ['report illegal agent', '/en/migrasi-aman/lapor/'],
  ['employer keeps passport', '/en/migrasi-aman/masalah-di-luar-negeri/'],
  ['coming home after working abroad', '/en/migrasi-aman/pulang/'],
  ['village immigration officer', '/en/desa-binaan/pimpasa/'],
  ['family consent letter', '/en/desa-binaan/aturan-desa/'],
  ['human trafficking', '/en/migrasi-aman/perdagangan-orang/'],
];

describeBrowser('search finds the words readers use', () => {
  let session: SiteSession;
  beforeAll(async () => {
    session = await openSite(distDir);
  });
  afterAll(async () => {
    await session?.close();
  });

  it.each(queries)('"%s" finds %s in the first three results', async (query, guide) => {
    const page = await session.newPage();
    const prefix = guide.startsWith('/en/') ? '/en' : '';
    await page.goto(`${session.url}${prefix}/cari/?q=${encodeURIComponent(query)}`);
    await searchDone(page);
    const links = await page.$$eval('[data-search-results] a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
    await page.close();
    expect(links.slice(0, 3), `results: ${links.join(' ')}`).toContain(guide);
  });
});
