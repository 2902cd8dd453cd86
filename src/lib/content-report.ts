import { daysBetween } from './format.ts';

/** A guide's state in one language, for editors. */
export interface GuideStatusRow {
  path: string;
  locale: string;
  /** translated: its own text; draft: translated, not yet checked; fallback: shows the Indonesian text. */
  status: 'original' | 'translated' | 'draft' | 'fallback';
  reviewedAt: string;
  ageDays: number;
  sources: number;
}

/** Reviews older than this are flagged (and warned about at build). */
export const staleAfterDays = 365;

export function isStale(reviewedAt: string, today: string): boolean {
  return daysBetween(reviewedAt, today) > staleAfterDays;
}

/**
 * A data record and the newest day its sources speak of: a village's designation or
 * latest reported session, a count's report day, an office's review. Sources carry only
 * the day an editor read them, so the reported day is what shows a record's age.
 */
export interface RecordAge {
  file: string;
  newest: string;
}

/** Records whose newest reported day is more than 12 months before `today`, oldest first. */
export function staleRecords(records: readonly RecordAge[], today: string): RecordAge[] {
  return records.filter((r) => isStale(r.newest, today)).sort((a, b) => a.newest.localeCompare(b.newest) || a.file.localeCompare(b.file));
}

/** What the data records need: old sources, offices without an address. */
export interface DataReport {
  records: RecordAge[];
  officesWithoutAddress: string[];
}

/** Plain-text report: one line per guide and language, then what needs attention. */
export function formatContentReport(rows: GuideStatusRow[], examples: string[], today: string, data?: DataReport): string {
  const lines = [`Content report, ${today}`, '', 'Guides (path, language, status, reviewed, age in days, sources):'];
  const width = Math.max(...rows.map((r) => r.path.length));
  for (const r of rows) {
    lines.push(
      `  ${r.path.padEnd(width)}  ${r.locale}  ${r.status.padEnd(10)}  ${r.reviewedAt}  ${String(r.ageDays).padStart(4)}  ${r.sources}`,
    );
  }
  const stale = rows.filter((r) => r.ageDays > staleAfterDays);
  lines.push('', `Reviews older than 12 months: ${stale.length}`);
  for (const r of stale) lines.push(`  ${r.locale} ${r.path} (reviewed ${r.reviewedAt})`);
  const fallbacks = rows.filter((r) => r.status === 'fallback');
  lines.push('', `Not yet translated (shown in Indonesian): ${fallbacks.length}`);
  for (const r of fallbacks) lines.push(`  ${r.locale} ${r.path}`);
  lines.push('', `Example-data records (not confirmed program data): ${examples.length}`);
  for (const e of examples) lines.push(`  ${e}`);
  if (data) {
    const stale = staleRecords(data.records, today);
    lines.push('', `Records whose newest source speaks of a day over 12 months ago: ${stale.length} of ${data.records.length}`);
    for (const r of stale) lines.push(`  ${r.file} (newest ${r.newest}, ${daysBetween(r.newest, today)} days)`);
    lines.push('', `Offices without an address: ${data.officesWithoutAddress.length}`);
    for (const o of data.officesWithoutAddress) lines.push(`  ${o}`);
  }
  return `${lines.join('\n')}\n`;
}
