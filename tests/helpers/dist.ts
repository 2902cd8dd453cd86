import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse, type HTMLElement } from 'node-html-parser';
import { distDir } from './paths.ts';

/** Every HTML file under a build folder, as site addresses (`/paspor/`, `/404.html`). */
export function htmlPages(dir: string = distDir): string[] {
  const pages: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        // Pagefind's files, and the editor (/admin/): not reader pages.
        if (entry.name !== 'pagefind' && !(folder === dir && entry.name === 'admin')) walk(path);
      } else if (entry.name.endsWith('.html')) {
        const address = `/${relative(dir, path)}`.replace(/index\.html$/, '');
        pages.push(address);
      }
    }
  };
  walk(dir);
  return pages.sort();
}

/** The file behind a site address. */
export function fileOf(address: string, dir: string = distDir): string {
  const clean = address.split('#')[0]!.split('?')[0]!;
  return join(dir, clean.endsWith('/') ? `${clean}index.html` : clean);
}

/** The raw HTML of a page. */
export function readHtml(address: string, dir: string = distDir): string {
  return readFileSync(fileOf(address, dir), 'utf8');
}

/** A parsed page. */
export function readPage(address: string, dir: string = distDir): HTMLElement {
  return parse(readHtml(address, dir));
}

/** Size of a page gzipped at level 9, in bytes (CSS is inlined, so this is all it sends). */
export function gzipSize(address: string, dir: string = distDir): number {
  return gzipSync(readFileSync(fileOf(address, dir)), { level: 9 }).length;
}
