import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { addMonths, companySlug, companyStatus, listDate, suspensionEnd } from '../../src/lib/company-status.ts';
import { formatContentReport, isCompanyStale } from '../../src/lib/content-report.ts';
import { companySchema, type Decision } from '../../src/schemas/company.ts';
import { issuesOf } from '../helpers/zod.ts';

const source = {
  title: 'KP2MI segel perusahaan',
  url: 'https://mataram.antaranews.com/berita/1',
  publisher: 'ANTARA',
  accessedAt: '2026-12-02',
};
const authority = { id: 'Direktur Jenderal Pelindungan, KP2MI', en: 'Director General of Protection, KP2MI' };
const decision = (over: Partial<Decision> = {}): Decision => ({
  action: 'suspended',
  date: '2025-07-08',
  dateMeaning: 'announced',
  authority,
  sources: [source],
  ...over,
});
const company = { name: 'PT Putri Samawa Mandiri', decisions: [decision()], reviewedAt: '2026-12-02' };

describe('company records (content/companies/<slug>.yaml)', () => {
  it('accepts a record with a decision and its source, other names defaulting to none', () => {
    const parsed = companySchema.parse(company);
    expect(parsed.otherNames).toEqual([]);
    expect(parsed.decisions[0]!.action).toBe('suspended');
  });

  it('refuses a decision without a source, naming the field', () => {
    expect(issuesOf(companySchema, { ...company, decisions: [decision({ sources: [] })] })).toEqual([
      'decisions.0.sources: needs at least one source that reports the decision',
    ]);
  });

  it('refuses an unknown action or date meaning, naming the value and what is allowed', () => {
    const bad = issuesOf(companySchema, { ...company, decisions: [{ ...decision(), action: 'banned', dateMeaning: 'guessed' }] });
    expect(bad).toContain('decisions.0.action: must be one of suspended, revoked, lifted; found "banned"');
    expect(bad).toContain('decisions.0.dateMeaning: must be one of signed, effective, announced, reported; found "guessed"');
  });

  it('refuses an impossible date and a typo in a field name', () => {
    expect(issuesOf(companySchema, { ...company, decisions: [decision({ date: '2025-02-30' })] })[0]).toContain(
      'decisions.0.date: must be a real calendar date written YYYY-MM-DD, found "2025-02-30"',
    );
    expect(issuesOf(companySchema, { ...company, reviewdAt: '2026-12-02' }).join('\n')).toContain('unknown field "reviewdAt"');
  });

  it('refuses decisions out of order, a length on a revocation, and an end before the start', () => {
    expect(
      issuesOf(companySchema, {
        ...company,
        decisions: [decision({ date: '2026-01-01' }), decision({ action: 'revoked', date: '2025-01-01' })],
      }),
    ).toEqual(['decisions.1.date: decisions must be oldest first: "2025-01-01" comes after "2026-01-01"']);
    expect(issuesOf(companySchema, { ...company, decisions: [decision({ action: 'revoked', months: 3 })] })).toEqual([
      'decisions.0.months: only a suspension has a length; this decision is "revoked"',
    ]);
    expect(issuesOf(companySchema, { ...company, decisions: [decision({ until: '2025-01-01' })] })).toEqual([
      'decisions.0.until: the suspension cannot end ("2025-01-01") before its date ("2025-07-08")',
    ]);
  });

  it('every shipped record is valid, named by its slug, and has at least one source per decision', () => {
    const folder = 'content/companies';
    const files = readdirSync(folder).filter((f) => f.endsWith('.yaml'));
    expect(files.length).toBeGreaterThanOrEqual(10);
    for (const file of files) {
      const parsed = companySchema.safeParse(parse(readFileSync(`${folder}/${file}`, 'utf8')));
      expect(parsed.success, `${file}: ${parsed.error?.message}`).toBe(true);
      expect(`${companySlug(parsed.data!.name)}.yaml`).toBe(file);
    }
  });
});

describe('company status (the latest decision wins)', () => {
  const today = '2026-12-02';

  it('a suspension with no known end stays a suspension', () => {
    expect(companyStatus([decision()], today).kind).toBe('suspended');
  });

  it('a suspension whose months have passed has ended; one still running has not', () => {
    const ended = companyStatus([decision({ date: '2025-09-30', months: 3 })], today);
    expect(ended).toMatchObject({ kind: 'suspension-ended', endsAt: '2025-12-30' });
    expect(companyStatus([decision({ date: '2026-11-01', months: 3 })], today)).toMatchObject({ kind: 'suspended', endsAt: '2027-02-01' });
    expect(companyStatus([decision({ date: '2025-01-01', until: '2026-12-02' })], today).kind).toBe('suspended');
  });

  it('a later revocation or lifting wins over a suspension', () => {
    expect(companyStatus([decision(), decision({ action: 'revoked', date: '2026-01-29' })], today).kind).toBe('revoked');
    expect(companyStatus([decision(), decision({ action: 'lifted', date: '2025-08-01' })], today).kind).toBe('lifted');
  });

  it('a newer suspension after a lifting wins again', () => {
    const list = [decision({ date: '2025-01-01' }), decision({ action: 'lifted', date: '2025-03-01' }), decision({ date: '2025-06-01' })];
    expect(companyStatus(list, today).decision.date).toBe('2025-06-01');
  });

  it('adds months as the calendar does', () => {
    expect(addMonths('2025-09-30', 3)).toBe('2025-12-30');
    expect(addMonths('2025-11-30', 3)).toBe('2026-02-28');
    expect(suspensionEnd({ date: '2025-01-01', until: '2025-02-01', months: 3 })).toBe('2025-02-01');
    expect(suspensionEnd({ date: '2025-01-01' })).toBeUndefined();
  });

  it('names a company file without its PT and finds the list date', () => {
    expect(companySlug('PT. Banu Nusa Utama')).toBe('banu-nusa-utama');
    expect(companySlug('PT Putri Samawa Mandiri')).toBe('putri-samawa-mandiri');
    expect(companySlug('CV Maju')).toBe('maju');
    expect(listDate(['2026-01-01', '2026-12-02', '2026-06-01'])).toBe('2026-12-02');
  });
});

describe('the content report flags company records not reviewed for six months', () => {
  it('flags a review older than six months, not a newer one', () => {
    expect(isCompanyStale('2026-06-01', '2026-12-02')).toBe(true);
    expect(isCompanyStale('2026-06-02', '2026-12-02')).toBe(false);
    const report = formatContentReport([], [], '2026-12-02', {
      records: [],
      officesWithoutAddress: [],
      companies: [
        { file: 'content/companies/old.yaml', reviewedAt: '2026-01-01' },
        { file: 'content/companies/new.yaml', reviewedAt: '2026-12-01' },
      ],
    });
    expect(report).toContain('Company records (2) not reviewed for 6 months: 1');
    expect(report).toContain('content/companies/old.yaml (reviewed 2026-01-01)');
    expect(report).not.toContain('new.yaml');
  });
});
