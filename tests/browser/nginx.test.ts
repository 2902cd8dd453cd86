import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cp, rm, writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { parsePolicy, type Policy } from '../../src/lib/csp.ts';
import { contentTypes, filePolicy } from '../../src/lib/nginx-config.ts';
import { precompress } from '../../src/integrations/precompress.ts';
import { describeBrowser, sharedBrowser } from '../helpers/browser.ts';
import { htmlPages, readPage } from '../helpers/dist.ts';
import { describeNginx, get, startNginx, type NginxServer, type Reply } from '../helpers/nginx.ts';
import { distDir, tmpDir } from '../helpers/paths.ts';
import { searchDone } from '../../scripts/lib/browser.ts';

/** A copy of dist/ with the self-hosting build's .gz and .br files (dist/ itself stays the default build). */
const siteDir = `${tmpDir}nginx-site/`;
/** nginx's own files: configuration, pid, temporary files, logs. */
const runDir = `${tmpDir}nginx-run/`;

const guide = '/paspor/syarat/';
const village = htmlPages().find((a) => /^\/desa\/.+-\d{10}\/$/.test(a))!;
const immutable = 'public, max-age=31536000, immutable';

/** The `/*` block of dist/_headers, as header name -> value. */
function staticHostHeaders(): Map<string, string> {
  const block = readFileSync(`${distDir}_headers`, 'utf8').split('\n\n')[0]!;
  return new Map(
    block
      .split('\n')
      .slice(1)
      .map(
        (line) =>
          line
            .trim()
            .split(/: (.*)/)
            .slice(0, 2) as [string, string],
      ),
  );
}

const metaPolicy = (address: string): Policy =>
  parsePolicy(readPage(address).querySelector('meta[http-equiv="content-security-policy"]')!.getAttribute('content')!);

const one = (reply: Reply, name: string): string => {
  const value = reply.headers[name];
  expect(typeof value, `${name}: one header`).toBe('string');
  return value as string;
};

describeNginx('nginx, with the generated configuration', () => {
  let server: NginxServer;
  beforeAll(async () => {
    await rm(siteDir, { recursive: true, force: true });
    await rm(runDir, { recursive: true, force: true });
    await cp(distDir, siteDir, { recursive: true });
    // The site has no .wasm file today (Pagefind's is .pagefind): one to see its type.
    await writeFile(`${siteDir}probe.wasm`, Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
    await precompress(siteDir, () => {});
    server = await startNginx(readFileSync(`${distDir}_nginx.conf`, 'utf8'), siteDir, runDir);
    // Brotli at its best level runs at about 1 MB/s per core: the copy of dist/ takes a while.
  }, 600_000);
  afterAll(async () => {
    await server?.stop();
  });

  it.each([
    ['a guide', guide, guide, 200],
    ['a village page', village, village, 200],
    ['the search page', '/cari/', '/cari/', 200],
    ['the English search page', '/en/cari/?q=passport', '/en/cari/', 200],
    ['a missing page', '/nope/', '/404.html', 404],
    ['a missing English page', '/en/nope/', '/en/404.html', 404],
  ])('sends the security headers of _headers on %s (%s)', async (_, path, page, status) => {
    const reply = await get(server.url, path);
    expect(reply.status).toBe(status);
    const fromHeadersFile = staticHostHeaders();
    for (const [name, value] of fromHeadersFile) {
      if (name !== 'Content-Security-Policy') expect(one(reply, name.toLowerCase()), name).toBe(value);
    }
    const policy = parsePolicy(one(reply, 'content-security-policy'));
    expect(policy.get('frame-ancestors')).toEqual(new Set(["'none'"]));
    // The header allows everything the page's own <meta> policy allows, and nothing _headers does not.
    for (const [directive, sources] of metaPolicy(page)) {
      for (const source of sources) expect(policy.get(directive), `${directive} ${source}`).toContain(source);
    }
    const site = parsePolicy(fromHeadersFile.get('Content-Security-Policy')!);
    for (const [directive, sources] of policy) for (const source of sources) expect(site.get(directive)).toContain(source);
    // Only the search pages may compile WebAssembly.
    expect(policy.get('script-src')!.has("'wasm-unsafe-eval'")).toBe(page.endsWith('/cari/'));
  });

  it('sends files that are not pages a policy under which nothing runs', async () => {
    for (const path of [
      '/favicon.svg',
      '/data/villages.json',
      '/pagefind/id/pagefind.js',
      `/pagefind/id/fragment/${readdirSync(`${siteDir}pagefind/id/fragment`)[0]}`,
    ]) {
      const reply = await get(server.url, path);
      expect(reply.status, path).toBe(200);
      expect(one(reply, 'content-security-policy'), path).toBe(filePolicy);
      expect(one(reply, 'x-content-type-options')).toBe('nosniff');
    }
  });

  it('answers a missing address with the 404 page of its language', async () => {
    for (const [path, file, lang] of [
      ['/nope/', '404.html', 'id'],
      ['/paspor/nope', '404.html', 'id'],
      ['/en/nope/', 'en/404.html', 'en'],
      ['/en/paspor/nope/', 'en/404.html', 'en'],
    ] as const) {
      const reply = await get(server.url, path);
      expect(reply.status, path).toBe(404);
      expect(reply.body.toString(), path).toBe(readFileSync(`${distDir}${file}`, 'utf8'));
      expect(reply.body.toString()).toContain(`<html lang="${lang}"`);
    }
    // The files for servers are not served.
    for (const path of ['/_headers', '/_nginx.conf']) expect((await get(server.url, path)).status, path).toBe(404);
  });

  it('sends the precompressed copies: brotli to a browser that takes it, gzip to one that takes only gzip', async () => {
    const files = [
      guide,
      '/cari/',
      `/_astro/${readdirSync(`${siteDir}_astro`).find((f) => f.endsWith('.js'))}`,
      '/pagefind/id/pagefind.js',
      '/data/villages.csv',
      '/sitemap-0.xml',
      '/favicon.svg',
    ];
    for (const path of files) {
      const file = `${siteDir}${path.endsWith('/') ? `${path}index.html` : path}`;
      const original = readFileSync(file);
      const br = await get(server.url, path, { 'accept-encoding': 'gzip, deflate, br' });
      expect(br.headers['content-encoding'], path).toBe('br');
      // Sent as written at build (Content-Length, not compressed on the fly).
      expect(br.body.equals(readFileSync(`${file}.br`)), path).toBe(true);
      expect(Number(br.headers['content-length'])).toBe(br.body.length);
      expect(brotliDecompressSync(br.body).equals(original)).toBe(true);
      expect(br.headers.vary).toBe('Accept-Encoding');
      const gz = await get(server.url, path, { 'accept-encoding': 'gzip' });
      expect(gz.headers['content-encoding'], path).toBe('gzip');
      expect(gz.body.equals(readFileSync(`${file}.gz`)), path).toBe(true);
      expect(gunzipSync(gz.body).equals(original)).toBe(true);
      const plain = await get(server.url, path);
      expect(plain.headers['content-encoding'], path).toBeUndefined();
      expect(plain.body.equals(original)).toBe(true);
    }
    // Pagefind gzips its index and engine itself: they go as they are.
    const fragment = readdirSync(`${siteDir}pagefind/id/fragment`).find((f) => f.endsWith('.pf_fragment'))!;
    const reply = await get(server.url, `/pagefind/id/fragment/${fragment}`, { 'accept-encoding': 'gzip, br' });
    expect(reply.headers['content-encoding']).toBeUndefined();
    expect(reply.body.equals(readFileSync(`${siteDir}pagefind/id/fragment/${fragment}`))).toBe(true);
  });

  it('caches files named by their content for a year, and has pages revalidated', async () => {
    const hashed = [
      `/_astro/${readdirSync(`${siteDir}_astro`)[0]}`,
      `/pagefind/id/fragment/${readdirSync(`${siteDir}pagefind/id/fragment`)[0]}`,
      `/pagefind/en/index/${readdirSync(`${siteDir}pagefind/en/index`)[0]}`,
    ];
    for (const path of hashed) expect(one(await get(server.url, path), 'cache-control'), path).toBe(immutable);
    for (const path of [guide, '/', '/en/cari/', '/nope/', '/pagefind/id/pagefind-entry.json', '/data/villages.json', '/_astro/nope.js']) {
      const reply = await get(server.url, path, { 'accept-encoding': 'gzip, br' });
      expect(one(reply, 'cache-control'), path).toBe('no-cache');
      expect(reply.headers.expires).toBeUndefined();
    }
  });

  it('gives every kind of file the site has its own content type', async () => {
    const byExtension = new Map<string, string>();
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (entry.isDirectory()) walk(`${dir}${entry.name}/`);
        else if (!/\.(gz|br)$|^_/.test(entry.name) && !byExtension.has(extname(entry.name)))
          byExtension.set(extname(entry.name), `${dir}${entry.name}`);
      }
    };
    walk(siteDir);
    const types = new Map(Object.entries(contentTypes).flatMap(([type, extensions]) => extensions.map((e) => [`.${e}`, type])));
    for (const [extension, file] of byExtension) {
      expect(types.has(extension), `no content type for ${extension} (src/lib/nginx-config.ts)`).toBe(true);
      const reply = await get(server.url, `/${file.slice(siteDir.length)}`);
      expect(reply.status).toBe(200);
      expect(reply.headers['content-type']!.split(';')[0], file).toBe(types.get(extension));
    }
    for (const [extension, type] of [
      ['.wasm', 'application/wasm'],
      ['.xml', 'application/xml'],
      ['.csv', 'text/csv'],
      ['.pf_meta', 'application/octet-stream'],
      ['.pf_fragment', 'application/octet-stream'],
    ]) {
      expect(types.get(extension!), extension).toBe(type);
      expect(byExtension.has(extension!), extension).toBe(true);
    }
    expect((await get(server.url, '/data/villages.csv')).headers['content-type']).toBe('text/csv; charset=utf-8');
  });

  it('does not tell its version', async () => {
    const replies = [
      await get(server.url, '/'),
      await get(server.url, '/nope/'),
      await get(server.url, '/', {}, 'POST'),
      await get(server.url, '/_astro/'),
    ];
    for (const reply of replies) {
      expect(reply.headers.server).toBe('nginx');
      expect(reply.body.toString('latin1')).not.toMatch(/nginx\/\d/);
      expect(reply.headers['x-powered-by']).toBeUndefined();
    }
  });

  describeBrowser('in Chromium', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await sharedBrowser();
    });
    afterAll(async () => {
      await browser?.close();
    });

    /** Loads an address in a fresh context that accepts `encoding`; the bytes received (headers and bodies) once the page is quiet. */
    async function load(encoding: 'br' | 'gzip', address: string, ready: (page: Page) => Promise<unknown>) {
      const context = await browser.newContext({ viewport: { width: 360, height: 640 } });
      if (encoding === 'gzip') await context.setExtraHTTPHeaders({ 'accept-encoding': 'gzip' });
      const page = await context.newPage();
      await page.addInitScript(() => {
        const seen: string[] = [];
        Object.assign(window, { violations: seen });
        document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
      });
      const sizes: Promise<{ url: string; encoding: string | undefined; bytes: number; headerBytes: number }>[] = [];
      page.on('requestfinished', (request) => {
        sizes.push(
          Promise.all([request.sizes(), request.response()]).then(async ([s, response]) => ({
            url: request.url(),
            encoding: (await response?.allHeaders())?.['content-encoding'],
            bytes: s.responseHeadersSize + s.responseBodySize,
            headerBytes: s.responseHeadersSize,
          })),
        );
      });
      await page.goto(`${server.url}${address}`);
      await ready(page);
      await page.waitForLoadState('networkidle');
      const violations = await page.evaluate(() => (window as unknown as { violations: string[] }).violations);
      const transfers = await Promise.all(sizes);
      const total = transfers.reduce((n, t) => n + t.bytes, 0);
      const headers = transfers.reduce((n, t) => n + t.headerBytes, 0);
      return {
        page,
        context,
        violations,
        transfers,
        total,
        summary: `${total} B received in ${transfers.length} responses (bodies ${total - headers} B, headers ${headers} B)`,
      };
    }

    it.each(['br', 'gzip'] as const)('runs the first search, "paspor", with nothing blocked (%s)', async (encoding) => {
      const { page, context, violations, transfers, summary } = await load(encoding, '/cari/?q=paspor', searchDone);
      expect(await page.locator('[data-search-status]').innerText()).toMatch(/^\d+ hasil untuk “paspor”$/);
      const links = await page.$$eval('[data-search-results] a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
      expect(links.length).toBeGreaterThan(0);
      for (const link of links) expect(link).toMatch(/^\/paspor\//);
      expect(violations).toEqual([]);
      for (const t of transfers) expect(t.url.startsWith(server.url)).toBe(true);
      // Text files come compressed as asked; Pagefind's own gzip data goes as it is.
      const page0 = transfers.find((t) => t.url.includes('/cari/'))!;
      expect(page0.encoding).toBe(encoding);
      const pagefindScript = transfers.find((t) => t.url.endsWith('/pagefind.js'));
      expect(pagefindScript?.encoding).toBe(encoding);
      console.log(
        `nginx ${encoding}: first search "paspor": ${summary}; ` +
          transfers.map((t) => `${t.url.slice(server.url.length)} ${t.bytes}`).join(', '),
      );
      await context.close();
    });

    it.each(['br', 'gzip'] as const)('shows a guide with nothing blocked (%s)', async (encoding) => {
      const { context, violations, transfers, summary } = await load(encoding, guide, async () => {});
      expect(violations).toEqual([]);
      const document = transfers.find((t) => t.url.endsWith(guide))!;
      expect(document.encoding).toBe(encoding);
      console.log(
        `nginx ${encoding}: guide ${guide}: ${document.bytes} B (headers ${document.headerBytes} B); with the favicon ${summary}`,
      );
      await context.close();
    });
  });

  it('is written by the default build, which makes no compressed copies', () => {
    expect(existsSync(`${distDir}_nginx.conf`)).toBe(true);
    // The default build has no compressed copies (the self-hosting build does).
    expect(readdirSync(distDir).some((f) => /\.(gz|br)$/.test(f))).toBe(false);
    expect(readFileSync(server.conf, 'utf8')).not.toContain('/etc/nginx');
  });
});
