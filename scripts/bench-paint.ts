/**
 * When the page's largest text paints on a cheap phone on a slow network: Lighthouse's
 * mobile run (a Moto G Power, CPU 4x slower, simulated 150 ms round trip and 1.6 Mbit/s:
 * WebPageTest's "fast 3G", which Lighthouse calls slow 4G) over the built site served
 * with gzip like a real host, the median of three runs per page, next to a page of one
 * paragraph served the same way.
 * Called by `npm run bench` (scripts/bench.ts); alone: `npx node scripts/bench-paint.ts [dist/]`.
 *
 * Chromium is the system one (CHROME_PATH, else /usr/bin/chromium); nothing is downloaded.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, chromiumPath } from './lib/browser.ts';
import { serveStatic } from './lib/static-server.ts';

const runs = 3;

/** A page of one paragraph: the least a page can be; every page is compared with it. */
const oneParagraph = `<!doctype html>
<html lang="id">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Satu paragraf</title></head>
<body><p>Untuk membuat paspor, datang ke kantor imigrasi dengan KTP, kartu keluarga, dan akta kelahiran atau ijazah.</p></body>
</html>
`;

export const paintPages: readonly (readonly [label: string, address: string])[] = [
  ['guide', '/paspor/syarat/'],
  ['village', '/desa/jawa-tengah/kabupaten-sragen/cemeng-3314072003/'],
  ['search page', '/cari/'],
  ['search page with a query', '/cari/?q=paspor'],
];

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Median largest contentful paint (ms) of each page, the one-paragraph page first. */
export async function measurePaint(out: string): Promise<{ label: string; address: string; lcp: number; fcp: number }[]> {
  const path = chromiumPath();
  if (!path) throw new Error('no Chromium: install the Debian package "chromium" or set CHROME_PATH');
  const controlDir = await mkdtemp(join(tmpdir(), 'one-paragraph-'));
  await writeFile(join(controlDir, 'index.html'), oneParagraph);
  const control = await serveStatic(controlDir, 0, { gzip: true });
  const site = await serveStatic(out, 0, { gzip: true });
  const chrome = await launch({
    chromePath: path,
    chromeFlags: ['--headless', ...chromiumArgs],
  });
  const results: { label: string; address: string; lcp: number; fcp: number }[] = [];
  try {
    const targets = [
      ['one paragraph', `${control.url}/`] as const,
      ...paintPages.map(([label, address]) => [label, `${site.url}${address}`] as const),
    ];
    for (const [label, url] of targets) {
      const lcp: number[] = [];
      const fcp: number[] = [];
      for (let run = 0; run < runs; run++) {
        const result = await lighthouse(
          url,
          { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] },
          {
            extends: 'lighthouse:default',
            settings: {
              formFactor: 'mobile',
              throttlingMethod: 'simulate',
              onlyAudits: ['largest-contentful-paint', 'first-contentful-paint'],
            },
          },
        );
        const audits = result?.lhr.audits;
        lcp.push(audits?.['largest-contentful-paint']?.numericValue ?? NaN);
        fcp.push(audits?.['first-contentful-paint']?.numericValue ?? NaN);
      }
      results.push({ label, address: url.replace(/^http:\/\/[^/]+/, ''), lcp: median(lcp), fcp: median(fcp) });
    }
  } finally {
    chrome.kill();
    control.server.close();
    site.server.close();
    await rm(controlDir, { recursive: true, force: true });
  }
  return results;
}

/** Prints the table `npm run bench` shows (through `say`, which also keeps it for docs/performance.md). */
export async function benchPaint(out: string, say: (line: string) => void = console.log): Promise<void> {
  say(`\n## Largest paint on a cheap phone (Lighthouse mobile, simulated slow network, median of ${runs}, gzip)\n`);
  if (!chromiumPath()) {
    say('(skipped: no Chromium; install the Debian package "chromium" or set CHROME_PATH)');
    return;
  }
  const results = await measurePaint(out);
  const base = results[0]!.lcp;
  say('| page | first paint | largest paint | after one paragraph |');
  say('| --- | ---: | ---: | ---: |');
  for (const r of results) {
    const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    say(
      `| ${r.label} (${r.address}) | ${s(r.fcp)} | ${s(r.lcp)} | ${r === results[0] ? '' : `${r.lcp < base ? '-' : '+'}${(Math.abs(r.lcp - base) / 1000).toFixed(2)} s`} |`,
    );
  }
}

if (import.meta.main) await benchPaint(process.argv[2] ?? 'dist/');
