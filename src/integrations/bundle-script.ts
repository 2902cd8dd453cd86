import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { build } from 'esbuild';

/**
 * Bundles one of our scripts with everything it imports into a single file, minified,
 * for the oldest browsers the site supports (ES2017: Chrome 61, Safari 12). `iife` for a
 * classic script (the service worker), `esm` for a module script written into a page.
 * `source` is a path from the project root (the folder the build runs in).
 */
export async function bundleScript(source: string, format: 'iife' | 'esm', root = process.cwd()): Promise<string> {
  const result = await build({
    entryPoints: [resolve(root, source)],
    bundle: true,
    write: false,
    format,
    target: 'es2017',
    // The search script loads Pagefind with import(). Chrome 61-62 and Firefox 60-66 run module
    // scripts without it: there the script does not parse, and the page stays as without JavaScript.
    supported: { 'dynamic-import': true },
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

/** The source of the search page's script, from the project root. */
const searchScriptSource = 'src/scripts/search.ts';
let searchScript: Promise<{ code: string; hash: string }> | undefined;

/**
 * The search page's script, bundled to be written into the page, with the hash its
 * Content-Security-Policy needs. Both search pages of a build share one bundle; the
 * development server bundles again each time, so an edit shows at once.
 */
export function inlineSearchScript(dev = false): Promise<{ code: string; hash: string }> {
  if (dev || !searchScript) {
    searchScript = bundleScript(searchScriptSource, 'esm').then((code) => ({
      code,
      hash: `sha256-${createHash('sha256').update(code).digest('base64')}`,
    }));
  }
  return searchScript;
}
