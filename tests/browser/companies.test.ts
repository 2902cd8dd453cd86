import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, openSite, type SiteSession } from '../helpers/browser.ts';
import { distDir } from '../helpers/paths.ts';
import { searchDone } from '../../scripts/lib/browser.ts';

/**
 * A villager types the name of the company a recruiter named, or part of it, with or
 * without "PT": the company comes first with its status. A company-looking name that is
 * not in our records gets the answer the issue words, in both languages.
 */
const companies = readdirSync('content/companies')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => ({ slug: f.replace(/\.yaml$/, ''), name: (parse(readFileSync(`content/companies/${f}`, 'utf8')) as { name: string }).name }));

/** Part of a name: its first two words after the PT. */
const part = (name: string) =>
  name
    .replace(/^PT\.?\s+/, '')
    .split(' ')
    .slice(0, 2)
    .join(' ');

describeBrowser('search finds sanctioned companies', () => {
  let session: SiteSession;
  beforeAll(async () => {
    session = await openSite(distDir);
  });
  afterAll(async () => {
    await session?.close();
  });

  const search = async (prefix: string, query: string) => {
    const page = await session.newPage();
    await page.goto(`${session.url}${prefix}/cari/?q=${encodeURIComponent(query)}`);
    await searchDone(page);
    const items = await page.$$eval('[data-search-results] li', (lis) =>
      lis.map((li) => ({ href: li.querySelector('a')?.getAttribute('href') ?? '', text: li.textContent ?? '' })),
    );
    const answer = await page.$eval('[data-company-answer]', (el) => ((el as HTMLElement).hidden ? '' : (el as HTMLElement).innerText));
    return { page, items, answer };
  };

  it.each([
    ['', 'putri samawa', 'putri-samawa-mandiri', 'Pernah dihentikan sementara'],
    ['', 'PT Putri Samawa Mandiri', 'putri-samawa-mandiri', 'Pernah dihentikan sementara'],
    ['', 'Putri Samawa Mandiri', 'putri-samawa-mandiri', 'Pernah dihentikan sementara'],
    ['', 'pt. putri samawa', 'putri-samawa-mandiri', 'Pernah dihentikan sementara'],
    ['/en', 'putri samawa', 'putri-samawa-mandiri', 'Was suspended'],
    ['/en', 'PT Putri Samawa Mandiri', 'putri-samawa-mandiri', 'Was suspended'],
    ['', 'multi intan', 'multi-intan-amanah-internasional', 'Izin dicabut'],
    ['/en', 'PT Multi Intan Amanah Internasional', 'multi-intan-amanah-internasional', 'Licence revoked'],
    ['/en', 'elshafah', 'elshafah-adi-wiguna-mandiri', 'Suspension lifted'],
  ])('%s "%s" shows the company first with its status', async (prefix, query, slug, status) => {
    const { page, items, answer } = await search(prefix, query);
    await page.close();
    expect(items[0]?.href).toBe(`${prefix}/perusahaan/${slug}/`);
    expect(items[0]?.text).toContain(status);
    expect(answer).toBe('');
  });

  it.each([
    ['', 'PT Bumi Mas', ['pages'], ''],
    ['/en', 'pt bumi mas', ['pages'], ''],
    ['', 'bumi mas indonesia', ['pages', 'villages'], 'Ada 168 desa yang namanya memuat “bumi”'],
    ['/en', 'bumi mas indonesia', ['pages', 'villages'], '168 villages have “bumi” in their name'],
  ])(
    '%s "%s": the company comes before villages whose names share its words; with PT, no villages',
    async (prefix, query, order, villageNote) => {
      const { page, items } = await search(prefix, query);
      const sections = await page.$$eval('[data-page-results], [data-village-results]', (els) =>
        els.filter((e) => !(e as HTMLElement).hidden).map((e) => (e.hasAttribute('data-page-results') ? 'pages' : 'villages')),
      );
      const note = await page.locator('[data-village-note]').innerText();
      await page.close();
      expect(items[0]?.href).toBe(`${prefix}/perusahaan/bumi-mas-indonesia-mandiri/`);
      expect(sections).toEqual(order);
      // The count is for the word the villages were found by, not for the whole query.
      if (villageNote) expect(note).toContain(villageNote);
    },
  );

  it.each(
    companies.flatMap(
      (c) =>
        [
          ['', c],
          ['/en', c],
        ] as const,
    ),
  )('%s: part of the name finds %o first', async (prefix, company) => {
    const { page, items } = await search(prefix, part(company.name));
    await page.close();
    expect(items[0]?.href, `"${part(company.name)}": ${items.map((i) => i.href).join(' ')}`).toBe(`${prefix}/perusahaan/${company.slug}/`);
  });

  it.each([
    [
      '',
      'PT Maju Sentosa Abadi',
      [
        '“Maju Sentosa Abadi” tidak ada di daftar perusahaan yang pernah disanksi (keadaan 2 Desember 2026)',
        'tidak berarti perusahaan punya izin',
        'SISKOP2MI',
        'BP3MI',
        'meniru nama',
      ],
    ],
    ['', 'perusahaan Cahaya Gemilang', ['“Cahaya Gemilang” tidak ada di daftar', 'tidak berarti perusahaan punya izin']],
    ['', 'CV Sinar Harapan Baru', ['“Sinar Harapan Baru” tidak ada di daftar']],
    [
      '/en',
      'PT Maju Sentosa Abadi',
      [
        '“Maju Sentosa Abadi” is not in the list of sanctioned companies (as of 2 December 2026)',
        'does not mean a company is licensed',
        'SISKOP2MI',
        'BP3MI',
        'copy a licensed company',
      ],
    ],
  ])('%s an unknown company "%s" gets the clear answer', async (prefix, query, phrases) => {
    const { page, answer } = await search(prefix, query);
    const links = await page.$$eval('[data-company-answer] a', (as) => as.map((a) => a.getAttribute('href')));
    // A company name is not a village's: no village list, and no advice to try shorter words.
    const villagesShown = await page.$eval('[data-village-results]', (el) => !(el as HTMLElement).hidden);
    const status = await page.locator('[data-search-status]').innerText();
    await page.close();
    for (const phrase of phrases) expect(answer).toContain(phrase);
    expect(villagesShown).toBe(false);
    expect(status).not.toMatch(/Coba kata lain|Try another/);
    expect(links).toContain('https://siskop2mi.bp2mi.go.id');
    expect(links).toContain(`${prefix}/perusahaan/`);
  });

  it('takes a 360x640 screenshot of a company page and of the unknown-company answer', async () => {
    const page = await session.newPage();
    await page.goto(`${session.url}/perusahaan/putri-samawa-mandiri/`);
    await page.screenshot({ path: '.tmp/company-page.png' });
    await page.goto(`${session.url}/cari/?q=${encodeURIComponent('PT Maju Sentosa Abadi')}`);
    await page.waitForSelector('[data-company-answer]:not([hidden])');
    await page.screenshot({ path: '.tmp/company-answer.png' });
    await page.goto(`${session.url}/en/cari/?q=${encodeURIComponent('putri samawa')}`);
    await page.waitForSelector('[data-search-results] li');
    await page.screenshot({ path: '.tmp/company-search-en.png' });
    await page.close();
  });
});
