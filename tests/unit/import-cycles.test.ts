import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers/paths.ts';

/**
 * No import cycles in src/: a module never imports, through any chain, a module that
 * imports it back. The check is eslint-plugin-import-x's `no-cycle`, configured in
 * eslint.config.js over .ts and .astro files (so `npm run lint` runs it); these tests
 * run the project's own configuration through ESLint's Node API, with that rule alone.
 */
const eslint = new ESLint({ cwd: root, ignore: false, ruleFilter: ({ ruleId }) => ruleId === 'import-x/no-cycle' });

async function cycles(patterns: string[]): Promise<string[]> {
  const results = await eslint.lintFiles(patterns);
  return results.flatMap((r) =>
    r.messages.map((m) => `${r.filePath.slice(root.length)}:${m.line} ${m.ruleId ?? 'parse error'}: ${m.message}`),
  );
}

describe('import cycles', () => {
  it('are found through .ts and .astro files (tests/fixtures/import-cycle: a.ts -> b.ts -> Card.astro -> a.ts, List.astro <-> Item.astro)', async () => {
    const found = await cycles(['tests/fixtures/import-cycle/']);
    expect(found).toHaveLength(5);
    for (const file of ['a.ts', 'b.ts', 'Card.astro', 'List.astro', 'Item.astro']) {
      expect(found.some((line) => line.startsWith(`tests/fixtures/import-cycle/${file}:`) && line.includes('import-x/no-cycle'))).toBe(
        true,
      );
    }
  });

  // About 10 s of parsing on a quiet machine (every .ts and .astro file of src/); `npm run lint` checks the same.
  it('are none in src/', async () => {
    expect(await cycles(['src/'])).toEqual([]);
  }, 180_000);
});
