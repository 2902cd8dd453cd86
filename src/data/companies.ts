import { getCollection, type CollectionEntry } from 'astro:content';
import { companyStatus, listDate, type CompanyStatus } from '../lib/company-status.ts';
import { formatDate, todayInJakarta } from '../lib/format.ts';
import type { Decision } from '../schemas/company.ts';
import type { Translator } from './ui.ts';

export type Company = CollectionEntry<'companies'>['data'] & {
  /** File name, and the last part of its address. */
  slug: string;
  /** Language-neutral address of its page: `/perusahaan/<slug>/`. */
  path: string;
  /** Its status on the day of the build (the latest decision wins). */
  status: CompanyStatus;
};

/** The address of the list, and of the printable "before you sign" sheet made from it. */
export const companyListPath = '/perusahaan/';

let cache: Promise<Company[]> | undefined;

/** Every company record with its address and status computed once, by name (A-Z, without the `PT`). */
export function companies(): Promise<Company[]> {
  cache ??= (async () => {
    const today = todayInJakarta();
    const entries = await getCollection('companies');
    return entries
      .map(({ id, data }) => ({ ...data, slug: id, path: `${companyListPath}${id}/`, status: companyStatus(data.decisions, today) }))
      .sort((a, b) => a.slug.localeCompare(b.slug));
  })();
  return cache;
}

/** The date the list is known as of: the newest review of any record. */
export async function companiesAsOf(): Promise<string> {
  return listDate((await companies()).map((c) => c.reviewedAt));
}

/** A decision's date with what it means: "keputusan tanggal 29 Januari 2026", "diumumkan 8 Juli 2025". */
export function decisionDate(decision: Decision, t: Translator, locale: string): string {
  return t(`company.date.${decision.dateMeaning}`, { date: formatDate(decision.date, locale) });
}

/** The one-line status shown on the page, in the list, in search results and in the page description. */
export function statusLine(status: CompanyStatus, t: Translator, locale: string): string {
  const date = decisionDate(status.decision, t, locale);
  if (status.kind === 'suspension-ended') {
    return t('company.status.suspension-ended', { date, end: formatDate(status.endsAt!, locale) });
  }
  return t(`company.status.${status.kind}`, { date });
}
