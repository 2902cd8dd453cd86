import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  fillSizeMarks,
  formatSize,
  isSavedPage,
  offlinePath,
  pagefindFiles,
  pageResources,
  scriptImports,
  placesToSave,
  saveHref,
  saveManifest,
  sizeMarks,
} from '../../src/lib/offline.ts';
import { whatsappShareHref } from '../../src/lib/share.ts';
import { topics } from '../../src/schemas/guide.ts';
import { root } from '../helpers/paths.ts';

const village = '/desa/nusa-tenggara-timur/kabupaten-kupang/oepaha-5301162007/';

describe('what a language saves', () => {
  it('is the home page, every guide, search and the offline page; not printables, villages or the save page', () => {
    for (const path of ['/', '/cari/', offlinePath, '/paspor/', '/paspor/syarat/', '/bantuan/', '/migrasi-aman/jalur-resmi/']) {
      expect(isSavedPage(path, topics), path).toBe(true);
    }
    for (const path of [
      '/simpan/',
      '/cetak/paspor/syarat/',
      '/cetak/buku/paspor/',
      '/desa/',
      village,
      '/kantor/kanim-kupang/',
      '/pasporx/',
    ]) {
      expect(isSavedPage(path, topics), path).toBe(false);
    }
  });

  it("takes a page's own scripts and icon, not links to other pages or sites", () => {
    const html = [
      '<link rel="canonical" href="https://desabinaan.example/cari/">',
      '<link rel="alternate" hreflang="en" href="/en/cari/">',
      '<link rel="icon" href="/favicon.svg" type="image/svg+xml">',
      '<script type="module" src="/pagefind-loader.js"></script>',
      '<script type="module" src="/_astro/search.Dx1.js?v=2"></script>',
      '<script src="//elsewhere.example/x.js"></script>',
      '<script type="application/ld+json">{}</script>',
      '<a href="/paspor/">x</a>',
    ].join('\n');
    expect(pageResources(html).sort()).toEqual(['/_astro/search.Dx1.js', '/favicon.svg', '/pagefind-loader.js']);
  });

  it("keeps Pagefind's engine, entry, metadata and every chunk, and leaves its UI files out", () => {
    const files = [
      'pagefind.js',
      'pagefind-worker.js',
      'pagefind-entry.json',
      'pagefind-ui.js',
      'pagefind-ui.css',
      'pagefind-modular-ui.js',
      'pagefind-highlight.js',
      'wasm.id.pagefind',
      'wasm.unknown.pagefind',
      'pagefind.id_7555fbcfd5.pf_meta',
      'index',
      'index/id_401f574.pf_index',
      'fragment/id_1.pf_fragment',
      'filter/id_6e8963d.pf_filter',
    ];
    const entry = { languages: { id: { hash: 'id_7555fbcfd5', wasm: 'id' } } };
    expect(pagefindFiles(files, entry)).toEqual([
      'filter/id_6e8963d.pf_filter',
      'fragment/id_1.pf_fragment',
      'index/id_401f574.pf_index',
      'pagefind-entry.json',
      'pagefind-worker.js',
      'pagefind.id_7555fbcfd5.pf_meta',
      'pagefind.js',
      'wasm.id.pagefind',
    ]);
  });
});

describe('the size shown', () => {
  it('is the sum of the files, written the reader’s way', () => {
    const manifest = saveManifest(
      'id',
      [
        { url: '/', bytes: 1000 },
        { url: '/cari/', bytes: 887_585 },
      ],
      2,
      30_000,
    );
    expect(manifest.bytes).toBe(888_585);
    expect(formatSize(888_585, 'id')).toBe('868 KB');
    expect(formatSize(1_572_864, 'id')).toBe('1,5 MB');
    expect(formatSize(1_572_864, 'en')).toBe('1.5 MB');
    expect(formatSize(10, 'en')).toBe('1 KB');
  });

  it('replaces every stand-in in the built page, and fails when one is missing', () => {
    const manifest = saveManifest('en', [{ url: '/en/', bytes: 2048 }], 1, 1024);
    const page = `<data value="${sizeMarks.bytes}">${sizeMarks.size}</data> <li>${sizeMarks.placeSize}</li>`;
    expect(fillSizeMarks(page, manifest, 'en')).toBe('<data value="2048">2 KB</data> <li>1 KB</li>');
    expect(() => fillSizeMarks('<p>no marks</p>', manifest, 'en')).toThrow(/__SAVE_BYTES__/);
  });
});

describe('the village a reader came from', () => {
  it('goes from the village page to the save page in its address, and back', () => {
    const href = saveHref('/en/simpan/', { village, office: '/kantor/kanim-kupang/' });
    expect(href.startsWith('/en/simpan/?')).toBe(true);
    expect(placesToSave(href.slice(href.indexOf('?')))).toEqual([village, '/kantor/kanim-kupang/']);
    expect(saveHref('/simpan/')).toBe('/simpan/');
  });

  it('is never anything but a village or an office address', () => {
    for (const bad of [
      'https://evil.example/',
      '//evil.example/desa/a/b/c-1234567890/',
      '/desa/../cetak/x/',
      'javascript:alert(1)',
      '/desa/a/b/',
      '/kantor/../../x/',
    ]) {
      expect(placesToSave(`?${new URLSearchParams({ desa: bad, kantor: bad })}`), bad).toEqual([]);
    }
  });
});

describe('the service worker', () => {
  // Its names are imported from src/lib/offline.ts and bundled at build (tests/site/offline.test.ts).
  const worker = readFileSync(`${root}src/scripts/service-worker.ts`, 'utf8');

  it('asks the network first and stores nothing on install', () => {
    expect(worker).not.toMatch(/addAll|cache\.add\(/);
    const fetchFirst = worker.indexOf('await fetch(request)');
    expect(fetchFirst).toBeGreaterThan(0);
    expect(worker.indexOf('caches.match(', worker.indexOf('async function networkFirst'))).toBeGreaterThan(fetchFirst);
  });
});

describe('sharing', () => {
  it('opens WhatsApp with the message written', () => {
    const href = whatsappShareHref('Syarat paspor - baca di https://desabinaan.example/paspor/syarat/');
    expect(href.startsWith('https://wa.me/?text=')).toBe(true);
    expect(new URL(href).searchParams.get('text')).toBe('Syarat paspor - baca di https://desabinaan.example/paspor/syarat/');
  });
});

describe('scripts a saved page needs', () => {
  it('follows the chunks a bundled script imports, so search still works offline', () => {
    const js = 'import{t as e}from"./i18n.DOk1MqMw.js";import"./side.js";const x=()=>import("../other/late.js");';
    expect(scriptImports(js, '/_astro/search.abc.js')).toEqual(['/_astro/i18n.DOk1MqMw.js', '/_astro/side.js', '/other/late.js']);
    expect(scriptImports('const a = "./not-an-import.js";', '/_astro/a.js')).toEqual([]);
  });
});
