/** A Content-Security-Policy as directive -> sources. */
export type Policy = Map<string, Set<string>>;

/** Parses `default-src 'self'; script-src 'self' 'sha256-…'`. */
export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    const set = policy.get(name) ?? new Set<string>();
    for (const source of sources) set.add(source);
    policy.set(name, set);
  }
  return policy;
}

/** The union of several pages' policies: what the site as a whole may load. */
export function mergePolicies(policies: Policy[]): Policy {
  const merged: Policy = new Map();
  for (const policy of policies) {
    for (const [name, sources] of policy) {
      const set = merged.get(name) ?? new Set<string>();
      for (const source of sources) set.add(source);
      merged.set(name, set);
    }
  }
  return merged;
}

export function formatPolicy(policy: Policy): string {
  return [...policy].map(([name, sources]) => [name, ...[...sources].sort()].join(' ')).join('; ');
}

/**
 * The headers every response carries besides its policy (what a `<meta>` cannot carry),
 * in `_headers` and in the nginx configuration alike.
 */
export const securityHeaders: readonly (readonly [name: string, value: string])[] = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'no-referrer'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()'],
  ['X-Frame-Options', 'DENY'],
];

/** Cache-Control of files whose names carry a content hash. */
export const immutableCache = 'public, max-age=31536000, immutable';

/** Where those files live, as `_headers` paths (`*`: any characters): bundled assets, Pagefind's chunks. */
export const hashedPaths: readonly string[] = ['/_astro/*', '/pagefind/*/fragment/*', '/pagefind/*/index/*', '/pagefind/*/filter/*'];

/** A policy as a header: with frame-ancestors, which works only there (nobody may frame the site to mislead readers). */
export function headerPolicy(policy: Policy): string {
  return formatPolicy(new Map([...policy, ['frame-ancestors', new Set(["'none'"])]]));
}

/**
 * `_headers` for static hosts (Netlify, Cloudflare Pages): the site-wide policy with
 * every page's hashes (each page's own `<meta>` policy stays stricter, since the browser
 * enforces both), no referrer to the sites we link to, and long caching for files
 * whose names carry a content hash.
 */
export function headersFile(policy: Policy): string {
  const all = [['Content-Security-Policy', headerPolicy(policy)] as const, ...securityHeaders].map(
    ([name, value]) => `  ${name}: ${value}`,
  );
  return ['/*', ...all, '', ...hashedPaths.flatMap((path) => [path, `  Cache-Control: ${immutableCache}`, ''])].join('\n');
}

/**
 * The `_headers` block of the editor (`/admin/*`, see src/lib/cms/admin-page.ts): its own
 * policy and noindex. `! Content-Security-Policy` first drops the site-wide policy that
 * the `/*` rule adds (Cloudflare Pages); a host that adds both (Netlify) enforces both,
 * and the editor then does not start (docs/editor.md says what to do).
 */
export function adminHeadersBlock(path: string, policy: string): string {
  return [`${path}*`, '  ! Content-Security-Policy', `  Content-Security-Policy: ${policy}`, '  X-Robots-Tag: noindex', ''].join('\n');
}

/** Hashes and nonces: the sources that name one script or style, not a kind of thing allowed. */
const oneThing = /^'(sha256|sha384|sha512|nonce)-/;

/** Directives and keywords of a policy (`script-src 'wasm-unsafe-eval'`), without its hashes. */
function allowances(policy: Policy): Set<string> {
  const found = new Set<string>();
  for (const [name, sources] of policy) {
    found.add(name);
    for (const source of sources) if (!oneThing.test(source)) found.add(`${name} ${source}`);
  }
  return found;
}

/**
 * For a server that can send each page its own policy: the pages whose policy allows
 * more than every page's does (a directive or keyword, such as the search page's
 * 'wasm-unsafe-eval'; hashes do not count) keep their own, and every other page shares
 * the union of theirs. `_headers` cannot do this (a host adds the headers of every rule
 * that matches), so it sends everyone the union of all.
 */
export function splitPolicies(pages: ReadonlyMap<string, string>): { shared: Policy; own: Map<string, Policy> } {
  const parsed = new Map<string, Policy>();
  for (const text of new Set(pages.values())) parsed.set(text, parsePolicy(text));
  let common: Set<string> | undefined;
  for (const policy of parsed.values()) {
    const found = allowances(policy);
    common = common ? new Set([...common].filter((a) => found.has(a))) : found;
  }
  const special = new Set([...parsed].filter(([, policy]) => [...allowances(policy)].some((a) => !common!.has(a))).map(([text]) => text));
  const own = new Map<string, Policy>();
  const sharedTexts = new Set<string>();
  for (const [address, text] of pages) {
    if (special.has(text)) own.set(address, parsed.get(text)!);
    else sharedTexts.add(text);
  }
  return { shared: mergePolicies([...sharedTexts].map((text) => parsed.get(text)!)), own };
}
