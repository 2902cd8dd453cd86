import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { loadAreaIndex } from '../../src/lib/regions.ts';
import { agencySchema } from '../../src/schemas/agency.ts';
import { isoDate } from '../../src/schemas/common.ts';
import { feeSchema } from '../../src/schemas/fee.ts';
import { guideSchema } from '../../src/schemas/guide.ts';
import { helplineSchema } from '../../src/schemas/helpline.ts';
import { createOfficeSchema } from '../../src/schemas/office.ts';
import { createOfficerSchema } from '../../src/schemas/officer.ts';
import { uiStringsSchema } from '../../src/schemas/ui-strings.ts';
import { createVillageSchema } from '../../src/schemas/village.ts';
import { issuesOf } from '../helpers/zod.ts';

const source = { title: 'Tarif paspor', url: 'https://kompas.tv/x', publisher: 'Kompas TV', accessedAt: '2026-11-27' };
const areas = await loadAreaIndex();

describe('dates', () => {
  it('accepts real calendar dates only', () => {
    expect(isoDate.safeParse('2024-02-29').success).toBe(true);
    for (const bad of ['2025-13-45', '2025-02-29', '2025-04-31', '4 Nov 2024', '2025-1-5']) {
      expect(issuesOf(isoDate, bad)[0], bad).toContain(`found "${bad}"`);
    }
  });
});

describe('guide front matter', () => {
  const guide = {
    title: 'Syarat paspor',
    description: 'Dokumen yang perlu dibawa.',
    topic: 'paspor',
    sources: [source],
    reviewedAt: '2026-11-27',
  };

  it('accepts a complete guide and fills defaults', () => {
    const parsed = guideSchema.parse(guide);
    expect(parsed.order).toBe(100);
    expect(parsed.status).toBe('published');
  });

  it('requires sources and a review date, naming the field', () => {
    const { sources: _s, reviewedAt: _r, ...bare } = guide;
    const issues = issuesOf(guideSchema, bare);
    expect(issues.some((i) => i.startsWith('sources: ') && i.includes('at least one source'))).toBe(true);
    expect(issues.some((i) => i.startsWith('reviewedAt: '))).toBe(true);
    expect(issuesOf(guideSchema, { ...guide, sources: [] })).toEqual(['sources: needs at least one source']);
  });

  it('refuses a long description, a plain-http source and an unknown topic', () => {
    expect(issuesOf(guideSchema, { ...guide, description: 'x'.repeat(161) })).toEqual([
      'description: must be at most 160 characters; this one has 161',
    ]);
    expect(issuesOf(guideSchema, { ...guide, sources: [{ ...source, url: 'http://kompas.tv/x' }] })).toEqual([
      'sources.0.url: must be a full https:// address, found "http://kompas.tv/x"',
    ]);
    expect(issuesOf(guideSchema, { ...guide, topic: 'visa' })[0]).toContain('topic: must be one of paspor, migrasi-aman');
  });

  it('refuses unknown fields, so a typo is not silently ignored', () => {
    expect(issuesOf(guideSchema, { ...guide, reviewdAt: '2026-01-01' })[0]).toContain('reviewdAt');
  });
});

describe('villages', () => {
  const schema = createVillageSchema({ areas, officeRef: z.string(), officerRef: z.string() });
  const village = { code: '53.01.04.2003', office: 'kanim-kupang', designatedAt: '2024-11-04', example: true };

  it('derives names from the code', () => {
    const parsed = schema.parse(village);
    expect(parsed.area.province.name).toBe('Nusa Tenggara Timur');
    expect(parsed.area.regency.name).toBe('Kabupaten Kupang');
    expect(parsed.officers).toEqual([]);
    expect(parsed.example).toBe(true);
  });

  it('wants a source before a village is published as confirmed', () => {
    expect(issuesOf(schema, { ...village, example: false })[0]).toMatch(
      /^sources: a confirmed village \(example: false\) needs at least one source/,
    );
    expect(schema.safeParse({ ...village, example: false, sources: [source] }).success).toBe(true);
  });

  it('says who named the village: the source (default) or the area data', () => {
    expect(schema.parse(village).namedBy).toBe('source');
    expect(schema.parse({ ...village, namedBy: 'area-data' }).namedBy).toBe('area-data');
    expect(issuesOf(schema, { ...village, namedBy: 'guess' })[0]).toMatch(/^namedBy: /);
  });

  it('refuses a code that is not in the area data, and a malformed one', () => {
    expect(issuesOf(schema, { ...village, code: '53.01.04.2999' })).toEqual([
      'code: "53.01.04.2999" is not a village in the Kemendagri area data (idn-area-data)',
    ]);
    expect(issuesOf(schema, { ...village, code: '5301012001' })[0]).toContain('code: must be a Kemendagri area code');
  });

  it('checks sessions and notes', () => {
    const session = { date: '2025-02-30', start: '9:00', place: { id: 'Balai desa' }, topic: { id: 'Paspor' } };
    const issues = issuesOf(schema, { ...village, sessions: [session], notes: { en: 'Only English' } });
    expect(issues).toContain('sessions.0.date: must be a real calendar date written YYYY-MM-DD, found "2025-02-30"');
    expect(issues).toContain('sessions.0.start: must be a time written HH:MM, e.g. 09:00');
    expect(issues).toContain('notes.id: needs the Indonesian text under "id"');
    const past = { date: '2025-06-26', place: { id: 'Desa Iboih' }, topic: { id: 'Sosialisasi' }, source };
    expect(schema.parse({ ...village, sessions: [past] }).sessions[0]!.source?.publisher).toBe('Kompas TV');
    expect(issuesOf(schema, { ...village, sessions: [{ ...past, source: { ...source, url: 'http://x.id' } }] })).toEqual([
      'sessions.0.source.url: must be a full https:// address, found "http://x.id"',
    ]);
    expect(issuesOf(schema, { ...village, notes: { id: 'Catatan', jv: 'Cathetan' } })).toEqual([
      'notes.jv: "jv" is not a shipped language; allowed: id, en',
    ]);
  });
});

describe('offices and officers', () => {
  const officeSchema = createOfficeSchema(areas);
  const office = { name: 'Kantor Imigrasi Kupang', kind: 'kanim', regency: '53.71', sources: [source], reviewedAt: '2026-12-01' };
  const official = {
    title: 'Kontak',
    url: 'https://kupang.imigrasi.go.id/kontak',
    publisher: 'Kantor Imigrasi Kupang',
    accessedAt: '2026-12-01',
  };

  it('accepts an office with only what is confirmed, but never without a source', () => {
    expect(officeSchema.parse(office).serves).toEqual([]);
    expect(issuesOf(officeSchema, { ...office, sources: [] })).toEqual(['sources: needs at least one source']);
  });

  it('publishes a phone, WhatsApp, e-mail or opening hours only with an official (.go.id) source', () => {
    const contacts = { phone: '(0380) 833047', whatsapp: '0812-3456-7890', hours: [{ days: 'mon-fri', time: '08:00-16:00' }] };
    const issues = issuesOf(officeSchema, { ...office, ...contacts });
    expect(issues).toHaveLength(3);
    expect(issues[0]).toMatch(
      /^phone: a phone \(found "\(0380\) 833047"\) is published only from an official source: add a source on a \.go\.id site/,
    );
    expect(issues[1]).toMatch(/^whatsapp: a whatsapp \(found "0812-3456-7890"\) is published only from an official source/);
    expect(issues[2]).toMatch(/^hours: a list of opening hours \(found .*\) is published only from an official source/);
    // A look-alike site is not official, even when its name says "imigrasi".
    const lookAlike = { ...official, url: 'https://imigrasikupang.id/kontak' };
    expect(issuesOf(officeSchema, { ...office, ...contacts, sources: [lookAlike] })).toHaveLength(3);
    expect(officeSchema.safeParse({ ...office, ...contacts, sources: [source, official] }).success).toBe(true);
  });

  it('holds agencies to the same contact rule as offices: a look-alike source vouches for no number', () => {
    const agency = {
      kind: 'bp3mi',
      name: { id: 'BP3MI Jawa Tengah' },
      phone: '(024) 1234567',
      whatsapp: '0812-3456-7890',
      reviewedAt: '2026-12-01',
    };
    const lookAlike = { ...official, url: 'https://bp3mijateng.id/kontak' };
    expect(issuesOf(agencySchema, { ...agency, sources: [lookAlike] })).toEqual([
      expect.stringMatching(/^phone: a phone \(found "\(024\) 1234567"\) is published only from an official source/),
      expect.stringMatching(/^whatsapp: a whatsapp \(found "0812-3456-7890"\) is published only from an official source/),
    ]);
    expect(agencySchema.safeParse({ ...agency, sources: [lookAlike, official] }).success).toBe(true);
  });

  it('reads opening hours as days and times, and refuses what it cannot read', () => {
    const withHours = (hours: unknown) => ({ ...office, sources: [official], hours });
    expect(
      officeSchema.parse(
        withHours([
          { days: 'mon-thu', time: '08:00-16:00' },
          { days: 'fri', time: '08:00-16:30' },
        ]),
      ).hours,
    ).toHaveLength(2);
    expect(issuesOf(officeSchema, withHours([{ days: 'Senin-Jumat', time: '08:00-16:00' }]))[0]).toContain(
      'hours.0.days: must be a day (mon, tue',
    );
    expect(issuesOf(officeSchema, withHours([{ days: 'fri-mon', time: '08:00-16:00' }]))[0]).toContain('found "fri-mon"');
    expect(issuesOf(officeSchema, withHours([{ days: 'mon', time: '16:00-08:00' }]))[0]).toBe(
      'hours.0.time: must close after it opens, found "16:00-08:00"',
    );
  });

  it('refuses unknown regencies, kinds, and bad contacts', () => {
    const issues = issuesOf(officeSchema, { ...office, kind: 'polres', serves: ['53.99'], whatsapp: '0800-1000', email: 'x' });
    expect(issues).toContain('kind: must be one of kanim, ulp, ukk, mpp; found "polres"');
    expect(issues).toContain('serves.0: "53.99" is not a regency or city in the Kemendagri area data');
    expect(issues).toContain('whatsapp.0.number: must be a mobile (08...) or international number, found "0800-1000"');
    expect(issues).toContain('email: must be an e-mail address, found "x"');
  });

  it('reads one WhatsApp number or a list of labelled lines, always as a list', () => {
    const withWhatsapp = (whatsapp: unknown) => ({ ...office, sources: [official], whatsapp });
    expect(officeSchema.parse(office).whatsapp).toEqual([]);
    expect(officeSchema.parse(withWhatsapp('0812-3456-7890')).whatsapp).toEqual([{ number: '0812-3456-7890' }]);
    const lines = [
      { number: '0819-9994-9000', label: { id: 'Contact Center: hanya pesan WhatsApp.', en: 'Contact centre: messages only.' } },
      { number: '0811-3838-389', label: { id: 'Cek status paspor.' } },
    ];
    expect(officeSchema.parse(withWhatsapp(lines)).whatsapp).toEqual(lines);
    expect(issuesOf(officeSchema, withWhatsapp([{ number: '0800-1000' }]))).toEqual([
      'whatsapp.0.number: must be a mobile (08...) or international number, found "0800-1000"',
    ]);
    expect(issuesOf(officeSchema, withWhatsapp([{ number: '0812-3456-7890', label: { jv: 'x' } }]))[0]).toContain('whatsapp.0.label');
    // Every line of the list needs the official source, as a single number does.
    expect(issuesOf(officeSchema, { ...office, whatsapp: lines })[0]).toMatch(
      /^whatsapp: a whatsapp \(found \["0819-9994-9000","0811-3838-389"\]\) is published only from an official source/,
    );
  });

  it('names the source of the address only from the office sources, and only with an address', () => {
    const address = 'Jalan Udayana, Kota Mataram';
    expect(officeSchema.parse({ ...office, address, addressSource: source.url }).addressSource).toBe(source.url);
    expect(issuesOf(officeSchema, { ...office, address, addressSource: 'https://example.org/other' })).toEqual([
      `addressSource: must be the url of one of this office's sources, found "https://example.org/other"`,
    ]);
    expect(issuesOf(officeSchema, { ...office, addressSource: source.url })).toEqual([
      'addressSource: is set but there is no address: add the address or remove addressSource',
    ]);
  });

  it('has no place for an officer phone number', () => {
    const officerSchema = createOfficerSchema(z.string());
    const issues = issuesOf(officerSchema, { role: { id: 'Petugas Pimpasa' }, office: 'kanim-kupang', phone: '0812 3456 7890' });
    expect(issues[0]).toContain('phone');
  });
});

describe('help lines, fees and UI strings', () => {
  const line = {
    id: 'kp2mi',
    name: { id: 'KP2MI' },
    purpose: { id: 'Pengaduan' },
    channels: [{ kind: 'phone', number: '0800-1000' }],
    sources: [source],
    reviewedAt: '2026-11-27',
  };

  it('accepts a valid help line', () => {
    expect(helplineSchema.parse(line).channels[0]).toMatchObject({ from: 'anywhere', free: false });
  });

  it('refuses a number that cannot be dialled, and WhatsApp on a landline', () => {
    const issues = issuesOf(helplineSchema, {
      ...line,
      channels: [
        { kind: 'phone', number: '0800' },
        { kind: 'whatsapp', number: '021-2924-4800' },
      ],
    });
    expect(issues[0]).toMatch(/^channels\.0\.number: must be a short service number .* found "0800"$/);
    expect(issues[1]).toBe('channels.1.number: a WhatsApp number must be a mobile (08...) or international number, found "021-2924-4800"');
  });

  it('wants whole-rupiah fees with a source', () => {
    const fee = { id: 'x', name: { id: 'X' }, amount: 350000, regulation: 'PP 45/2024', sources: [source], reviewedAt: '2026-11-27' };
    expect(feeSchema.parse(fee).amount).toBe(350000);
    expect(issuesOf(feeSchema, { ...fee, amount: 350.5 })[0]).toContain('amount');
    expect(issuesOf(feeSchema, { ...fee, sources: [] })).toEqual(['sources: needs at least one source']);
  });

  it('checks UI string files', () => {
    expect(uiStringsSchema.parse({ name: 'English', strings: { a: 'A' } }).status).toBe('complete');
    expect(issuesOf(uiStringsSchema, { name: 'English', status: 'done', strings: {} })[0]).toContain('status');
  });
});
