import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { freePort, startAdminServers, type AdminServers } from '../../scripts/lib/admin-servers.ts';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { describeBrowser } from '../helpers/browser.ts';
import { root } from '../helpers/paths.ts';

/**
 * The editor end to end: real Chromium, Decap CMS at /admin/ of the development server,
 * and Decap's real local backend (decap-server), both started here over a copy of
 * content/ and stopped after. Each step's screenshot illustrates the staff guide
 * (docs/editing-admin.id.md, docs/editing-admin.en.md).
 */

// Outside the project: the development server watches its own folder, and a change in it restarts the server.
const repo = `${tmpdir()}/desa-binaan-admin-test-${process.pid}/`;
const content = `${repo}content/`;
const shots = `${root}docs/img/`;
const village = 'villages/11.09.09.2001.yaml';
const villagePage = '/desa/aceh/kabupaten-simeulue/matanurung-1109092001/';
const office = 'offices/kanim-agam.yaml';
/** An office whose sources include an official (.go.id) page, so its hours may be published. */
const officialOffice = 'offices/kanim-denpasar.yaml';
const officialOfficePage = '/kantor/kanim-denpasar/';
const guide = 'guides/id/paspor/syarat.mdx';

/** A day a month from now, so the session stays upcoming whenever the test runs. */
const day = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
const today = new Date().toISOString().slice(0, 10);

let servers: AdminServers;
let browser: Browser;
let page: Page;

const minutes = (n: number) => n * 60_000;

beforeAll(async () => {
  rmSync(repo, { recursive: true, force: true });
  mkdirSync(repo, { recursive: true });
  cpSync(`${root}content`, content, { recursive: true });
  mkdirSync(shots, { recursive: true });
  servers = await startAdminServers({
    repoDir: repo,
    backendPort: await freePort(),
    sitePort: await freePort(),
    quiet: true,
  });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1100, height: 900 }, locale: 'id-ID' });
  // This machine is slow when busy: Decap's bundle alone is 5 MB of script to compile.
  page.setDefaultTimeout(minutes(2));
  // Leaving an entry with unsaved changes asks first (after a failed step): go on.
  page.on('dialog', (dialog) => void dialog.accept());
}, minutes(10));

afterAll(async () => {
  await browser?.close();
  await servers?.stop();
  rmSync(repo, { recursive: true, force: true });
});

const read = (file: string) => readFileSync(`${content}${file}`, 'utf8');

/** Opens an entry in a freshly loaded editor (Decap keeps the sign-in of the local backend). */
async function openEntry(collection: string, slug: string, waitFor: string) {
  await page.goto('about:blank');
  await page.goto(`${servers.site}/admin/#/collections/${collection}/entries/${slug}`, { waitUntil: 'commit' });
  await page.getByText(waitFor, { exact: false }).first().waitFor();
}

/** Decap's publish button, then "Terbitkan sekarang" (simple mode of the local backend). */
async function publish() {
  await page.getByRole('button', { name: 'Terbitkan', exact: true }).click();
  await page.getByText('Terbitkan sekarang').click();
}

async function waitForFile(file: string, before: string): Promise<string> {
  const deadline = Date.now() + minutes(1);
  let last = before;
  while (Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 250));
    const now = read(file);
    // The local backend truncates the file, then writes it: a read in between sees
    // an empty or partial file. The file is saved once two reads agree.
    if (now !== before && now !== '' && now === last) return now;
    last = now;
  }
  throw new Error(`${file} did not change`);
}

/**
 * A page of the development server once it shows `text`: the server reloads the
 * content a moment after the file changes, and answers with an error page meanwhile.
 */
async function pageShowing(path: string, text: string): Promise<string> {
  const deadline = Date.now() + minutes(3);
  let html = '';
  while (Date.now() < deadline) {
    html = await fetch(`${servers.site}${path}`).then(
      (r) => r.text(),
      () => '',
    );
    if (html.includes(text)) return html;
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`${path} does not show ${JSON.stringify(text)}:\n${html.slice(0, 3000)}`);
}

describeBrowser('editor at /admin/ with the local backend', () => {
  it(
    'opens in Indonesian, refuses a bad date in the form, and saves a session as the schema expects',
    async () => {
      await page.goto(`${servers.site}/admin/`, { waitUntil: 'commit' });
      await page.getByRole('button', { name: 'Masuk', exact: true }).click();
      await page.getByText('Desa binaan').first().waitFor();
      await page.getByText('Kantor imigrasi').first().waitFor();
      await page.screenshot({ path: `${shots}admin-1-daftar.png` });

      const before = read(village);
      await openEntry('villages', '11.09.09.2001', 'Sosialisasi di desa');
      await page.getByRole('button', { name: /Tambah sosialisasi di desa/i }).click();
      await page.getByLabel('Jam mulai (boleh kosong)', { exact: true }).waitFor();
      await page.getByLabel('Tanggal', { exact: true }).fill('2026-13-45');
      await page.getByLabel('Jam mulai (boleh kosong)', { exact: true }).fill('09:00');
      await page.getByLabel('Jam selesai (boleh kosong)', { exact: true }).fill('11:00');
      await page.getByLabel('Bahasa Indonesia', { exact: true }).nth(0).fill('Balai desa Matanurung');
      await page.getByLabel('English (boleh kosong)', { exact: true }).nth(0).fill('Matanurung village hall');
      await page.getByLabel('Bahasa Indonesia', { exact: true }).nth(1).fill('Cara membuat paspor');
      await page.getByLabel('English (boleh kosong)', { exact: true }).nth(1).fill('How to get a passport');

      // A bad date: the form says what is wrong and nothing is written.
      await publish();
      const dateError = page.getByText('Tulis tanggal seperti 2026-12-15 (tahun-bulan-hari).').first();
      await dateError.waitFor();
      await dateError.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${shots}admin-2-tanggal-salah.png` });
      expect(read(village)).toBe(before);

      // Corrected as a person would: select the wrong date and type over it.
      const date = page.getByLabel('Tanggal', { exact: true });
      await date.click();
      await date.press('End');
      for (let i = 0; i < 10; i++) await date.press('Backspace');
      await date.pressSequentially(day);
      await expect(date.inputValue()).resolves.toBe(day);
      await page.screenshot({ path: `${shots}admin-3-sosialisasi.png` });
      await publish();
      const saved = await waitForFile(village, before);
      // Exactly the file before, with the session added the way the file writes its values.
      expect(saved).toBe(
        `${before}sessions:\n  - date: "${day}"\n    start: "09:00"\n    end: "11:00"\n` +
          `    place:\n      id: Balai desa Matanurung\n      en: Matanurung village hall\n` +
          `    topic:\n      id: Cara membuat paspor\n      en: How to get a passport\n`,
      );

      // The development server reads the saved file: the village page, its poster and the feed show the session.
      const pageHtml = await pageShowing(villagePage, 'Cara membuat paspor');
      expect(pageHtml).toContain('Balai desa Matanurung');
      await pageShowing(`/cetak${villagePage}`, 'Cara membuat paspor');
      const feed = await pageShowing('/desa/jadwal.xml', 'Cara membuat paspor');
      expect(feed).toContain('Matanurung');
      await pageShowing(`/en${villagePage}`, 'How to get a passport');
      const site = await browser.newPage({ viewport: { width: 360, height: 900 } });
      await site.goto(`${servers.site}${villagePage}`);
      await site.getByText('Cara membuat paspor').first().scrollIntoViewIfNeeded();
      await site.screenshot({ path: `${shots}admin-4-halaman-desa.png` });
      await site.close();
    },
    minutes(10),
  );

  it(
    'explains the official-source rule next to an office phone, and the build refuses a phone with a look-alike source naming file, field and value',
    async () => {
      const before = read(office);
      await openEntry('offices', 'kanim-agam', 'Telepon');
      const phone = page.getByLabel('Telepon (boleh kosong)', { exact: true });
      await phone.fill('0752-000000');
      await page.getByRole('button', { name: /Tambah sumber/i }).click();
      await page.getByLabel('Judul', { exact: true }).last().fill('Kontak Imigrasi Agam');
      await page.getByLabel('Alamat (https://...)', { exact: true }).last().fill('https://imigrasiagam.id/kontak');
      await page.getByLabel('Penerbit', { exact: true }).last().fill('imigrasiagam.id');
      await page.getByLabel('Tanggal dibaca', { exact: true }).last().fill(today);
      await phone.scrollIntoViewIfNeeded();
      await expect(page.getByText('Hanya dari sumber resmi .go.id (situs kantor *.imigrasi.go.id)').first().isVisible()).resolves.toBe(
        true,
      );
      await page.screenshot({ path: `${shots}admin-5-telepon-kantor.png` });
      await publish();
      const saved = await waitForFile(office, before);
      expect(saved).toContain("phone: '0752-000000'");

      const sync = spawnSync(process.execPath, [`${root}node_modules/astro/bin/astro.mjs`, 'sync'], {
        cwd: root,
        env: { ...process.env, CONTENT_DIR: content, NO_COLOR: '1', FORCE_COLOR: '0' },
        encoding: 'utf8',
      });
      const output = `${sync.stdout}\n${sync.stderr}`;
      expect(sync.status).not.toBe(0);
      expect(output).toContain('offices/kanim-agam.yaml');
      expect(output).toMatch(/phone: a phone \(found "0752-000000"\) is published only from an official source/);
    },
    minutes(10),
  );

  it(
    "edits an office's opening hours, and the office page shows them",
    async () => {
      const before = read(officialOffice);
      await openEntry('offices', 'kanim-denpasar', 'Jam layanan');
      await page.getByRole('button', { name: /Tambah jam layanan/i }).click();
      await page.getByLabel('Hari', { exact: true }).fill('mon-fri');
      await page.getByLabel('Jam', { exact: true }).fill('08:00-16:00');
      await page.getByLabel('Hari', { exact: true }).scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${shots}admin-6-jam-kantor.png` });
      await publish();
      const saved = await waitForFile(officialOffice, before);
      // Exactly the file before, with the hours added in the file's own style (its lists and quotes).
      expect(saved).toBe(`${before}hours:\n- days: mon-fri\n  time: '08:00-16:00'\n`);

      // The office page lists the five days with the new hours, in both languages.
      const html = await pageShowing(officialOfficePage, '08:00–16:00');
      expect(html.match(/08:00–16:00/g)).toHaveLength(5);
      expect(html).not.toContain('Jam layanan belum diterbitkan');
      await pageShowing(`/en${officialOfficePage}`, '08:00–16:00');
      const site = await browser.newPage({ viewport: { width: 360, height: 900 } });
      await site.goto(`${servers.site}${officialOfficePage}`);
      await site.locator('table.hours').scrollIntoViewIfNeeded();
      await site.screenshot({ path: `${shots}admin-7-halaman-kantor.png` });
      await site.close();
    },
    minutes(10),
  );

  it(
    'keeps a guide as written: one sentence changed in the editor is the only difference in the file',
    async () => {
      const before = read(guide);
      const body = before.slice(before.indexOf('\n---\n') + 5);
      const old = /^[^<#\n-][^\n]*\.$/m.exec(body)![0];
      const changed = `${old.slice(0, -1)} (diubah di editor).`;
      await openEntry('guides-id', 'paspor/syarat', 'Isi (MDX)');
      const box = page.getByLabel('Isi (MDX)', { exact: true });
      const text = await box.inputValue();
      expect(text).toBe(body);
      await box.fill(text.replace(old, changed));
      await page.screenshot({ path: `${shots}admin-8-panduan.png` });
      await publish();
      const saved = await waitForFile(guide, before);
      expect(saved).toBe(before.replace(old, changed));
    },
    minutes(10),
  );
});
