/**
 * npm run screenshots — PNGs of every template at 360x640 in both languages, with and
 * without JavaScript where it matters, into screenshots/ (git-ignored). Builds first
 * when there is no dist/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { launchChromium } from './lib/browser.ts';
import { serveStatic } from './lib/static-server.ts';

const village = '/desa/jawa-tengah/kabupaten-sragen/cemeng-3314072003/';
const templates: [string, string][] = [
  ['home', '/'],
  ['topic', '/paspor/'],
  ['guide', '/paspor/syarat/'],
  ['guide-steps', '/paspor/langkah/'],
  ['guide-checklist', '/migrasi-aman/tanda-bahaya/'],
  ['guide-road', '/migrasi-aman/jalur-resmi/'],
  ['guide-part-of-road', '/migrasi-aman/cek-perusahaan/'],
  ['guide-agencies', '/migrasi-aman/masalah-di-luar-negeri/'],
  ['fee-table-en', '/en/paspor/biaya/'],
  ['help-lines', '/bantuan/'],
  ['directory', '/desa/'],
  ['province', '/desa/jawa-tengah/'],
  ['regency', '/desa/jawa-tengah/kabupaten-sragen/'],
  ['village', village],
  ['office', '/kantor/kanim-kupang/'],
  ['office-list', '/kantor/'],
  ['search', '/cari/?q=paspor'],
  ['search-none', '/cari/?q=zzqxv'],
  ['printable-guide', '/cetak/paspor/syarat/'],
  ['poster', `/cetak${village}`],
  ['404', '/404.html'],
];

if (!existsSync('dist/index.html')) spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
await mkdir('screenshots', { recursive: true });
const { url, server } = await serveStatic('dist/');
const browser = await launchChromium();
for (const javaScript of [true, false]) {
  const context = await browser.newContext({ viewport: { width: 360, height: 640 }, javaScriptEnabled: javaScript });
  const page = await context.newPage();
  for (const [name, address] of templates) {
    if (!javaScript && !address.includes('/cari/')) continue;
    for (const prefix of ['', '/en']) {
      const target = address === '/' && prefix ? '/en/' : `${prefix}${address}`;
      await page.goto(`${url}${target}`);
      if (javaScript && address.includes('/cari/?q=')) {
        await page.waitForFunction(() => /\d|Tidak ada|No results/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
      }
      const file = `screenshots/${name}${prefix ? '-en' : ''}${javaScript ? '' : '-nojs'}.png`;
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
    }
  }
  await context.close();
}
await browser.close();
server.close();
