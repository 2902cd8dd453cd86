import { open, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile, mergePolicies, parsePolicy, type Policy } from '../lib/csp.ts';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

/** The first 16 KB of a page, where its <meta> policy stands: a national build has 340,000 pages. */
async function head(file: string): Promise<string> {
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
 * Writes `dist/_headers`: the union of the Content-Security-Policy `<meta>` tags Astro
 * wrote on every page, plus the headers a `<meta>` cannot carry. Fails the build if a
 * page has no policy.
 */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        // Pages of one template share a policy: keep each distinct one once.
        const distinct = new Set<string>();
        const files = await htmlFiles(out);
        for (const file of files) {
          const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(await head(file))?.[1];
          if (!meta) throw new Error(`${file}: no Content-Security-Policy <meta>`);
          distinct.add(meta);
        }
        const policies: Policy[] = [...distinct].map((meta) => parsePolicy(meta.replaceAll('&#39;', "'")));
        await writeFile(`${out}_headers`, headersFile(mergePolicies(policies)));
        logger.info(`_headers written from ${files.length} pages (${distinct.size} distinct policies)`);
      },
    },
  };
}
