import type { Decision } from '../schemas/company.ts';
import { slugify } from './urls.ts';

/**
 * A company's status as our records show it, computed once from its decisions and used
 * by its page, the list, the search index and the printable: the latest decision wins.
 *
 * - `suspended`: the latest decision is a suspension whose end we do not know or which
 *   has not yet come;
 * - `suspension-ended`: the latest decision is a suspension whose end (`until`, or its
 *   date plus `months`) has passed, and we know of no later decision;
 * - `revoked`: the latest decision revokes the licence;
 * - `lifted`: the latest decision ends a suspension early.
 *
 * It is never "licensed" or "safe": only SISKOP2MI and BP3MI can say that today.
 */
export type CompanyStatusKind = 'suspended' | 'suspension-ended' | 'revoked' | 'lifted';

export interface CompanyStatus {
  kind: CompanyStatusKind;
  /** The decision the status comes from. */
  decision: Decision;
  /** For a suspension with a known length: its last day, YYYY-MM-DD. */
  endsAt?: string | undefined;
}

/** A calendar date plus whole months, YYYY-MM-DD; the 31st of a shorter month becomes its last day. */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const total = m - 1 + months;
  const year = y + Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** The last day of a suspension, when the source gives its end or its length. */
export function suspensionEnd(decision: Pick<Decision, 'date' | 'months' | 'until'>): string | undefined {
  if (decision.until) return decision.until;
  return decision.months ? addMonths(decision.date, decision.months) : undefined;
}

/** The latest decision: by date, and among decisions of the same day the one listed last. */
export function latestDecision(decisions: readonly Decision[]): Decision {
  if (decisions.length === 0) throw new Error('a company needs at least one decision');
  return decisions.reduce((latest, d) => (d.date >= latest.date ? d : latest));
}

/** The status on `today` (YYYY-MM-DD): the latest decision wins; a suspension whose end has passed has ended. */
export function companyStatus(decisions: readonly Decision[], today: string): CompanyStatus {
  const decision = latestDecision(decisions);
  if (decision.action === 'revoked') return { kind: 'revoked', decision };
  if (decision.action === 'lifted') return { kind: 'lifted', decision };
  const endsAt = suspensionEnd(decision);
  return { kind: endsAt !== undefined && endsAt < today ? 'suspension-ended' : 'suspended', decision, endsAt };
}

/** A company's file name and address: its name without the leading `PT`/`CV`: `PT. Banu Nusa Utama` -> `banu-nusa-utama`. */
export function companySlug(name: string): string {
  return slugify(name.replace(/^\s*(pt|cv)\b\.?\s*/i, ''));
}

/** The newest review date of a list of companies: the date "as of" which the list is known. */
export function listDate(reviewDates: readonly string[]): string {
  if (reviewDates.length === 0)
    throw new Error(
      'content/companies/: no company record; the list and the search answer for unknown companies need at least one (the date they are known as of)',
    );
  return [...reviewDates].sort().at(-1)!;
}
