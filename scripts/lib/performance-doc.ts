/**
 * docs/performance.md is written by `npm run bench`, never by hand: each run replaces
 * the section of its data set (example data or national), between its two markers, and
 * keeps everything else. The file is formatted with the project's Prettier settings, so
 * `prettier --check .` passes on what the benchmark wrote.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { format, resolveConfig } from 'prettier';

export type DataSet = 'example' | 'national';

export interface PerformanceSection {
  dataSet: DataSet;
  /** The command that measured it. */
  command: string;
  /** YYYY-MM-DD. */
  date: string;
  /** Cores, processor, memory, Node. */
  machine: string;
  /** The one-minute load average when the run started (the machine may be shared). */
  load: number;
  /** Said under the heading, e.g. that only some provinces were measured. */
  note?: string | undefined;
  /** The tables, in Markdown. */
  body: string;
}

const titles: Record<DataSet, string> = {
  example: 'Example data (`content/`)',
  national: 'National data set (every village of Indonesia a program village, both languages)',
};

const intro = `# Performance

Written by \`npm run bench\` (\`scripts/bench.ts\`): each run replaces the section of its
data set below and keeps the rest of this file. Do not edit the measured sections by hand;
run the benchmark again. Page sizes are gzip -9 with CSS inlined; transfers are what
Chromium received, counted as a gzip-serving host sends them; KB is 1,024 bytes. Each run
also builds a plain Astro project with as many one-paragraph pages, with the same Astro, on
the same machine: the yardstick for the site's own build.
`;

const start = (set: DataSet) => `<!-- bench:${set}:start -->`;
const end = (set: DataSet) => `<!-- bench:${set}:end -->`;

function section(s: PerformanceSection): string {
  return [
    start(s.dataSet),
    `## ${titles[s.dataSet]}`,
    '',
    `Measured on ${s.date} with \`${s.command}\` on ${s.machine}; load average ${s.load.toFixed(2)} when it started.${s.note ? ` ${s.note}` : ''}`,
    s.body,
    end(s.dataSet),
  ].join('\n');
}

/** Puts the section into the document text, in place of the old one or at the end. */
export function replaceSection(doc: string, s: PerformanceSection): string {
  const from = doc.indexOf(start(s.dataSet));
  const to = doc.indexOf(end(s.dataSet));
  if (from !== -1 && to > from) return `${doc.slice(0, from)}${section(s)}${doc.slice(to + end(s.dataSet).length)}`;
  return `${doc.trimEnd()}\n\n${section(s)}\n`;
}

/** Writes the section into docs/performance.md (created if missing) and returns the file's path. */
export async function writePerformanceSection(s: PerformanceSection, path = resolve('docs/performance.md')): Promise<string> {
  const old = await readFile(path, 'utf8').catch(() => intro);
  const text = replaceSection(old, s);
  const options = (await resolveConfig(path)) ?? {};
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, await format(text, { ...options, filepath: path }));
  return path;
}
