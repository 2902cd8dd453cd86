/**
 * astro-eslint-parser as eslint-plugin-import-x reads the .astro files a module imports
 * (eslint.config.js, `import-x/parsers`): import-x asks a parser for no tokens and no
 * comments, and astro-eslint-parser fails without them, so they are asked for here;
 * and it passes the importing file's parser options, so the front matter's TypeScript
 * parser is named here too.
 * Given by its path, as import-x loads parsers with require().
 */
import { parseForESLint as parseAstro } from 'astro-eslint-parser';
import tseslint from 'typescript-eslint';

export const meta = { name: 'astro-eslint-parser-for-import-x' };

export function parseForESLint(code, options) {
  return parseAstro(code, { ...options, parser: tseslint.parser, extraFileExtensions: ['.astro'], tokens: true, comment: true });
}
