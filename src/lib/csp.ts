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
 * `_headers` for static hosts (Netlify, Cloudflare Pages): the site-wide policy with
 * every page's hashes (each page's own `<meta>` policy stays stricter, since the browser
 * enforces both), no referrer to the sites we link to, and long caching for files
 * whose names carry a content hash.
 */
export function headersFile(policy: Policy): string {
  // frame-ancestors works only as a header: nobody may frame the site to mislead readers.
  const withFrames: Policy = new Map([...policy, ['frame-ancestors', new Set(["'none'"])]]);
  const all = [
    `  Content-Security-Policy: ${formatPolicy(withFrames)}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: no-referrer',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
    '  X-Frame-Options: DENY',
  ];
  return ['/*', ...all, '', '/_astro/*', '  Cache-Control: public, max-age=31536000, immutable', '', '/pagefind/*/fragment/*', '  Cache-Control: public, max-age=31536000, immutable', '', '/pagefind/*/index/*', '  Cache-Control: public, max-age=31536000, immutable', ''].join('\n');
}
