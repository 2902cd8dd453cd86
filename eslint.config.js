// ESLint: the recommended rules of ESLint, typescript-eslint and eslint-plugin-astro, over the whole tree;
// and no import cycles in src/ (eslint-plugin-import-x's no-cycle, over .ts and .astro files).
import eslint from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  // tests/fixtures/import-cycle/ holds a cycle on purpose: tests/unit/import-cycles.test.ts lints it.
  { ignores: ['dist/', '.tmp/', '.astro/', 'node_modules/', 'screenshots/', 'tests/fixtures/import-cycle/'] },
  eslint.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }] },
  },
  {
    // A module never imports, through any chain, a module that imports it back (type-only imports aside).
    files: ['src/**/*.{ts,astro}', 'tests/fixtures/import-cycle/*'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.astro', '.js', '.mjs'],
      'import-x/parsers': {
        '@typescript-eslint/parser': ['.ts'],
        [`${import.meta.dirname}/scripts/lib/eslint-astro-parser.js`]: ['.astro'],
      },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.astro', '.js', '.mjs', '.json'] })],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
);
