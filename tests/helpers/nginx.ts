import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { request, type IncomingHttpHeaders } from 'node:http';
import { createServer } from 'node:net';
import { describe } from 'vitest';

/** Debian's nginx (package `nginx`), or NGINX_PATH. */
export const nginxPath = [process.env.NGINX_PATH, '/usr/sbin/nginx', '/usr/bin/nginx'].find((p): p is string =>
  Boolean(p && existsSync(p)),
);
/** Debian's brotli_static module (package `libnginx-mod-http-brotli-static`). */
export const brotliModule = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

const missing = !nginxPath ? 'no nginx' : !existsSync(brotliModule) ? `no brotli module (${brotliModule})` : undefined;
if (missing) {
  const install = 'install the Debian packages "nginx" and "libnginx-mod-http-brotli-static"';
  if (process.env.CI === 'true') throw new Error(`CI=true but ${missing}: ${install}`);
  console.warn(`\n*** SKIPPING nginx tests: ${missing} (${install}) ***\n`);
}

/** `describe` when nginx and its brotli module are there, a loud skip otherwise (never under CI=true). */
export const describeNginx = missing ? describe.skip : describe;

export interface NginxServer {
  url: string;
  /** The main configuration the test wrote around the site's. */
  conf: string;
  stop(): Promise<void>;
}

/** A free port on loopback (the kernel's pick; released at once for nginx to take). */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * Starts nginx, as the current user and in the foreground, with the site's generated
 * configuration (`siteConf`, its `listen` and `root` lines pointed at 127.0.0.1:<free
 * port> and `root`), and its pid, temporary files and logs in `dir`. Never reads /etc/nginx.
 */
export async function startNginx(siteConf: string, root: string, dir: string): Promise<NginxServer> {
  await mkdir(dir, { recursive: true });
  const port = await freePort();
  const site = siteConf
    .replace(/^( *)listen 80;\n *listen \[::\]:80;$/m, `$1listen 127.0.0.1:${port};`)
    .replace(/^( *)root .*;$/m, `$1root ${root};`);
  if (!site.includes(`listen 127.0.0.1:${port};`) || !site.includes(`root ${root};`))
    throw new Error('nginx config: no listen or root line to point at the test site');
  await writeFile(`${dir}site.conf`, site);
  const conf = `${dir}nginx.conf`;
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `    ${t}_temp_path ${dir}${t};`).join('\n');
  await writeFile(
    conf,
    `load_module ${brotliModule};
# One process, as whoever started it: no workers, no change of user.
master_process off;
pid ${dir}nginx.pid;
error_log ${dir}error.log;
events {}
http {
    access_log ${dir}access.log;
${temp}
    include ${dir}site.conf;
}
`,
  );
  const child: ChildProcess = spawn(nginxPath!, ['-p', dir, '-e', `${dir}error.log`, '-c', conf, '-g', 'daemon off;'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  const log = () => `${stderr}${existsSync(`${dir}error.log`) ? readFileSync(`${dir}error.log`, 'utf8') : ''}`;
  // Ready when it answers; failed when it exits first (a bad config, a taken port).
  for (let tries = 0; ; tries += 1) {
    const ready = await get(url, '/').then(
      () => true,
      () => false,
    );
    if (ready) break;
    const ended = await Promise.race([exited, new Promise((r) => setTimeout(() => r('running'), 100))]);
    if (ended !== 'running') throw new Error(`nginx exited (${String(ended)}):\n${log()}`);
    if (tries > 100) {
      child.kill('SIGKILL');
      throw new Error(`nginx did not answer on ${url}:\n${log()}`);
    }
  }
  return {
    url,
    conf,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGQUIT');
      await exited;
    },
  };
}

export interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  /** The body as sent (still compressed when Content-Encoding says so). */
  body: Buffer;
  /** Size of the status line and headers as sent. */
  headerBytes: number;
}

/** One GET (or another method), with exactly the request headers given, and the reply as sent. */
export function get(url: string, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}${path}`, { method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const lines = [`HTTP/${res.httpVersion} ${res.statusCode} ${res.statusMessage}`];
        for (let i = 0; i < res.rawHeaders.length; i += 2) lines.push(`${res.rawHeaders[i]}: ${res.rawHeaders[i + 1]}`);
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks),
          headerBytes: lines.join('\r\n').length + 4,
        });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}
