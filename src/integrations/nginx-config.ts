import { writeFile } from 'node:fs/promises';
import { splitPolicies } from '../lib/csp.ts';
import { defaultLocale, locales } from '../lib/locales.ts';
import { nginxConfig } from '../lib/nginx-config.ts';
import { adminPath } from '../lib/cms/admin-page.ts';
import type { PageHead } from './page-heads.ts';
import type { Log } from './logger.ts';

/** Where the build writes the nginx configuration (next to `_headers`; nginx answers 404 for both). */
export const nginxConfigFile = '_nginx.conf';

/** The folder the configuration serves until whoever deploys sets theirs. */
export const nginxRoot = '/var/www/desabinaan';

/**
 * Writes `dist/_nginx.conf` for self-hosting from the pages' policies, the policy
 * `_headers` is written from (see src/lib/nginx-config.ts).
 */
export async function writeNginxConfig(
  out: string,
  site: string,
  heads: ReadonlyMap<string, PageHead>,
  log: Log,
  adminPolicy?: string,
): Promise<void> {
  const pages = new Map<string, string>();
  for (const [address, head] of heads) {
    if (!head.csp) throw new Error(`${address}: no Content-Security-Policy <meta>`);
    pages.set(address, head.csp);
  }
  const policies = splitPolicies(pages);
  const notFound = locales.map((l) => (l === defaultLocale ? (['/', '/404.html'] as const) : ([`/${l}/`, `/${l}/404.html`] as const)));
  await writeFile(
    `${out}${nginxConfigFile}`,
    nginxConfig(policies, {
      serverName: new URL(site).hostname,
      root: nginxRoot,
      notFound,
      ...(adminPolicy && { admin: { path: adminPath, policy: adminPolicy } }),
    }),
  );
  log(`${nginxConfigFile} written (${policies.own.size} pages with a policy of their own: ${[...policies.own.keys()].join(', ')})`);
}
