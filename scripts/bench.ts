/**
 * npm run bench                 build the site and report sizes, bytes and build speed
 * npm run bench -- --national   the same for every village of Indonesia (generated data)
 *   [--provinces 31,19]          only those provinces' villages (a quicker check)
 *
 * Prints a table: per template, the median and largest page (gzip, CSS included);
 * the first-visit bytes of the home page; the search page plus first query; build
 * wall time per phase, pages per second and peak memory of the build, beside a plain
 * Astro build of as many one-paragraph pages (scripts/lib/plain-astro.ts) in the same
 * run. Writes the same tables into docs/performance.md, in the section of its data set
 * (scripts/lib/performance-doc.ts), with the date and the machine.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { launchChromium, chromiumPath } from './lib/browser.ts';
import { writePerformanceSection } from './lib/performance-doc.ts';
import { buildPlainAstro } from './lib/plain-astro.ts';
import { watchPeakMemory } from './lib/process-tree.ts';
import { serveStatic } from './lib/static-server.ts';
import { measureSearch, wireSize } from './lib/transfer.ts';

const { values } = parseArgs({ options: { national: { type: 'boolean', default: false }, provinces: { type: 'string' } } });
/** `--provinces 31,19`: the national data set of those provinces only (a quicker check; the section says so). */
const provinces = values.national ? values.provinces : undefined;
const national = values.national;
const content = national ? '.tmp/national-content' : 'content';
const out = national ? '.tmp/national-dist/' : 'dist/';
const loadAtStart = loadavg()[0]!;
/** Every table line, printed and kept for docs/performance.md. */
const report: string[] = [];
const say = (line: string) => {
  console.log(line);
  report.push(line);
};

if (national) {
  console.log('Generating the national data set ...');
  const generated = spawnSync(
    process.execPath,
    ['scripts/generate-national.ts', '--out', content, ...(provinces ? ['--provinces', provinces] : [])],
    { stdio: 'inherit' },
  );
  if (generated.status !== 0) process.exit(1);
}

// Build (scripts/build.ts: one process per language), timing each phase from its log.
// A build from scratch: the previous output is deleted first, outside the timing.
await rm(out, { recursive: true, force: true });
console.log(`Building ${content} -> ${out} ...`);
const started = Date.now();
const marks: Record<string, number> = {};
const child = spawn(process.execPath, ['scripts/build.ts'], {
  env: { ...process.env, CONTENT_DIR: content, OUT_DIR: out, NO_COLOR: '1', FORCE_COLOR: '0' },
  stdio: ['ignore', 'pipe', 'pipe'],
});
const memory = watchPeakMemory(child.pid!);
let log = '';
const onData = (chunk: Buffer) => {
  const text = chunk.toString();
  log += text;
  const at = (Date.now() - started) / 1000;
  if (/Synced content/.test(text)) marks.content ??= at;
  if (/generating static routes/.test(text)) marks.renderStart ??= at;
  if (/^build: merged/m.test(text)) marks.merged ??= at;
};
child.stdout.on('data', onData);
child.stderr.on('data', onData);
const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));
const wall = (Date.now() - started) / 1000;
const peak = memory.stop();
if (code !== 0) {
  console.error(log.slice(-4000));
  process.exit(code);
}
const pageCount = Number(/^build: (\d+) pages in/m.exec(log)?.[1] ?? 0);
const parts = [...log.matchAll(/^build: (\w+) (\d+) pages in ([\d.]+) s \(rendering ([\d.]+) s\)/gm)].map((m) => ({
  locale: m[1]!,
  pages: Number(m[2]),
  seconds: Number(m[3]),
  render: Number(m[4]),
}));
const steps = [
  ...[...log.matchAll(/^\[(\w+)\] .*\[post-build\] step (.+) done in ([\d.]+) s/gm)].map(
    (m) => [`${m[2]} (${m[1]}, in its build)`, Number(m[3])] as const,
  ),
  ...[...log.matchAll(/^build: step (.+) done in ([\d.]+) s/gm)].map((m) => [m[1]!, Number(m[2])] as const),
];
const searchMs = [...log.matchAll(/\[post-build\] search index (\w+): (\d+) pages indexed in (\d+) ms/gm)].map(
  (m) => `${m[1]} ${m[2]} pages ${(Number(m[3]) / 1000).toFixed(1)} s`,
);
const finderLine = /\[post-build\] (finder: .*)$/m.exec(log)?.[1];

// The yardstick: plain Astro, as many one-paragraph pages, as many processes at once.
console.log(`Building ${pageCount} one-paragraph pages with plain Astro (${parts.length} processes at once) ...`);
const plain = await buildPlainAstro(pageCount, Math.max(1, parts.length));

// Page sizes per template.
const templates: [string, RegExp][] = [
  ['home', /^\/(en\/)?$/],
  ['guide', /^\/(en\/)?(paspor|migrasi-aman|desa-binaan|bantuan)\//],
  ['directory', /^\/(en\/)?desa\/(([^/]+\/){0,2}|[^/]+\/[^/]+\/bagian-\d+\/)$/],
  ['village', /^\/(en\/)?desa\/[^/]+\/[^/]+\/[^/]+\/$/],
  ['office', /^\/(en\/)?kantor\//],
  ['search', /^\/(en\/)?cari\//],
  ['printable guide', /^\/(en\/)?cetak\/(paspor|migrasi-aman|desa-binaan|bantuan)\//],
  ['booklet', /^\/(en\/)?cetak\/buku\//],
  ['village poster', /^\/(en\/)?cetak\/desa\//],
  ['404', /404\.html$/],
];
const sizes = new Map<string, { address: string; bytes: number }[]>();
const files = (await readdir(out, { recursive: true, withFileTypes: true })).filter(
  (e) => e.isFile() && e.name.endsWith('.html') && !e.parentPath.includes('pagefind'),
);
for (const file of files) {
  const path = join(file.parentPath, file.name);
  const address = `/${relative(out, path)}`.replace(/index\.html$/, '');
  const template = templates.find(([, re]) => re.test(address))?.[0] ?? 'other';
  const bytes = gzipSync(await readFile(path), { level: 9 }).length;
  const list = sizes.get(template) ?? [];
  list.push({ address, bytes });
  sizes.set(template, list);
}
const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
const gb = (b: number) => `${(b / 1024 ** 3).toFixed(2)} GB`;
say(`\n### Page sizes (gzip -9, CSS inlined)${national ? ', national data set' : ''}\n`);
say('| template | pages | median | largest | largest page |');
say('| --- | ---: | ---: | ---: | --- |');
for (const [template] of [...templates, ['other', /./] as [string, RegExp]]) {
  const list = sizes.get(template);
  if (!list) continue;
  list.sort((a, b) => a.bytes - b.bytes);
  const median = list[Math.floor(list.length / 2)]!.bytes;
  const largest = list.at(-1)!;
  say(`| ${template} | ${list.length} | ${kb(median)} | ${kb(largest.bytes)} | ${largest.address} |`);
}

// Bytes a reader's phone fetches, measured in Chromium.
const indexBytes = async (dir: string) => {
  let total = 0;
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true }))
    if (e.isFile()) total += (await stat(join(e.parentPath, e.name))).size;
  return total;
};
say('\n### Transfers (gzip on the wire, measured in Chromium)\n');
if (chromiumPath()) {
  const { url, server } = await serveStatic(out);
  const browser = await launchChromium();
  const page = await browser.newPage();
  const transfers: Promise<number>[] = [];
  page.on('response', (r) => transfers.push(r.body().then(wireSize, () => 0)));
  await page.goto(`${url}/`);
  await page.waitForLoadState('networkidle');
  const home = (await Promise.all(transfers)).reduce((a, b) => a + b, 0);
  say('| what | bytes |');
  say('| --- | ---: |');
  say(`| home page, first visit (all requests) | ${kb(home)} |`);
  const queries = [
    ['/cari/?q=paspor', 'a guide word, "paspor" (id)'],
    ['/en/cari/?q=passport', 'a guide word, "passport" (en)'],
    ['/cari/?q=Oepaha', 'a village name, "Oepaha" (id)'],
    ['/en/cari/?q=Oepaha', 'a village name, "Oepaha" (en)'],
    ['/cari/?q=Sukamaju', 'a common village name, "Sukamaju" (id)'],
  ] as const;
  for (const [address, label] of queries) {
    const p = await browser.newPage();
    const { total, transfers: list } = await measureSearch(p, `${url}${address}`);
    const sum = (re: RegExp) => list.filter((t) => re.test(t.url)).reduce((n, t) => n + t.gzipBytes, 0);
    const engine = sum(/pagefind\.js|wasm\.|pagefind-entry|\.pf_meta/);
    const index = sum(/\.pf_index/);
    const results = sum(/\.pf_fragment/);
    const finder = sum(/\/cari-desa\//);
    const ours = total - engine - index - results - finder;
    say(
      `| search page + first query: ${label} | ${kb(total)} (Pagefind engine ${kb(engine)}, index ${kb(index)}, results ${kb(results)}, ` +
        `village finder ${kb(finder)}, page + scripts ${kb(ours)}) |`,
    );
    await p.close();
  }
  for (const locale of ['id', 'en']) say(`| Pagefind index on disk, ${locale} | ${kb(await indexBytes(`${out}pagefind/${locale}`))} |`);
  say(`| village finder on disk (both languages) | ${kb(await indexBytes(`${out}cari-desa`))} |`);
  await browser.close();
  server.close();
} else {
  say('(skipped: no Chromium; install the Debian package "chromium" or set CHROME_PATH)');
}

say('\n### Build\n');
say('| measure | value |');
say('| --- | ---: |');
say(`| pages built | ${pageCount} |`);
say(`| wall time | ${wall.toFixed(1)} s |`);
if (marks.content !== undefined) say(`| content sync done at | ${marks.content.toFixed(1)} s |`);
for (const p of parts) {
  say(
    `| ${p.locale}: astro build (own process) | ${p.seconds.toFixed(1)} s, rendering ${p.render.toFixed(1)} s (${Math.round(p.pages / p.render)} pages/s) |`,
  );
}
if (marks.merged !== undefined) say(`| languages built and merged at | ${marks.merged.toFixed(1)} s |`);
for (const [name, s] of steps) say(`| after-build step: ${name} | ${s.toFixed(1)} s |`);
for (const s of searchMs) say(`| search index ${s} |  |`);
if (finderLine) say(`| ${finderLine} |  |`);
say(`| pages per second, whole build | ${Math.round(pageCount / wall)} |`);
say(`| peak memory (build and its children) | ${gb(peak)} |`);

say('\n### Beside plain Astro (same run, same machine)\n');
say(`| measure | this site | plain Astro, one paragraph a page |`);
say('| --- | ---: | ---: |');
say(`| pages | ${pageCount} | ${plain.pages} |`);
say(`| astro build processes at once | ${parts.length} | ${plain.processes} |`);
say(`| wall time | ${wall.toFixed(1)} s | ${plain.seconds.toFixed(1)} s |`);
say(`| pages per second | ${Math.round(pageCount / wall)} | ${Math.round(plain.pages / plain.seconds)} |`);
say(`| peak memory | ${gb(peak)} | ${gb(plain.peakBytes)} |`);

// Paint needs only the example site (the national one would take Lighthouse hours).
if (!national) await (await import('./bench-paint.ts')).benchPaint(out, say);

const machine = `${cpus().length} cores (${cpus()[0]?.model.trim()}), ${Math.round(totalmem() / 1024 ** 3)} GB memory, Node ${process.version}`;
console.log(`\nmachine: ${machine}; load average at start ${loadAtStart.toFixed(2)}`);
const doc = await writePerformanceSection({
  dataSet: national ? 'national' : 'example',
  command: national ? `npm run bench -- --national${provinces ? ` --provinces ${provinces}` : ''}` : 'npm run bench',
  ...(provinces && { note: `Only the villages of province ${provinces}, not all of Indonesia.` }),
  date: new Date().toISOString().slice(0, 10),
  machine,
  load: loadAtStart,
  body: report.join('\n'),
});
console.log(`written to ${doc}`);
