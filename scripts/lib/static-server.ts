import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
};

/**
 * Serves a built site on 127.0.0.1 like a static host: `/x/` -> `x/index.html`,
 * unknown addresses -> the language's 404.html with status 404. For tests, the
 * benchmark and screenshots; never exposed beyond loopback. `gzip`: text is sent
 * compressed to a client that asks, as every real host does (the paint benchmark).
 */
export async function serveStatic(dir: string, port = 0, { gzip = false } = {}): Promise<{ url: string; server: Server }> {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const safe = normalize(path).replace(/^(\.\.[/\\])+/, '');
    let file = join(dir, safe);
    if (safe.endsWith('/')) file = join(file, 'index.html');
    const found = await stat(file).then(
      (s) => s.isFile(),
      () => false,
    );
    if (!found) {
      const notFound = join(dir, safe.startsWith('/en/') ? 'en/404.html' : '404.html');
      res.writeHead(404, { 'content-type': types['.html']! });
      createReadStream(notFound)
        .on('error', () => res.end('not found'))
        .pipe(res);
      return;
    }
    const type = types[extname(file)] ?? 'application/octet-stream';
    if (gzip && /text|json|xml|svg/.test(type) && /gzip/.test(String(req.headers['accept-encoding']))) {
      res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding' });
      createReadStream(file)
        .pipe(createGzip({ level: 9 }))
        .pipe(res);
      return;
    }
    res.writeHead(200, { 'content-type': type });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  return { url: `http://127.0.0.1:${actual}`, server };
}
