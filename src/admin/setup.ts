/**
 * The editor's own part, loaded by /admin/ only (after Decap CMS's bundle): the
 * Indonesian interface, and file formats that write a record back the way it was written
 * (src/lib/cms/keep-yaml.ts). Bundled by src/integrations/admin.ts.
 */
import en from 'decap-cms-locales/dist/esm/en/index.js';
import { keepYaml, rawKey, readMdx, readYaml } from '../lib/cms/keep-yaml.ts';
import { localeId } from './locale-id.ts';

interface Formatter {
  fromFile(text: string): Record<string, unknown>;
  toFile(data: Record<string, unknown>): string;
}

interface DecapCms {
  registerLocale(name: string, phrases: unknown): void;
  registerCustomFormat(name: string, extension: string, formatter: Formatter): void;
  init(options?: unknown): void;
}

/** `base` with every key `over` has replaced: Decap shows a key's name where a phrase is missing. */
function merged(base: unknown, over: unknown): unknown {
  if (typeof base !== 'object' || base === null || typeof over !== 'object' || over === null) return over ?? base;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(over)) out[key] = merged(out[key], value);
  return out;
}

const cms = (window as unknown as { CMS: DecapCms }).CMS;

cms.registerLocale('id', merged(en, localeId));

/** One record per file (villages, offices, officers). */
cms.registerCustomFormat('yaml-keep', 'yaml', {
  fromFile: (text) => ({ ...(readYaml(text) as Record<string, unknown>), [rawKey]: text }),
  toFile: (data) => keepYaml(data[rawKey] as string | undefined, data),
});

/** A file that is one list (help lines, fees): the editor edits it as `items`. */
cms.registerCustomFormat('yaml-list', 'yaml', {
  fromFile: (text) => ({ items: readYaml(text), [rawKey]: text }),
  toFile: (data) => keepYaml(data[rawKey] as string | undefined, data.items ?? []),
});

/** A guide: front matter fields, and the MDX body as written (a rich-text editor would rewrite its components). */
cms.registerCustomFormat('mdx-keep', 'mdx', {
  fromFile: (text) => {
    const { data, frontMatter, body } = readMdx(text);
    return { ...data, body, [rawKey]: frontMatter };
  },
  toFile: ({ body, ...data }) => {
    const frontMatter = data[rawKey] as string | undefined;
    return `---\n${keepYaml(frontMatter, data)}---\n${typeof body === 'string' ? body : ''}`;
  },
});

cms.init();
