import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, openSite, type SiteSession } from '../helpers/browser.ts';
import { distDir } from '../helpers/paths.ts';
import { searchDone } from '../../scripts/lib/browser.ts';

// A village of a regency where an office reported program villages without naming them
// all (content/village-counts/): the search answer must not say "not a program village";
// it says the regency has unnamed program villages and sends the reader to the office.
describeBrowser('search: a village of a regency with program villages not named in public', () => {
  let session: SiteSession;
  beforeAll(async () => {
    session = await openSite(distDir);
  });
  afterAll(async () => {
    await session?.close();
  });

  it.each([
    {
      // Andadowi, Kabupaten Konawe: Kanim Kendari reported 50 program villages there (July 2025); Andadowi is not named on the site.
      address: '/cari/?q=andadowi',
      place: 'Desa Andadowi, Kecamatan Sampara, Kabupaten Konawe, Sulawesi Tenggara',
      counted:
        'Kantor Imigrasi Kelas I TPI Kendari melaporkan 50 desa binaan di Kabupaten Konawe pada Juli 2025. Tidak semua nama desanya diumumkan. Jadi desa ini mungkin termasuk.',
      ask: 'Tanyakan ke kantor imigrasi apakah desa Anda termasuk. Kantor itu bisa memastikannya: Kantor Imigrasi Kelas I TPI Kendari',
      office: { href: '/kantor/kanim-kendari/', h1: /Kendari/ },
      notProgram: 'belum termasuk',
    },
    {
      address: '/en/cari/?q=andadowi',
      place: 'Andadowi (desa), Sampara district, Kabupaten Konawe, Sulawesi Tenggara',
      counted:
        'Kantor Imigrasi Kelas I TPI Kendari reported 50 program villages in Kabupaten Konawe in July 2025. Not all the names are public. So this village may be one of them.',
      ask: 'Ask the immigration office whether your village is one of them. The office can tell you: Kantor Imigrasi Kelas I TPI Kendari',
      office: { href: '/en/kantor/kanim-kendari/', h1: /Kendari/ },
      notProgram: 'not (yet)',
    },
  ])('$address', async ({ address, place, counted, ask, office, notProgram }) => {
    const page = await session.newPage();
    await page.goto(`${session.url}${address}`);
    await searchDone(page);
    const item = page.locator('[data-village-list] li').first();
    const lines = (await item.locator(':scope > strong, :scope > p').allInnerTexts()).map((t) => t.trim());
    expect(lines[0]).toBe(place);
    expect(lines[1]).toBe(counted);
    expect(lines[2]).toBe(ask);
    expect(lines.join(' ')).not.toContain(notProgram);
    await item.locator(`a[href="${office.href}"]`).first().click();
    await page.waitForURL(`${session.url}${office.href}`);
    expect(await page.locator('h1').innerText()).toMatch(office.h1);
    await page.close();
  });

  // Ciklapa, Kabupaten Cilacap: the regional office reported 44 program villages in all of
  // Central Java (December 2025) without naming them; it has no page here, so the answer
  // sends the reader to the offices that serve the village, listed under it.
  it.each([
    {
      address: '/cari/?q=ciklapa',
      counted:
        'Kantor Wilayah Direktorat Jenderal Imigrasi Jawa Tengah melaporkan 44 desa binaan di Jawa Tengah pada Desember 2025. Tidak semua nama desanya diumumkan. Jadi desa ini mungkin termasuk.',
      ask: 'Tanyakan ke kantor imigrasi apakah desa Anda termasuk.',
      notProgram: 'belum termasuk',
    },
    {
      address: '/en/cari/?q=ciklapa',
      counted:
        'Kantor Wilayah Direktorat Jenderal Imigrasi Jawa Tengah reported 44 program villages in Jawa Tengah in December 2025. Not all the names are public. So this village may be one of them.',
      ask: 'Ask the immigration office whether your village is one of them.',
      notProgram: 'not (yet)',
    },
  ])('$address: a count for the whole province', async ({ address, counted, ask, notProgram }) => {
    const page = await session.newPage();
    await page.goto(`${session.url}${address}`);
    await searchDone(page);
    const item = page.locator('[data-village-list] li').first();
    const lines = (await item.locator(':scope > strong, :scope > p').allInnerTexts()).map((t) => t.trim());
    expect(lines[0]).toMatch(/Ciklapa/);
    expect(lines[1]).toBe(counted);
    expect(lines[2]).toBe(ask);
    expect(lines.join(' ')).not.toContain(notProgram);
    // The offices that serve the village follow, with a link to each.
    expect(await item.locator('a[href*="/kantor/"]').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('still says "not (yet)" for a village of a regency without a reported count', async () => {
    const page = await session.newPage();
    await page.goto(`${session.url}/en/cari/?q=watukarung`);
    await searchDone(page);
    const text = await page.locator('[data-village-list] li').first().innerText();
    expect(text).toContain('This village is not (yet) in the Desa Binaan Imigrasi program.');
    expect(text).not.toContain('reported');
    await page.close();
  });
});
