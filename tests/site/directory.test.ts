import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadAreaIndex } from '../../src/lib/regions.ts';
import { villagesPerDirectoryPage } from '../../src/lib/villages.ts';
import { readHtml, readPage } from '../helpers/dist.ts';
import { fixtureDistDir } from '../helpers/paths.ts';
import { largeRegency } from '../setup/build.ts';

// The fixture site has every village of Kabupaten Klaten (401), all guided by Kanim Pati.
const areas = await loadAreaIndex();
const klaten = [...areas.villages.entries()].filter(([, v]) => areas.districts.get(v.districtCode)?.regencyCode === largeRegency);
const links = (address: string) =>
  readPage(address, fixtureDistDir)
    .querySelectorAll('main a')
    .map((a) => a.getAttribute('href') ?? '');
const gzipKb = (address: string) => gzipSync(readHtml(address, fixtureDistDir), { level: 9 }).length / 1024;

describe.each(['', '/en'])('a regency with more villages than one page holds%s', (prefix) => {
  const parts = [`${prefix}/desa/jawa-tengah/kabupaten-klaten/`, `${prefix}/desa/jawa-tengah/kabupaten-klaten/bagian-2/`];

  it('is listed on two pages, each within the page budget, each village once', () => {
    const listed = parts.flatMap((p) => links(p).filter((h) => /-\d{10}\/$/.test(h)));
    expect(listed).toHaveLength(klaten.length);
    expect(new Set(listed).size).toBe(klaten.length);
    for (const p of parts) {
      expect(links(p).filter((h) => /-\d{10}\/$/.test(h)).length).toBeLessThanOrEqual(villagesPerDirectoryPage);
      expect(gzipKb(p), p).toBeLessThanOrEqual(14);
    }
  });

  it('links each part from the province page and from the other part, so every village is three clicks from /desa/', () => {
    expect(links(`${prefix}/desa/`)).toContain(`${prefix}/desa/jawa-tengah/`);
    const province = links(`${prefix}/desa/jawa-tengah/`);
    for (const p of parts) expect(province).toContain(p);
    expect(links(parts[0]!)).toContain(parts[1]);
    expect(links(parts[1]!)).toContain(parts[0]);
  });

  it('names the districts each part covers', () => {
    const title = (address: string) => readPage(address, fixtureDistDir).querySelector('title')?.text ?? '';
    expect(title(parts[0]!)).toContain(prefix ? '(Districts Bayat to Wedi)' : '(Kecamatan Bayat sampai Wedi)');
    // The second part holds one district only.
    expect(title(parts[1]!)).toContain(prefix ? '(Wonosari district)' : '(Kecamatan Wonosari)');
    expect(readPage(parts[1]!, fixtureDistDir).querySelector('nav[aria-labelledby="parts-title"] [aria-current="page"]')?.text).toBe(
      prefix ? 'Wonosari district' : 'Kecamatan Wonosari',
    );
  });

  it('lists the office that guides them by regency, not one by one', () => {
    const office = `${prefix}/kantor/kanim-pati/`;
    expect(links(office)).toContain(`${prefix}/desa/jawa-tengah/kabupaten-klaten/`);
    expect(links(office).filter((h) => /-\d{10}\/$/.test(h))).toEqual([]);
    expect(gzipKb(office)).toBeLessThanOrEqual(14);
  });
});
