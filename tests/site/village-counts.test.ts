import { readdirSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadAreaIndex, lookupVillage } from '../../src/lib/regions.ts';
import { inArea } from '../../src/lib/village-counts.ts';
import { villagePath } from '../../src/lib/villages.ts';
import { readPage } from '../helpers/dist.ts';
import { root } from '../helpers/paths.ts';

// Over the real build (dist/): counts offices reported without names, villages named by
// the area data, past sessions with their source, and the program's totals.
const areas = await loadAreaIndex();
const read = (folder: string) =>
  readdirSync(`${root}content/${folder}`)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({
      id: f.slice(0, -5),
      ...(parseYaml(readFileSync(`${root}content/${folder}/${f}`, 'utf8'), { schema: 'core' }) as object),
    }));
const counts = read('village-counts') as unknown as { id: string; office?: string; count: number; area: string[] }[];
const villages = read('villages') as unknown as {
  code: string;
  namedBy?: string;
  sessions?: { date: string; source?: { url: string } }[];
}[];
const text = (address: string) => readPage(address).querySelector('main')?.text.replace(/\s+/g, ' ') ?? '';

describe('the data', () => {
  it('has at least 180 program villages and a count record for each office report', () => {
    expect(villages.length).toBeGreaterThanOrEqual(180);
    expect(counts.map((c) => c.id)).toEqual(
      expect.arrayContaining(['kendari-konawe-2025-07', 'kanwil-jawa-tengah-2025-12', 'kanwil-banten-2025-12']),
    );
  });

  it('has at least 5 villages with a past session, each with its source', () => {
    const withPast = villages.filter((v) => (v.sessions ?? []).some((s) => s.date < '2026-12-02' && s.source?.url.startsWith('https://')));
    expect(withPast.length).toBeGreaterThanOrEqual(5);
  });
});

describe.each([
  [
    '',
    'Kantor Imigrasi Kelas I TPI Kendari melaporkan 50 desa binaan di Kabupaten Konawe pada Juli 2025. 2 di antaranya tercantum di situs ini.',
  ],
  [
    '/en',
    'Kantor Imigrasi Kelas I TPI Kendari reported 50 program villages in Kabupaten Konawe in July 2025. 2 of them are named on this site.',
  ],
])('counts without names%s', (prefix, konawe) => {
  it("say on the regency's page how many the office reported and how many are named here", () => {
    expect(text(`${prefix}/desa/sulawesi-tenggara/kabupaten-konawe/`)).toContain(konawe);
  });

  it("say it on the office's page", () => {
    expect(text(`${prefix}/kantor/kanim-kendari/`)).toContain(konawe);
  });

  it('give a regency with only a count its own directory page, linked from its province', () => {
    const asahan = `${prefix}/desa/sumatera-utara/kabupaten-asahan/`;
    expect(text(asahan)).toContain(
      prefix ? 'reported 37 program villages in Kabupaten Asahan' : 'melaporkan 37 desa binaan di Kabupaten Asahan',
    );
    expect(text(asahan)).toContain(prefix ? 'have not been made public' : 'belum diumumkan');
    const links = readPage(`${prefix}/desa/sumatera-utara/`)
      .querySelectorAll('main a')
      .map((a) => a.getAttribute('href'));
    expect(links).toContain(asahan);
  });

  it('count every record on a page of each regency it covers, with the named villages of that area', () => {
    for (const c of counts) {
      const named = villages.filter((v) => inArea(c.area, v.code)).length;
      const pages: string[] = [];
      for (const code of c.area) {
        if (code.length === 2) {
          // A whole province: its page, and the page of each regency of it that has named villages.
          const p = areas.provinces.get(code)!;
          const regencies = new Set(villages.filter((v) => v.code.startsWith(`${code}.`)).map((v) => v.code.slice(0, 5)));
          if (regencies.size === 0) continue;
          pages.push(
            `${prefix}/desa/${p.slug}/`,
            ...[...regencies].map((r) => `${prefix}/desa/${p.slug}/${areas.regencies.get(r)!.slug}/`),
          );
        } else {
          const r = areas.regencies.get(code.slice(0, 5))!;
          pages.push(`${prefix}/desa/${areas.provinces.get(r.provinceCode)!.slug}/${r.slug}/`);
        }
      }
      if (c.id === 'kanwil-jawa-tengah-2025-12') expect(pages.length).toBeGreaterThan(3);
      for (const address of pages) {
        const record = readPage(address).querySelector(`[data-count-record="${c.id}"]`)?.text.replace(/\s+/g, ' ') ?? '';
        expect(record, `${c.id} on ${address}`).toContain(` ${c.count} `);
        if (named > 0) expect(record, `${c.id} on ${address}`).toContain(prefix ? `${named} of them` : `${named} di antaranya`);
      }
    }
  });

  it('give the program page its totals, counted from the records', () => {
    const page = readPage(`${prefix}/desa-binaan/`);
    // No record lies inside another's today, so every count adds up (the unit tests cover a nested one).
    const reported = counts.reduce((n, c) => n + c.count, 0);
    expect(page.querySelector('[data-total="named"]')?.text).toContain(String(villages.length));
    expect(page.querySelector('[data-total="reported"]')?.text).toContain(String(reported));
    const totals = page.querySelector('[data-program-totals]');
    expect(totals?.text).toContain('125');
    // A regional office's count names its province, linked to the province's directory page.
    expect(totals?.querySelectorAll('a').map((a) => a.getAttribute('href'))).toContain(`${prefix}/desa/jawa-tengah/`);
  });
});

describe.each(['', '/en'])('villages named by the area data%s', (prefix) => {
  const named = villages.filter((v) => v.namedBy === 'area-data');

  it('say so on their page, and only they do', () => {
    expect(named.length).toBe(63);
    for (const v of named) {
      expect(
        readPage(`${prefix}${villagePath(lookupVillage(areas, v.code)!)}`).querySelector('[data-named-by="area-data"]'),
        v.code,
      ).not.toBeNull();
    }
    const other = villages.find((v) => v.namedBy !== 'area-data')!;
    expect(readPage(`${prefix}${villagePath(lookupVillage(areas, other.code)!)}`).querySelector('[data-named-by]')).toBeNull();
  });
});

describe.each(['', '/en'])('past sessions%s', (prefix) => {
  it('are listed on the village page with their date and a link to their source', () => {
    const iboih = readPage(`${prefix}${villagePath(lookupVillage(areas, '11.72.03.2001')!)}`);
    const past = iboih.querySelector('details ul.sessions');
    expect(past?.querySelector('time')?.getAttribute('datetime')).toBe('2025-06-26');
    expect(past?.querySelector('a')?.getAttribute('href')).toBe('https://www.noa.co.id/?p=87824');
  });
});
