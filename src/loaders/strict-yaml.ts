import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { parseYamlStrict } from '../lib/yaml.ts';

/**
 * Astro's own loaders read YAML with js-yaml's YAML 1.1 rules, which turn an impossible
 * date such as `2025-13-45` into a real one (14 February 2026) without a word. Here
 * every record is read again with the `yaml` package's YAML 1.2 core rules, where a
 * date stays the text the editor typed, so the schema sees it and can refuse it.
 */

function frontmatterOf(source: string): string {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  return match?.[1] ?? '';
}

interface StrictGlobOptions {
  /** Glob pattern, relative to `base`. */
  pattern: string;
  /** Folder the entries live in. */
  base: string;
  /** Checks the re-read data against the file name before validation; throws to refuse. */
  checkId?: (id: string, data: Record<string, unknown>, file: string) => void;
}

/** Entry id: the file path under `base` without its extension (`id/paspor/syarat`). */
export function idFromPath(entry: string): string {
  return entry.replace(/\.[^/.]+$/, '');
}

/** `glob()` with strict YAML (data files and MDX front matter) and ids from file paths. */
export function strictGlob(options: StrictGlobOptions): Loader {
  const inner = glob({
    pattern: options.pattern,
    base: options.base,
    generateId: ({ entry }) => idFromPath(entry),
  });
  return {
    name: 'strict-glob',
    load: (context: LoaderContext) =>
      inner.load({
        ...context,
        parseData: async (props) => {
          const file = props.filePath ?? props.id;
          const shownFile = relative(process.cwd(), file);
          const text = await readFile(file, 'utf8');
          const raw = file.endsWith('.mdx') || file.endsWith('.md') ? frontmatterOf(text) : text;
          const data = (parseYamlStrict(raw, shownFile) ?? {}) as Record<string, unknown>;
          options.checkId?.(props.id, data, shownFile);
          return context.parseData({ ...props, data: data as typeof props.data });
        },
      }),
  };
}
