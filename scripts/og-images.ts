/**
 * Makes the link-preview images (public/og/<name>.png, 600x315) once; they are kept
 * in the repository. Run again after changing the wording: npm run og-images.
 * Flat colours and large text keep each PNG far below 30 KB.
 */
import { writeFile } from 'node:fs/promises';
import { escapeMarkup } from '../src/lib/escape.ts';
import { launchChromium } from './lib/browser.ts';

const cards = [
  { name: 'home', title: 'Desa Binaan Imigrasi', text: 'Paspor dan kerja ke luar negeri yang aman · Passports and safe work abroad' },
  { name: 'paspor', title: 'Paspor · Passport', text: 'Syarat, biaya, dan langkah membuat paspor' },
  {
    name: 'migrasi-aman',
    title: 'Kerja ke luar negeri dengan aman',
    text: 'Jalur resmi, tanda bahaya, dan hak Anda · Working abroad safely',
  },
  { name: 'desa-binaan', title: 'Program Desa Binaan Imigrasi', text: 'Petugas imigrasi pembina desa (Pimpasa) · The village program' },
  { name: 'desa', title: 'Cari desa Anda · Find your village', text: 'Petugas Pimpasa, kantor imigrasi, jadwal penyuluhan' },
  { name: 'bantuan', title: 'Nomor bantuan · Help lines', text: 'Telepon atau WhatsApp: bertanya dan melapor' },
];

const escape = escapeMarkup;
const browser = await launchChromium();
// Rendered at half scale: 600x315 pixels is what chat apps show, at a fraction of the bytes.
const page = await browser.newPage({ viewport: { width: 1200, height: 630 }, deviceScaleFactor: 0.5 });
for (const card of cards) {
  await page.setContent(`<!doctype html><html><body style="margin:0;width:1200px;height:630px;background:#0b3d91;color:#fff;font-family:system-ui,sans-serif;display:flex;flex-direction:column;justify-content:center;padding:0 80px;box-sizing:border-box">
    <div style="font-size:34px;font-weight:700;opacity:.9;margin-bottom:24px">desa binaan imigrasi</div>
    <div style="font-size:72px;font-weight:800;line-height:1.1">${escape(card.title)}</div>
    <div style="font-size:38px;margin-top:28px;line-height:1.3">${escape(card.text)}</div>
    <div style="position:absolute;left:0;bottom:0;width:1200px;height:24px;background:#ffd23f"></div></body></html>`);
  const png = await page.screenshot({ type: 'png' });
  await writeFile(`public/og/${card.name}.png`, png);
  console.log(`public/og/${card.name}.png ${png.length} bytes`);
}
await browser.close();
