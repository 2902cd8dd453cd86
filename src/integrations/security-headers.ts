import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile, mergePolicies, parsePolicy, type Policy } from '../lib/csp.ts';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
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
        const policies: Policy[] = [];
        for (const file of await htmlFiles(out)) {
          const html = await readFile(file, 'utf8');
          const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1];
          if (!meta) throw new Error(`${file}: no Content-Security-Policy <meta>`);
          policies.push(parsePolicy(meta.replaceAll('&#39;', "'")));
        }
        await writeFile(`${out}_headers`, headersFile(mergePolicies(policies)));
        logger.info(`_headers written from ${policies.length} pages`);
      },
    },
  };
}
