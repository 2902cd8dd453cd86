import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { stringify } from 'yaml';
import { adminFiles, adminHtml, adminPath, adminPolicy, manualInitScript } from '../lib/cms/admin-page.ts';
import { cmsBackend } from '../lib/cms/backend.ts';
import { cmsConfig } from '../lib/cms/config.ts';
import type { Log } from './logger.ts';

const require = createRequire(import.meta.url);

/** Decap CMS's one-file bundle, from npm (never a CDN). */
export const decapBundle = require.resolve('decap-cms/dist/decap-cms.js');

/**
 * The local backend (decap-server) the editor saves through, set by `npm run admin` and
 * the tests: ADMIN_LOCAL_BACKEND=http://localhost:8081/api/v1.
 */
function localBackend(): string | undefined {
  return process.env.ADMIN_LOCAL_BACKEND || undefined;
}

/** The editor's files by name, made from the schemas (config), our setup script (bundled) and Decap's bundle. */
export async function adminContent(site?: string): Promise<{ files: Map<string, string | Buffer>; policy: string }> {
  const backend = cmsBackend(process.env, site);
  const local = localBackend();
  const policy = adminPolicy([...backend.origins, ...(local ? [new URL(local).origin] : [])]);
  const setup = await build({
    entryPoints: [fileURLToPath(new URL('../admin/setup.ts', import.meta.url))],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2019',
    write: false,
    legalComments: 'none',
  });
  const files = new Map<string, string | Buffer>([
    ['index.html', adminHtml(policy)],
    ['manual-init.js', manualInitScript],
    [
      adminFiles.config,
      `# Written by the build from src/schemas/ (src/lib/cms/config.ts): rebuild rather than edit.\n${stringify(cmsConfig({ backend, localBackend: local }), { lineWidth: 0 })}`,
    ],
    [adminFiles.setup, setup.outputFiles[0]!.text],
    [adminFiles.cms, await readFile(decapBundle)],
  ]);
  return { files, policy };
}

/** Writes `/admin/` into the built site. */
export async function writeAdmin(out: string, site: string, log: Log): Promise<string> {
  const { files, policy } = await adminContent(site);
  await mkdir(`${out}admin`, { recursive: true });
  for (const [name, content] of files) await writeFile(`${out}admin/${name}`, content);
  log(`admin: ${files.size} files in ${adminPath} (Decap CMS ${require('decap-cms/package.json').version})`);
  return policy;
}

const types: Record<string, string> = { html: 'text/html', js: 'text/javascript', yml: 'text/yaml' };

/**
 * Serves `/admin/` from the development server (`npm run admin`, the editor's tests),
 * with its own policy; the build writes the same files (see post-build.ts).
 */
export function adminIntegration(): AstroIntegration {
  return {
    name: 'admin',
    hooks: {
      'astro:server:setup': ({ server }) => {
        let cached: ReturnType<typeof adminContent> | undefined;
        server.middlewares.use(async (req, res, next) => {
          const path = (req.url ?? '').split('?')[0]!;
          if (path === '/admin') {
            res.writeHead(301, { location: adminPath }).end();
            return;
          }
          if (!path.startsWith(adminPath)) return next();
          cached ??= adminContent();
          const { files, policy } = await cached;
          const name = path.slice(adminPath.length) || 'index.html';
          const content = files.get(name);
          if (content === undefined) return next();
          res.writeHead(200, {
            'content-type': `${types[name.split('.').pop()!] ?? 'application/octet-stream'}; charset=utf-8`,
            'content-security-policy': policy,
            'x-robots-tag': 'noindex',
            'cache-control': 'no-cache',
          });
          res.end(content);
        });
      },
    },
  };
}
