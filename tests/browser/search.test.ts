import { existsSync, readdirSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { measureSearch } from '../../scripts/lib/transfer.ts';
import { describeBrowser, openSite, type SiteSession } from '../helpers/browser.ts';
import { distDir, fixtureDistDir } from '../helpers/paths.ts';
import { searchDone } from '../../scripts/lib/browser.ts';

const results = (session: SiteSession, path: string) => async () => {
  const page = await session.newPage();
  await page.goto(`${session.url}${path}`);
  await searchDone(page);
  const links = await page.$$eval('[data-search-results] a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
  const kinds = await page.$$eval('[data-search-results] .meta', (els) => els.map((el) => el.textContent ?? ''));
  const places = await page.$$eval('[data-village-list] li', (lis) =>
    lis.map((li) => ({ href: li.querySelector('a')?.getAttribute('href') ?? '', text: li.textContent ?? '' })),
  );
  const status = await page.locator('[data-search-status]').innerText();
  await page.close();
  return { links, kinds, places, status };
};

/** Budget for the search page plus its first query, all requests, gzip (issue: search). */
const firstQueryBudget = 100_000;

describeBrowser('search', () => {
  let session: SiteSession;
  let fixture: SiteSession;
  beforeAll(async () => {
    session = await openSite(distDir);
    fixture = await openSite(fixtureDistDir);
  });
  afterAll(async () => {
    await session?.close();
    await fixture?.close();
  });

  it('has one index per language', () => {
    expect(readdirSync(`${distDir}pagefind`).sort()).toEqual(['en', 'id']);
    expect(existsSync(`${distDir}pagefind/id/wasm.id.pagefind`)).toBe(true);
    expect(existsSync(`${distDir}pagefind/en/wasm.en.pagefind`)).toBe(true);
  });

  it('"paspor" lists the passport guides first', async () => {
    const { links, kinds, status } = await results(session, '/cari/?q=paspor')();
    expect(status).toMatch(/^\d+ hasil untuk “paspor”$/);
    expect(kinds.length).toBeGreaterThan(0);
    for (const kind of kinds) expect(kind).toBe(' · Panduan');
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link).toMatch(/^\/paspor\//);
  });

  it('"passport" in English lists only English pages, and no fallback', async () => {
    const page = await fixture.newPage();
    await page.goto(`${fixture.url}/en/cari/?q=passport`);
    await searchDone(page);
    // Open every result, not only the first few, to see that none is Indonesian or a fallback.
    while (await page.locator('[data-search-more]').isVisible()) {
      const before = await page.locator('[data-search-results] li').count();
      await page.click('[data-search-more]');
      await page.waitForFunction((n) => document.querySelectorAll('[data-search-results] li').length > n, before);
    }
    const links = await page.$$eval('[data-search-results] a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(links.length).toBeGreaterThan(3);
    for (const link of links) expect(link).toMatch(/^\/en\//);
    expect(links).not.toContain('/en/paspor/hanya-indonesia/');
    await page.close();
  });

  it('finds a program village by its name, in each language, with its district, regency and province', async () => {
    // Cemeng (Sragen) is a program village; the other villages called Cemeng are not.
    const id = await results(session, '/cari/?q=Cemeng%20Sragen')();
    expect(id.places.find((p) => p.href.startsWith('/desa/'))).toEqual({
      href: '/desa/jawa-tengah/kabupaten-sragen/cemeng-3314072003/',
      text: 'Desa Cemeng · Kec. Sambungmacan, Kabupaten Sragen, Jawa Tengah',
    });
    const en = await results(session, '/en/cari/?q=desa%20cemeng%20sambungmacan')();
    expect(en.places.find((p) => p.href.startsWith('/en/desa/'))).toEqual({
      href: '/en/desa/jawa-tengah/kabupaten-sragen/cemeng-3314072003/',
      text: 'Cemeng (desa) · Sambungmacan district, Kabupaten Sragen, Jawa Tengah',
    });
  });

  it('finds an immigration office by the name of its town', async () => {
    const { places } = await results(session, '/cari/?q=kupang')();
    expect(places.map((p) => p.href)).toContain('/kantor/kanim-kupang/');
    expect(places.find((p) => p.href === '/kantor/kanim-kupang/')?.text).toContain('Kantor imigrasi, Kota Kupang, Nusa Tenggara Timur');
  });

  // Villages outside the program (none is in content/villages/): the place, that it is not
  // in the program, its offices (or its province's, or none yet), the request-a-visit guide.
  it.each([
    {
      address: '/cari/?q=watukarung',
      place: 'Desa Watukarung, Kecamatan Pringkuku, Kabupaten Pacitan, Jawa Timur',
      sentence: 'Desa ini belum termasuk program Desa Binaan Imigrasi.',
      offices: 'Kantor imigrasi untuk Kabupaten Pacitan: Kantor Imigrasi Kelas II Non TPI Ponorogo',
      office: { href: '/kantor/kanim-ponorogo/', h1: /Ponorogo/ },
      guide: { href: '/desa-binaan/minta-kunjungan/', h1: /kunjungan/ },
    },
    {
      address: '/en/cari/?q=Desa%20Watukarung',
      place: 'Watukarung (desa), Pringkuku district, Kabupaten Pacitan, Jawa Timur',
      sentence: 'This village is not (yet) in the Desa Binaan Imigrasi program.',
      offices: 'Ask at an immigration office for Kabupaten Pacitan: Kantor Imigrasi Kelas II Non TPI Ponorogo',
      office: { href: '/en/kantor/kanim-ponorogo/', h1: /Ponorogo/ },
      guide: { href: '/en/desa-binaan/minta-kunjungan/', h1: /visit/ },
    },
    {
      // No office publishes Tapanuli Tengah as its working area: the offices of the province.
      address: '/cari/?q=patupangan',
      place: 'Desa Patupangan, Kecamatan Barus, Kabupaten Tapanuli Tengah, Sumatera Utara',
      sentence: 'Desa ini belum termasuk program Desa Binaan Imigrasi.',
      offices: 'Kantor untuk Kabupaten Tapanuli Tengah belum tercatat. Tanyakan ke kantor imigrasi di Sumatera Utara: Kantor Imigrasi',
      office: { href: '/kantor/kanim-tanjung-balai-asahan/', h1: /Tanjung Balai/ },
      guide: { href: '/desa-binaan/minta-kunjungan/', h1: /kunjungan/ },
    },
    {
      address: '/en/cari/?q=patupangan%20barus',
      place: 'Patupangan (desa), Barus district, Kabupaten Tapanuli Tengah, Sumatera Utara',
      sentence: 'This village is not (yet) in the Desa Binaan Imigrasi program.',
      offices: 'No office is listed for Kabupaten Tapanuli Tengah yet. Ask at an immigration office in Sumatera Utara: Kantor Imigrasi',
      office: { href: '/en/kantor/kanim-tanjung-balai-asahan/', h1: /Tanjung Balai/ },
      guide: { href: '/en/desa-binaan/minta-kunjungan/', h1: /visit/ },
    },
    {
      // Aceh: the Meulaboh office publishes Aceh Selatan as part of its working area.
      address: '/cari/?q=geulumbuk',
      place: 'Desa Geulumbuk, Kecamatan Kluet Selatan, Kabupaten Aceh Selatan, Aceh',
      sentence: 'Desa ini belum termasuk program Desa Binaan Imigrasi.',
      offices: 'Kantor imigrasi untuk Kabupaten Aceh Selatan: Kantor Imigrasi Kelas II Non TPI Meulaboh',
      office: { href: '/kantor/kanim-meulaboh/', h1: /Meulaboh/ },
      guide: { href: '/desa-binaan/minta-kunjungan/', h1: /kunjungan/ },
    },
    {
      // Papua: no office publishes Kabupaten Jayapura as its working area: the province's offices.
      address: '/en/cari/?q=dobonsolo',
      place: 'Dobonsolo (kelurahan), Sentani district, Kabupaten Jayapura, Papua',
      sentence: 'This village is not (yet) in the Desa Binaan Imigrasi program.',
      offices: 'No office is listed for Kabupaten Jayapura yet. Ask at an immigration office in Papua: Kantor Imigrasi',
      office: { href: '/en/kantor/kanim-jayapura/', h1: /Jayapura/ },
      guide: { href: '/en/desa-binaan/minta-kunjungan/', h1: /visit/ },
    },
  ])('finds a village outside the program: $address', async ({ address, place, sentence, offices, office, guide }) => {
    const page = await session.newPage();
    await page.goto(`${session.url}${address}`);
    await searchDone(page);
    const item = page.locator('[data-village-list] li').first();
    const lines = (await item.locator(':scope > strong, :scope > p').allInnerTexts()).map((t) => t.trim());
    expect(lines[0]).toBe(place);
    expect(lines[1]).toBe(sentence);
    expect(lines[2]).toContain(offices);
    const hrefs = await item.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toContain(office.href);
    expect(hrefs.at(-1)).toBe(guide.href);
    // Both links open a page of this site.
    for (const { href, h1 } of [office, guide]) {
      await item.locator(`a[href="${href}"]`).click();
      await page.waitForURL(`${session.url}${href}`);
      expect(await page.locator('h1').innerText()).toMatch(h1);
      await page.goBack();
      await page.waitForFunction(() => document.querySelectorAll('[data-village-list] a').length > 0);
    }
    await page.close();
  });

  it('for a very common village name, asks for the province and then lists its villages', async () => {
    const page = await session.newPage();
    // Serve "oepaha" as if over 100 villages had it: split by province.
    const words = { '*': 'oepaha' };
    const split = {
      provinces: [
        ['53', 'Nusa Tenggara Timur', 1, '53'],
        ['32', 'Jawa Barat', 7, '32'],
      ],
    };
    const rows = {
      rows: [
        [
          'Oepaha',
          'desa',
          'Nekamese',
          'Kabupaten Kupang',
          'Nusa Tenggara Timur',
          '/desa/nusa-tenggara-timur/kabupaten-kupang/oepaha-5301162007/',
          '53.01',
        ],
      ],
    };
    await page.route('**/cari-desa/words/*.json', (r) => r.fulfill({ json: words }));
    await page.route('**/cari-desa/split/oepaha.json', (r) => r.fulfill({ json: split }));
    await page.route('**/cari-desa/split/oepaha-53.json', (r) => r.fulfill({ json: rows }));
    await page.goto(`${session.url}/cari/?q=oepaha`);
    const button = page.getByRole('button', { name: 'Nusa Tenggara Timur (1)' });
    await button.waitFor();
    expect(await page.locator('[data-village-note]').innerText()).toBe('Ada 8 desa yang namanya memuat “oepaha”. Pilih provinsinya:');
    await button.click();
    await page.waitForSelector('[data-village-list] a');
    expect(await page.$$eval('[data-village-list] a', (as) => as.map((a) => a.getAttribute('href')))).toEqual([
      '/desa/nusa-tenggara-timur/kabupaten-kupang/oepaha-5301162007/',
    ]);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('village-results');
    await page.close();
  });

  it('still lists villages when Pagefind cannot be loaded, and says some results are missing', async () => {
    const page = await session.newPage();
    await page.route('**/pagefind/**', (r) => r.abort());
    await page.goto(`${session.url}/cari/?q=Oepaha`);
    await page.waitForFunction(() => /Sebagian/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    expect(await page.locator('[data-search-status]').innerText()).toBe(
      '1 hasil untuk “Oepaha” Sebagian hasil tidak bisa dimuat. Coba lagi nanti.',
    );
    // Oepaha is not a program village: its row names the office for Kabupaten Kupang and the visit guide.
    expect(await page.$$eval('[data-village-list] a', (as) => as.map((a) => a.getAttribute('href')))).toEqual([
      '/kantor/kanim-kupang/',
      '/desa-binaan/minta-kunjungan/',
    ]);
    await page.close();
  });

  it('shows helpful next steps when nothing matches', async () => {
    const page = await session.newPage();
    await page.goto(`${session.url}/cari/?q=zzqxv`);
    await page.waitForFunction(() => /Tidak ada/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    expect(await page.locator('[data-search-status]').innerText()).toContain('Tidak ada hasil untuk “zzqxv”');
    expect(await page.locator('[data-search-status]').getAttribute('role')).toBe('status');
    const help = await page.$$eval('[data-search-help] a', (as) => as.map((a) => a.getAttribute('href')));
    expect(help).toEqual(expect.arrayContaining(['/paspor/', '/migrasi-aman/', '/desa/', '/bantuan/']));
    await page.close();
  });

  it('works by keyboard: the form submits with Enter and results are links', async () => {
    const page = await session.newPage();
    await page.goto(`${session.url}/cari/`);
    await page.focus('#search-q');
    await page.keyboard.type('calo');
    await page.keyboard.press('Enter');
    await page.waitForURL(/q=calo/);
    await searchDone(page);
    expect(await page.locator('[data-search-results] a').count()).toBeGreaterThan(0);
    expect(await page.inputValue('#search-q')).toBe('calo');
    await page.close();
  });

  it('without JavaScript, still offers the topic index and the village directory', async () => {
    const page = await session.newPage({ javaScript: false });
    await page.goto(`${session.url}/cari/?q=paspor`);
    const help = await page.$$eval('[data-search-help] a', (as) => as.map((a) => a.getAttribute('href')));
    expect(help).toEqual(['/paspor/', '/migrasi-aman/', '/desa-binaan/', '/bantuan/', '/desa/']);
    await page.close();
  });

  it.each([
    ['/cari/?q=paspor', 'a guide word, Indonesian'],
    ['/en/cari/?q=passport', 'a guide word, English'],
    ['/cari/?q=Oepaha', 'a program village'],
    ['/en/cari/?q=kupang', 'an office town, English'],
    ['/cari/?q=watukarung', 'a village outside the program'],
    ['/en/cari/?q=geulumbuk', 'a village outside the program, English'],
    ['/en/cari/?q=sukamaju', 'a common village name, English'],
    ['/en/cari/?q=jaya', 'a name split by province, English'],
    ['/cari/?q=PT%20Bumi%20Mas', 'a sanctioned company, by part of its name'],
    ['/en/cari/?q=PT%20Maju%20Sentosa%20Abadi', 'a company not in the list, English'],
  ])('keeps the search page plus the first query within 100 KB: %s (%s)', async (address) => {
    const page = await session.newPage();
    const { transfers, total } = await measureSearch(page, `${session.url}${address}`);
    const part = (re: RegExp) => transfers.filter((t) => re.test(t.url)).reduce((n, t) => n + t.gzipBytes, 0);
    console.log(
      `first query ${address}: ${total} B gzip in all; Pagefind engine ${part(/pagefind\.js|wasm\.|pagefind-entry|\.pf_meta/)} B, ` +
        `index ${part(/\.pf_index/)} B, results ${part(/\.pf_fragment/)} B, finder ${part(/\/cari-desa\//)} B\n` +
        transfers.map((t) => `  ${t.gzipBytes} ${t.url.replace(session.url, '')}`).join('\n'),
    );
    expect(total).toBeLessThanOrEqual(firstQueryBudget);
    // Nothing from another origin.
    for (const t of transfers) expect(t.url.startsWith(session.url)).toBe(true);
    await page.close();
  });
});
