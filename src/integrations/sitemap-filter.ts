import { closeSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Which built pages belong in the sitemap: the page itself says so. A page is listed
 * when its canonical link points at its own address and it is not `noindex`; so
 * untranslated fallbacks (canonical: the Indonesian original), printable versions and
 * 404 pages stay out without a second list to keep in step.
 */
export function isCanonicalPage(url: string, site: string, outDir: string): boolean {
  const path = new URL(url).pathname;
  const file = join(outDir, path.endsWith('/') ? `${path}index.html` : path);
  let html: string;
  try {
    // The head is enough, and a national build has 340,000 pages to look at.
    const fd = openSync(file, 'r');
    const buffer = Buffer.alloc(16 * 1024);
    const read = readSync(fd, buffer, 0, buffer.length, 0);
    closeSync(fd);
    html = buffer.subarray(0, read).toString('utf8');
  } catch {
    return false;
  }
  if (/<meta name="robots" content="[^"]*noindex/.test(html)) return false;
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
  return canonical === new URL(path, site).href;
}
