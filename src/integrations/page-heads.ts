import { open, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** What the after-build steps need from each page's <head>. */
export interface PageHead {
  /** True when the page's canonical link points at itself and it is not noindex: it belongs in the sitemap. */
  listed: boolean;
  /** The Content-Security-Policy <meta> value (one shared string per distinct policy). */
  csp: string | undefined;
}

// A national build has 340,000 pages but a handful of distinct policies of 1.5 KB each:
// keep one copy of each, or the policies alone fill half a gigabyte of heap.
const policies = new Map<string, string>();
function intern(policy: string | undefined): string | undefined {
  if (policy === undefined) return undefined;
  const known = policies.get(policy);
  if (known !== undefined) return known;
  policies.set(policy, policy);
  return policy;
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

/**
 * Reads what is needed from a page's head, keeping no piece of the head itself (a
 * matched substring would keep the whole 16 KB alive, 340,000 times over).
 */
export function parseHead(html: string, ownUrl: string): PageHead {
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
  const noindex = /<meta name="robots" content="[^"]*noindex/.test(html);
  return {
    listed: canonical === ownUrl && !noindex,
    csp: /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1]?.replaceAll('&#39;', "'"),
  };
}

/**
 * Reads the head of every built page once, many at a time (a national build has
 * 340,000), for the sitemap filter and the security headers that run after it.
 * Must come before both in the integrations list.
 */
export function readPageHeads(site: string): AstroIntegration {
  return {
    name: 'page-heads',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        pageHeads.clear();
        policies.clear();
        const files = (await readdir(out, { withFileTypes: true, recursive: true }))
          .filter((e) => e.isFile() && e.name.endsWith('.html'))
          .map((e) => join(e.parentPath, e.name));
        for (let i = 0; i < files.length; i += 256) {
          await Promise.all(
            files.slice(i, i + 256).map(async (file) => {
              const address = `/${relative(out, file)}`.replace(/index\.html$/, '');
              const head = parseHead(await headOf(file), new URL(address, site).href);
              pageHeads.set(address, { ...head, csp: intern(head.csp) });
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
  return pageHeads.get(new URL(url).pathname)?.listed === true;
}
