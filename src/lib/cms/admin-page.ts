import { formatPolicy, parsePolicy } from '../csp.ts';

/** Where the editor lives: loaded by no reader page, linked from none. */
export const adminPath = '/admin/';

/** The editor's files in `/admin/`: Decap CMS's bundle (copied from npm), our setup, its configuration. */
export const adminFiles = { cms: 'decap-cms.js', setup: 'setup.js', config: 'config.yml' } as const;

/**
 * The editor's own Content-Security-Policy: scripts only from the site (Decap's bundle
 * compiles its configuration's JSON Schema with `new Function`, hence 'unsafe-eval'),
 * inline styles (Decap's components style themselves at run time), and connections to
 * the site and the Git host's API (and, with `npm run admin`, the local backend). No
 * other origin. Reader pages never get any of it.
 */
export function adminPolicy(origins: readonly string[]): string {
  return formatPolicy(
    parsePolicy(
      [
        "default-src 'self'",
        "script-src 'self' 'unsafe-eval'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        `connect-src 'self' ${origins.join(' ')}`,
        "base-uri 'self'",
        "form-action 'self'",
        "object-src 'none'",
        "frame-ancestors 'none'",
      ].join('; '),
    ),
  );
}

/** The editor's page: noindex, Indonesian, its policy also as `<meta>` for hosts that send no headers. */
export function adminHtml(policy: string): string {
  const metaPolicy = formatPolicy(new Map([...parsePolicy(policy)].filter(([name]) => name !== 'frame-ancestors')));
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta name="referrer" content="no-referrer">
<meta http-equiv="Content-Security-Policy" content="${metaPolicy}">
<title>Editor Desa Binaan Imigrasi</title>
</head>
<body>
<noscript>Editor ini perlu JavaScript. / This editor needs JavaScript.</noscript>
<script src="manual-init.js"></script>
<script src="${adminFiles.cms}"></script>
<script src="${adminFiles.setup}"></script>
</body>
</html>
`;
}

/** Tells Decap to wait for our setup (locale, formats) before it starts. */
export const manualInitScript = 'window.CMS_MANUAL_INIT = true;\n';
