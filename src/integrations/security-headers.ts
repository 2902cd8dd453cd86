import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile, mergePolicies, parsePolicy } from '../lib/csp.ts';
import { pageHeads } from './page-heads.ts';

/**
 * Writes `dist/_headers`: the union of the Content-Security-Policy `<meta>` tags Astro
 * wrote on every page (read by `readPageHeads`), plus the headers a `<meta>` cannot
 * carry. Fails the build if a page has no policy.
 */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        // Pages of one template share a policy: keep each distinct one once.
        const distinct = new Set<string>();
        for (const [address, head] of pageHeads) {
          if (!head.csp) throw new Error(`${address}: no Content-Security-Policy <meta>`);
          distinct.add(head.csp);
        }
        if (distinct.size === 0) throw new Error('security-headers: no pages read (readPageHeads must come first)');
        await writeFile(`${fileURLToPath(dir)}_headers`, headersFile(mergePolicies([...distinct].map(parsePolicy))));
        logger.info(`_headers written from ${pageHeads.size} pages (${distinct.size} distinct policies)`);
      },
    },
  };
}
