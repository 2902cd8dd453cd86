import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, openSite, type SiteSession } from '../helpers/browser.ts';
import { distDir } from '../helpers/paths.ts';
import { searchDone } from '../../scripts/lib/browser.ts';

/**
 * What recruiters promise is what villagers repeat: high pay, leaving fast, no cost, no
 * skills or language needed, a job through a friend or a social-media post. Each such
 * phrase must reach the danger-signs guide or the company check among the first three
 * results, in both languages, through the real search page.
 */
const targets = ['/migrasi-aman/tanda-bahaya/', '/migrasi-aman/cek-perusahaan/'];

export const lurePhrases: Record<'id' | 'en', string[]> = {
  id: [
    'gaji besar',
    'gaji tinggi',
    'gaji besar kerja di luar negeri',
    'berangkat cepat',
    'cepat berangkat',
    'berangkat minggu depan',
    'langsung berangkat',
    'tanpa biaya',
    'gratis berangkat',
    'kerja luar negeri tanpa biaya',
    'tanpa pengalaman',
    'tanpa keahlian',
    'tidak perlu bahasa',
    'tidak perlu ijazah',
    'ditawari teman kerja di luar negeri',
    'lewat teman',
    'info dari tetangga',
    'lowongan di Facebook',
    'iklan Facebook kerja luar negeri',
    'lowongan TikTok',
    'berangkat cepat gaji besar ke Qatar',
  ],
  en: [
    'high salary',
    'high pay',
    'big salary job abroad',
    'leave fast',
    'leave next week',
    'quick departure',
    'no cost',
    'free departure',
    'no fee job abroad',
    'no experience needed',
    'no skills needed',
    'no language needed',
    'job through a friend',
    'offer from a friend',
    'job post on Facebook',
    'Facebook post job abroad',
    'TikTok job',
    'high salary leave next week no cost',
  ],
};

describeBrowser('lure words lead to the danger signs', () => {
  let session: SiteSession;
  beforeAll(async () => {
    session = await openSite(distDir);
  });
  afterAll(async () => {
    await session?.close();
  });

  it.each([...lurePhrases.id.map((q) => ['', q] as const), ...lurePhrases.en.map((q) => ['/en', q] as const)])(
    '%s "%s" reaches the danger signs or the company check in the first three',
    async (prefix, query) => {
      const page = await session.newPage();
      await page.goto(`${session.url}${prefix}/cari/?q=${encodeURIComponent(query)}`);
      await searchDone(page);
      const links = await page.$$eval('[data-search-results] a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
      await page.close();
      expect(
        links.slice(0, 3).some((l) => targets.some((t) => l === `${prefix}${t}`)),
        `results: ${links.join(' ')}`,
      ).toBe(true);
    },
  );

  // Pagefind leaves out words no page has ("Qatar"), so these queries use words the index has, on different pages.
  it.each([
    ['', 'gaji besar kerja Korea tanpa ijazah', 'Tidak ada halaman yang memuat semua kata'],
    ['', 'calo janji gaji besar Taiwan', 'Tidak ada halaman yang memuat semua kata'],
    ['/en', 'high salary job in Korea without diploma', 'No page has every word'],
    ['/en', 'agent promised high salary Taiwan', 'No page has every word'],
  ])('%s "%s" finds nothing as a whole, falls back to the pages with most words and says so', async (prefix, query, note) => {
    const page = await session.newPage();
    await page.goto(`${session.url}${prefix}/cari/?q=${encodeURIComponent(query)}`);
    await searchDone(page);
    const status = await page.locator('[data-search-status]').innerText();
    const links = await page.$$eval('[data-search-results] a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
    await page.close();
    expect(status).toContain(note);
    expect(links.length).toBeGreaterThan(0);
    expect(links.slice(0, 3)).toContain(`${prefix}/migrasi-aman/tanda-bahaya/`);
  });
});
