/**
 * npm run content:report — per guide and language: review date and age, number of
 * sources, translation status; then stale reviews, untranslated guides and example data;
 * then data records whose newest source speaks of a day over 12 months ago, and offices
 * without an address.
 * Reads content/ directly (or CONTENT_DIR), so it runs without a build.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { contentDir } from '../src/lib/content-dir.ts';
import { daysBetween, todayInJakarta } from '../src/lib/format.ts';
import { defaultLocale, locales } from '../src/lib/locales.ts';
import { formatContentReport, type GuideStatusRow, type RecordAge } from '../src/lib/content-report.ts';
import { guideAddress } from '../src/lib/urls.ts';

const content = contentDir();
const today = todayInJakarta();

async function files(dir: string, ext: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  return entries.filter((e) => e.isFile() && e.name.endsWith(ext)).map((e) => join(e.parentPath, e.name));
}

const frontmatter = (text: string) =>
  parse(/^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '') as {
    reviewedAt: string;
    sources?: unknown[];
    status?: string;
  };

const guides = new Map<string, ReturnType<typeof frontmatter>>();
for (const file of await files(`${content}/guides`, '.mdx')) {
  guides.set(relative(`${content}/guides`, file).replace(/\.mdx$/, ''), frontmatter(await readFile(file, 'utf8')));
}

const rows: GuideStatusRow[] = [];
for (const [id, data] of [...guides].filter(([id]) => id.startsWith(`${defaultLocale}/`)).sort()) {
  const { path } = guideAddress(id);
  for (const locale of locales) {
    const ownId = `${locale}${id.slice(defaultLocale.length)}`;
    const own = guides.get(ownId);
    const shown = own ?? data;
    rows.push({
      path,
      locale,
      status: locale === defaultLocale ? 'original' : !own ? 'fallback' : own.status === 'draft' ? 'draft' : 'translated',
      reviewedAt: shown.reviewedAt,
      ageDays: daysBetween(shown.reviewedAt, today),
      sources: shown.sources?.length ?? 0,
    });
  }
}

const examples: string[] = [];
for (const folder of ['villages', 'offices', 'officers']) {
  for (const file of (await files(`${content}/${folder}`, '.yaml')).sort()) {
    if ((parse(await readFile(file, 'utf8')) as { example?: boolean }).example) examples.push(relative('.', file));
  }
}

// Data records: the newest day their sources report, and offices without an address.
const records: RecordAge[] = [];
for (const file of (await files(`${content}/villages`, '.yaml')).sort()) {
  const v = parse(await readFile(file, 'utf8')) as { designatedAt: string; sessions?: { date: string; source?: unknown }[] };
  const days = [v.designatedAt, ...(v.sessions ?? []).filter((s) => s.source && s.date <= today).map((s) => s.date)];
  records.push({ file: relative('.', file), newest: days.sort().at(-1)! });
}
for (const file of (await files(`${content}/village-counts`, '.yaml')).sort()) {
  records.push({ file: relative('.', file), newest: (parse(await readFile(file, 'utf8')) as { reportedAt: string }).reportedAt });
}
const officesWithoutAddress: string[] = [];
for (const file of (await files(`${content}/offices`, '.yaml')).sort()) {
  const o = parse(await readFile(file, 'utf8')) as { address?: string; reviewedAt?: string };
  if (!o.address) officesWithoutAddress.push(relative('.', file));
  if (o.reviewedAt) records.push({ file: relative('.', file), newest: o.reviewedAt });
}

process.stdout.write(formatContentReport(rows, examples, today, { records, officesWithoutAddress }));
