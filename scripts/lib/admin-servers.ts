/**
 * The editor's two servers on loopback: Decap's local backend (decap-server, which
 * reads and writes the files of a checkout) and Astro's development server (which
 * serves the site from those files, and the editor at /admin/). Used by `npm run admin`
 * and by tests/browser/admin.test.ts (over a copy of the content).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const require = createRequire(import.meta.url);

export interface AdminServers {
  /** The site, with the editor at `${site}/admin/`. */
  site: string;
  /** The local backend's API. */
  backend: string;
  stop(): Promise<void>;
}

export interface AdminServerOptions {
  /** The checkout whose files the editor changes (its `content/` folder). */
  repoDir: string;
  backendPort: number;
  sitePort: number;
  /** Print the servers' output (npm run admin) or keep it for errors (tests). */
  quiet?: boolean;
}

/** A port no one listens on now, for a test's servers. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => done(port));
    });
  });
}

/** Waits until `url` answers (with `status`, when given). */
async function waitFor(url: string, child: ChildProcess, output: () => string, init?: RequestInit, status?: number): Promise<void> {
  const deadline = Date.now() + 480_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: the server stopped:\n${output()}`);
    try {
      const response = await fetch(url, init);
      if (status === undefined ? response.status < 500 : response.status === status) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url}: no answer within 480 s:\n${output()}`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return Promise.resolve();
  return new Promise((done) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(timer);
      done();
    });
    child.kill('SIGTERM');
  });
}

/**
 * The environment without the test runner's marks (VITEST, NODE_ENV=test): under them
 * Astro's development server answers no page ("Cannot GET /").
 */
function serverEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST') && name !== 'NODE_ENV' && name !== 'TEST'),
  );
}

export async function startAdminServers({ repoDir, backendPort, sitePort, quiet = false }: AdminServerOptions): Promise<AdminServers> {
  const root = resolve(repoDir);
  const backend = `http://127.0.0.1:${backendPort}/api/v1`;
  let log = '';
  const keep = (prefix: string) => (chunk: Buffer) => {
    const text = chunk.toString();
    if (quiet) log = (log + text).slice(-20_000);
    else process.stdout.write(text.replace(/^(?=.)/gm, prefix));
  };
  const proxy = spawn(process.execPath, [require.resolve('decap-server/dist/index.js')], {
    env: { ...serverEnv(), MODE: 'fs', GIT_REPO_DIRECTORY: root, PORT: String(backendPort), BIND_HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  proxy.stdout!.on('data', keep('[backend] '));
  proxy.stderr!.on('data', keep('[backend] '));
  const dev = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', String(sitePort)], {
    env: { ...serverEnv(), CONTENT_DIR: `${root}/content`, ADMIN_LOCAL_BACKEND: backend, NO_COLOR: '1', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  dev.stdout!.on('data', keep('[site] '));
  dev.stderr!.on('data', keep('[site] '));
  const stop = async () => {
    await Promise.all([stopChild(dev), stopChild(proxy)]);
  };
  try {
    await waitFor(backend, proxy, () => log, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"action":"info"}',
    });
    // The home page: Astro itself answers (the editor's files are served before it is ready).
    await waitFor(`http://127.0.0.1:${sitePort}/`, dev, () => log, undefined, 200);
    await waitFor(`http://127.0.0.1:${sitePort}/admin/`, dev, () => log, undefined, 200);
  } catch (error) {
    await stop();
    throw error;
  }
  return { site: `http://127.0.0.1:${sitePort}`, backend, stop };
}
