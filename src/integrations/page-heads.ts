import { open, stat } from 'node:fs/promises';
import type { Log } from './logger.ts';

/** What the after-build steps need from each page's <head>. */
export interface PageHead {
  /** True when the page's canonical link points at itself and it is not noindex: it belongs in the sitemap. */
  listed: boolean;
  /** The Content-Security-Policy <meta> value (one shared string per distinct policy). */
  csp: string | undefined;
  /** For a listed page: its `<link rel="alternate" hreflang>` links, for the sitemap. */
  alternates: [hreflang: string, url: string][];
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
  const listed = canonical === ownUrl && !noindex;
  // (' ' + x).slice(1) copies the string, so it does not keep the whole head alive.
  const alternates = listed
    ? [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map(
        ([, lang, href]) => [(' ' + lang!).slice(1), (' ' + href!.replaceAll('&amp;', '&')).slice(1)] as [string, string],
      )
    : [];
  return {
    listed,
    csp: /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1]?.replaceAll('&#39;', "'"),
    alternates,
  };
}

/**
 * The HTML file and address of each page Astro reports (`paspor/syarat/`, `404`):
 * taken from the build itself, since listing a national build's 336,000 folders alone
 * takes half a minute. Endpoints (JSON, XML, text files) are left out.
 */
export async function htmlPages(out: string, pageNames: readonly string[]): Promise<{ address: string; file: string }[]> {
  const found: { address: string; file: string }[] = [];
  for (const name of pageNames) {
    const base = name.replace(/^\//, '');
    if (base !== '' && !base.endsWith('/') && /\.[a-z0-9]+$/i.test(base)) continue;
    // Nearly every page is `<address>/index.html` (trailingSlash: always, format: directory).
    if (base.endsWith('/') || base === '') {
      found.push({ address: `/${base}`, file: `${out}${base}index.html` });
      continue;
    }
    const dirFile = `${base}/index.html`;
    const flatFile = `${base.replace(/\/$/, '')}.html`;
    for (const file of [dirFile, flatFile]) {
      if (
        await stat(`${out}${file}`).then(
          (s) => s.isFile(),
          () => false,
        )
      ) {
        found.push({ address: `/${file}`.replace(/index\.html$/, ''), file: `${out}${file}` });
        break;
      }
    }
  }
  return found;
}

/**
 * Reads the head of every built page once, many at a time (a national build has
 * 336,000), for the sitemap and the security headers. By address (`/paspor/`, `/404.html`).
 */
export async function readPageHeads(
  pages: readonly { address: string; file: string }[],
  site: string,
  log: Log,
): Promise<Map<string, PageHead>> {
  const heads = new Map<string, PageHead>();
  for (let i = 0; i < pages.length; i += 256) {
    await Promise.all(
      pages.slice(i, i + 256).map(async (page) => {
        let { address, file } = page;
        // A few pages (404) are written as `<name>.html` although Astro names them `<name>/`.
        const html = await headOf(file).catch(async (error: NodeJS.ErrnoException) => {
          if (error.code !== 'ENOENT' || !file.endsWith('/index.html')) throw error;
          file = file.replace(/\/index\.html$/, '.html');
          address = address.replace(/\/$/, '.html');
          return headOf(file);
        });
        const head = parseHead(html, new URL(address, site).href);
        heads.set(address, { ...head, csp: intern(head.csp) });
      }),
    );
  }
  log(`page heads: ${heads.size} pages read`);
  return heads;
}

/** Page heads as JSON, each distinct policy once (a language built in its own process hands them over this way). */
export function headsToJson(heads: ReadonlyMap<string, PageHead>): string {
  const policyList: string[] = [];
  const index = new Map<string, number>();
  const pages = [...heads].map(([address, h]) => {
    let n = -1;
    if (h.csp !== undefined) {
      n = index.get(h.csp) ?? policyList.push(h.csp) - 1;
      index.set(h.csp, n);
    }
    return [address, h.listed ? 1 : 0, n, h.alternates] as const;
  });
  return JSON.stringify({ policies: policyList, pages });
}

/** Reads {@link headsToJson} back into a map (adding to `into`). */
export function headsFromJson(json: string, into = new Map<string, PageHead>()): Map<string, PageHead> {
  const data = JSON.parse(json) as { policies: string[]; pages: [string, number, number, [string, string][]][] };
  for (const [address, listed, n, alternates] of data.pages) {
    into.set(address, { listed: listed === 1, csp: n < 0 ? undefined : intern(data.policies[n]), alternates });
  }
  return into;
}
