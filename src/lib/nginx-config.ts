import { hashedPaths, headerPolicy, immutableCache, parsePolicy, securityHeaders, type Policy } from './csp.ts';

/** Cache-Control of everything not named by its content (pages, open data, Pagefind's entry file): revalidated on every visit, so a correction is seen at once. */
export const revalidateCache = 'no-cache';

/**
 * The policy of every response that is not a page (scripts, styles, data, Pagefind's
 * files, images): a policy there only matters if the file is opened as a document, and
 * then nothing may load or run in it. Saves the 1.5 KB of page policy on each of them
 * (11 of the 13 responses of a first search).
 */
export const filePolicy = headerPolicy(parsePolicy("default-src 'none'"));

/** Content types by file extension: every extension the built site has (a test checks), and WebAssembly. */
export const contentTypes: Readonly<Record<string, readonly string[]>> = {
  'text/html': ['html'],
  'text/css': ['css'],
  'text/javascript': ['js', 'mjs'],
  'application/json': ['json'],
  'application/xml': ['xml'],
  'text/csv': ['csv'],
  'text/plain': ['txt'],
  // The editor's configuration (/admin/config.yml).
  'text/yaml': ['yml'],
  'image/svg+xml': ['svg'],
  'image/png': ['png'],
  'application/wasm': ['wasm'],
  // Pagefind's engine and index: gzip data that Pagefind's script unpacks itself.
  'application/octet-stream': ['pagefind', 'pf_meta', 'pf_index', 'pf_fragment', 'pf_filter'],
};

/** The text types: sent with `charset=utf-8`, and compressed on the fly when a file has no precompressed copy. */
const textTypes = [
  'text/css',
  'text/javascript',
  'application/json',
  'application/xml',
  'text/csv',
  'text/plain',
  'text/yaml',
  'image/svg+xml',
];

export interface NginxOptions {
  /** The host name the site is served under (from SITE_URL). */
  serverName: string;
  /** The folder `dist/` is copied to. */
  root: string;
  /** The 404 page of each address prefix: `['/', '/404.html']`, `['/en/', '/en/404.html']`. */
  notFound: readonly (readonly [prefix: string, page: string])[];
  /** The editor (`/admin/`): its own policy on its page, and noindex on all its files. */
  admin?: { path: string; policy: string };
}

/** A value as an nginx string. Policies hold quotes and semicolons, never `"`, `\` or `$`. */
function quoted(value: string): string {
  if (/["\\$\n]/.test(value)) throw new Error(`nginx config: cannot quote ${JSON.stringify(value)}`);
  return `"${value}"`;
}

/** A `_headers` path (`/pagefind/*\/index/*`) as an nginx regular expression on `$uri`. */
export function pathPattern(path: string): string {
  const regex = path
    .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\.\*$/, '');
  return `~^${regex}`;
}

/** The `$uri` values under which nginx serves a page: after `index`, `/cari/` is `/cari/index.html`. */
function uris(address: string): string[] {
  return address.endsWith('/') ? [address, `${address}index.html`] : [address];
}

/**
 * The nginx configuration for serving `dist/` as it is: two maps (the policy and the
 * caching of each address) and one server block, to go inside nginx's `http {}` (Debian:
 * /etc/nginx/conf.d/). Every response, error pages included, gets the same headers as
 * `_headers` gives, except that the pages in `own` get their own policy and files that
 * are not pages get {@link filePolicy}. Headers are set
 * once, at server level: nginx drops them in any location that has an add_header of its own.
 */
export function nginxConfig(policies: { shared: Policy; own: ReadonlyMap<string, Policy> }, options: NginxOptions): string {
  const csp = [`    ~(/|\\.html)$ ${quoted(headerPolicy(policies.shared))};`];
  for (const [address, policy] of [...policies.own].sort(([a], [b]) => a.localeCompare(b))) {
    for (const uri of uris(address)) csp.push(`    ${uri} ${quoted(headerPolicy(policy))};`);
  }
  if (options.admin) for (const uri of uris(options.admin.path)) csp.push(`    ${uri} ${quoted(options.admin.policy)};`);
  csp.push(`    default ${quoted(filePolicy)};`);
  const robots = options.admin ? `    ${pathPattern(`${options.admin.path}*`)} "noindex";\n` : '';
  const cache = [
    `    default ${quoted(revalidateCache)};`,
    ...hashedPaths.map((path) => `    ${pathPattern(path)} ${quoted(immutableCache)};`),
  ];
  const types = Object.entries(contentTypes).map(([type, extensions]) => `        ${type} ${extensions.join(' ')};`);
  const headers = securityHeaders.map(([name, value]) => `    add_header ${name} ${quoted(value)} always;`);
  const [fallback, ...others] = [...options.notFound].sort(([a], [b]) => a.length - b.length);
  return `# nginx configuration for the site, written by the build from the same policy as
# _headers (src/lib/csp.ts): rebuild rather than edit. It goes inside nginx's http {}
# (Debian: /etc/nginx/conf.d/); set root to where dist/ is copied. brotli_static needs
# the brotli module (Debian: libnginx-mod-http-brotli-static); without it, delete that line.

# Content-Security-Policy. Pages (addresses ending in / or .html): the union of the
# pages' own policies, with frame-ancestors, except the pages listed by name, which need
# their own (the search page compiles WebAssembly). Any other file: nothing runs in it.
map $uri $desabinaan_csp {
${csp.join('\n')}
}

# The editor (/admin/) is for staff: no search engine may index it (an empty value sends no header).
map $uri $desabinaan_robots {
${robots}    default "";
}

# Files named by their content are cached for a year; everything else is revalidated.
map $uri $desabinaan_cache_control {
${cache.join('\n')}
}

server {
    listen 80;
    listen [::]:80;
    server_name ${options.serverName};
    root ${options.root};

    server_tokens off;
    absolute_redirect off;

    types {
${types.join('\n')}
    }
    default_type application/octet-stream;
    charset utf-8;
    charset_types ${textTypes.join(' ')};

    # The .br and .gz copies written by npm run build:selfhost; a file without one is gzipped on the fly.
    brotli_static on;
    gzip_static on;
    gzip on;
    gzip_vary on;
    gzip_types ${textTypes.join(' ')};

    # On every response ("always": error pages too).
    add_header Content-Security-Policy $desabinaan_csp always;
${headers.join('\n')}
    add_header Cache-Control $desabinaan_cache_control always;
    add_header X-Robots-Tag $desabinaan_robots always;

    error_page 404 ${fallback![1]};
${others.map(([prefix, page]) => `    location ${prefix} {\n        error_page 404 ${page};\n    }`).join('\n')}

    # Files for servers, not for readers.
    location ~ ^/_(headers|nginx\\.conf)$ {
        return 404;
    }
}
`;
}
