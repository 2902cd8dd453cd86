import { open, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** What the after-build steps need from each page's <head>. */
export interface PageHead {
  /** The page's canonical address, if it has one. */
  canonical: string | undefined;
  noindex: boolean;
  /** The Content-Security-Policy <meta> value. */
  csp: string | undefined;
}

/** Every built page's head, by address (`/paspor/`, `/404.html`); filled once per build. */
export const pageHeads = new Map<string, PageHead>();

/** The first 16 KB of a page, where its head stands. */
async function headOf(file: string): Promise<string> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(16 * 1024);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
}

export function parseHead(html: string): PageHead {
  return {
    canonical: /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1],
    noindex: /<meta name="robots" content="[^"]*noindex/.test(html),
    csp: /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1]?.replaceAll('&#39;', "'"),
  };
}

/**
 * Reads the head of every built page once, many at a time (a national build has
 * 340,000), for the sitemap filter and the security headers that run after it.
 * Must come before both in the integrations list.
 */
export function readPageHeads(): AstroIntegration {
  return {
    name: 'page-heads',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        pageHeads.clear();
        const files = (await readdir(out, { withFileTypes: true, recursive: true }))
          .filter((e) => e.isFile() && e.name.endsWith('.html'))
          .map((e) => join(e.parentPath, e.name));
        for (let i = 0; i < files.length; i += 256) {
          await Promise.all(
            files.slice(i, i + 256).map(async (file) => {
              const address = `/${relative(out, file)}`.replace(/index\.html$/, '');
              pageHeads.set(address, parseHead(await headOf(file)));
            }),
          );
        }
        logger.info(`${pageHeads.size} pages read`);
      },
    },
  };
}

/**
 * Which built pages belong in the sitemap: the page itself says so. A page is listed
 * when its canonical link points at its own address and it is not `noindex`; so
 * untranslated fallbacks (canonical: the Indonesian original), printable versions and
 * 404 pages stay out without a second list to keep in step.
 */
export function isCanonicalPage(url: string): boolean {
  const head = pageHeads.get(new URL(url).pathname);
  return head !== undefined && !head.noindex && head.canonical === url;
}
