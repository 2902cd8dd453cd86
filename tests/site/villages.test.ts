import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { loadAreaIndex, lookupVillage } from '../../src/lib/regions.ts';
import { villagePath } from '../../src/lib/villages.ts';
import { findPlaces } from '../../src/lib/finder/lookup.ts';
import { indexWords } from '../../src/lib/finder/words.ts';
import { htmlPages, readHtml, readPage } from '../helpers/dist.ts';
import { distDir, fixtureDistDir, root } from '../helpers/paths.ts';

const areas = await loadAreaIndex();
const villageFiles = readdirSync(`${root}content/villages`).filter((f) => f.endsWith('.yaml'));
interface VillageFile {
  code: string;
  office: string;
  example?: boolean;
  designatedAtIs?: string;
  sources: { url: string }[];
}
const records = villageFiles.map(
  (file) => parseYaml(readFileSync(`${root}content/villages/${file}`, 'utf8'), { schema: 'core' }) as VillageFile,
);
const officeIds = readdirSync(`${root}content/offices`)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.slice(0, -5));

describe('the published data set', () => {
  it('has at least 40 confirmed program villages over the main migrant-sending provinces, each with a source', () => {
    expect(records.length).toBeGreaterThanOrEqual(40);
    const provinces = new Set(records.map((r) => r.code.slice(0, 2)));
    for (const p of ['53', '52', '35', '33', '32']) expect(provinces, p).toContain(p);
    for (const record of records) {
      expect(record.example ?? false, record.code).toBe(false);
      expect(record.sources.length, record.code).toBeGreaterThan(0);
    }
  });

  it('ships no example records: no built page shows the example notice', () => {
    const shown = htmlPages().filter((address) => /Contoh data|Example data/.test(readHtml(address)));
    expect(shown).toEqual([]);
    expect(existsSync(`${root}content/officers`) ? readdirSync(`${root}content/officers`).filter((f) => f.endsWith('.yaml')) : []).toEqual(
      [],
    );
  });
});

describe.each(records.map((r) => [r.code, r] as const))('village %s', (code, record) => {
  const area = lookupVillage(areas, code)!;
  const path = villagePath(area);

  it.each(['', '/en'])('has a page%s naming its district, regency and province from the area data', (prefix) => {
    const page = readPage(`${prefix}${path}`);
    const facts = page.querySelector('dl.facts')?.text ?? '';
    expect(page.querySelector('h1')?.text).toContain(area.name);
    expect(facts).toContain(area.district.name);
    expect(facts).toContain(area.regency.name);
    expect(facts).toContain(area.province.name);
    expect(facts).toContain(code);
    // Links to its office and its printable poster.
    const links = page.querySelectorAll('main a').map((a) => a.getAttribute('href'));
    expect(links).toContain(`${prefix}/kantor/${record.office}/`);
    expect(links).toContain(`${prefix}/cetak${path}`);
    // The source that confirms it is on the page, and how sure the date is.
    for (const source of record.sources) expect(links, source.url).toContain(source.url);
    const label = record.designatedAtIs === 'reported' ? /Dilaporkan|Reported/ : /sejak|since/;
    expect(facts).toMatch(label);
    // No session was announced: the page says so and says how to ask for one.
    expect(links).toContain(`${prefix}/desa-binaan/minta-kunjungan/`);
  });

  it('is listed by its office, one by one or (an office with many villages) through its regency page', () => {
    const links = readPage(`/kantor/${record.office}/`)
      .querySelectorAll('main a')
      .map((a) => a.getAttribute('href'));
    const regency = path.split('/').slice(0, 4).join('/') + '/';
    if (links.includes(path)) return;
    expect(links).toContain(regency);
    expect(
      readPage(regency)
        .querySelectorAll('main a')
        .map((a) => a.getAttribute('href')),
    ).toContain(path);
  });

  it('is in the search finder under every word of its name, with its page', async () => {
    // The built finder files, as the search page fetches them (a missing file is undefined).
    const load = async (file: string) => {
      const path = `${distDir}cari-desa/${file}`;
      return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as unknown) : undefined;
    };
    for (const word of indexWords(area.name)) {
      const answer = await findPlaces([word], load);
      const rows = 'rows' in answer ? answer.rows : await answer.load(code.slice(0, 2));
      expect(rows, word).toContainEqual([
        area.name,
        area.kind,
        area.district.name,
        area.regency.name,
        area.province.name,
        path,
        code.slice(0, 5),
      ]);
    }
  });

  it('is reached from /desa/ in three clicks', () => {
    const hrefs = (address: string) =>
      readPage(address)
        .querySelectorAll('main a')
        .map((a) => a.getAttribute('href') ?? '');
    const deeper = (from: string) => hrefs(from).find((h) => path.startsWith(h) && h.length > from.length)!;
    const province = deeper('/desa/');
    const regency = deeper(province);
    expect(hrefs(regency)).toContain(path);
  });
});

describe('offices', () => {
  it.each(officeIds)('%s has a page in both languages', (id) => {
    expect(readPage(`/kantor/${id}/`).querySelector('h1')?.text).toMatch(/Kantor Imigrasi/);
    expect(readPage(`/en/kantor/${id}/`).querySelector('html')?.getAttribute('lang')).toBe('en');
  });

  it('shows missing details as missing, never guessed', () => {
    const missing = officeIds.filter((id) => !/^phone:|^whatsapp:/m.test(readFileSync(`${root}content/offices/${id}.yaml`, 'utf8')));
    expect(missing.length).toBeGreaterThan(0);
    for (const id of missing) {
      expect(readHtml(`/kantor/${id}/`)).toContain('belum diterbitkan oleh sumber resmi');
      expect(readHtml(`/en/kantor/${id}/`)).toContain('No official source has published a phone');
    }
  });

  it('publishes a phone or WhatsApp number only from a record that cites an official (.go.id) source', () => {
    for (const id of officeIds) {
      const office = parseYaml(readFileSync(`${root}content/offices/${id}.yaml`, 'utf8'), { schema: 'core' }) as {
        phone?: string;
        whatsapp?: string | { number: string }[];
        sources: { url: string }[];
      };
      if (!office.phone && !office.whatsapp) continue;
      expect(
        office.sources.some((s) => new URL(s.url).hostname.endsWith('.go.id')),
        id,
      ).toBe(true);
      const page = readPage(`/kantor/${id}/`);
      const tel = page.querySelectorAll('main a[href^="tel:"], main a[href^="https://wa.me/"]');
      expect(tel.length, id).toBeGreaterThan(0);
    }
  });

  it('lists every office by province at /kantor/', () => {
    for (const prefix of ['', '/en']) {
      const page = readPage(`${prefix}/kantor/`);
      const hrefs = page.querySelectorAll('main a').map((a) => a.getAttribute('href'));
      for (const id of officeIds) expect(hrefs).toContain(`${prefix}/kantor/${id}/`);
      const provinces = new Set(
        officeIds.map((id) =>
          (parseYaml(readFileSync(`${root}content/offices/${id}.yaml`, 'utf8')) as { regency: string }).regency.slice(0, 2),
        ),
      );
      expect(page.querySelectorAll('main section > h2').length).toBe(provinces.size);
    }
  });
});

describe('open data', () => {
  const json = JSON.parse(readFileSync(`${distDir}data/villages.json`, 'utf8')) as Record<string, unknown>[];
  const csv = Papa.parse<Record<string, string>>(readFileSync(`${distDir}data/villages.csv`, 'utf8'), {
    header: true,
    skipEmptyLines: true,
  });

  it('lists every village with names from the area data and its address', () => {
    expect(json).toHaveLength(records.length);
    for (const item of json) {
      const area = lookupVillage(areas, item.code as string)!;
      expect(item).toMatchObject({
        name: area.name,
        district: area.district.name,
        regency: area.regency.name,
        province: area.province.name,
      });
      expect(item.url).toMatch(new RegExp(`${villagePath(area)}$`));
      expect(officeIds).toContain(item.office);
    }
  });

  it('gives the same rows as CSV', () => {
    expect(csv.errors).toEqual([]);
    expect(csv.data.map((r) => r.code)).toEqual(json.map((r) => r.code));
    expect(csv.meta.fields).toEqual(expect.arrayContaining(['code', 'name', 'district', 'regency', 'province', 'office', 'url']));
  });

  it('lists the offices', () => {
    const offices = JSON.parse(readFileSync(`${distDir}data/offices.json`, 'utf8')) as { id: string; villages: string[] }[];
    expect(offices.map((o) => o.id).sort()).toEqual([...officeIds].sort());
  });

  it('has an RSS feed of upcoming sessions in each language (the example villages have some)', () => {
    for (const [file, lang] of [
      ['desa/jadwal.xml', 'id'],
      ['en/desa/jadwal.xml', 'en'],
    ] as const) {
      expect(readFileSync(`${distDir}${file}`, 'utf8')).toContain(`<language>${lang}</language>`);
      const xml = readFileSync(`${fixtureDistDir}${file}`, 'utf8');
      expect(xml.match(/<item>/g)?.length ?? 0).toBeGreaterThan(0);
    }
  });
});
