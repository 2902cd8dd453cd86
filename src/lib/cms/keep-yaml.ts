import { isMap, isScalar, isSeq, parseDocument, visit, type Document, type Node } from 'yaml';

/**
 * Writing a record back the way it was written. The browser editor hands over the whole
 * record; this changes only the values that changed in the file's own YAML document, so
 * quotes, comments, key order and line breaks of everything else stay as they were, and
 * a review shows exactly what the editor changed. Used by the editor's formats
 * (src/admin/setup.ts) and tested in tests/unit/cms-keep-yaml.test.ts.
 */

/** Where the editor keeps a file's text while it is open (removed again on save). */
export const rawKey = '__raw';

type Plain = Record<string, unknown>;

function isPlain(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isEmpty(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    value === '' ||
    (Array.isArray(value) && value.length === 0) ||
    (isPlain(value) && Object.keys(value).length === 0)
  );
}

/**
 * The record without what the editor adds to fields left empty (`""`, `null`, an empty
 * list or group): a field that was not in the file stays out of it.
 */
export function withoutEmpty(value: unknown, before: unknown): unknown {
  if (Array.isArray(value)) return value.map((item, i) => withoutEmpty(item, Array.isArray(before) ? before[i] : undefined));
  if (!isPlain(value)) return value;
  const out: Plain = {};
  for (const [key, item] of Object.entries(value)) {
    if (key === rawKey) continue;
    const was = isPlain(before) ? before[key] : undefined;
    const cleaned = withoutEmpty(item, was);
    if (isEmpty(cleaned) && (was === undefined || !isEmpty(was) || cleaned === null || cleaned === '')) continue;
    out[key] = cleaned;
  }
  return out;
}

function deepEqual(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Text that another YAML reader could take for a number, date, time or yes/no is quoted. */
const lookAlike = /^(?:[-+\d.:]+|true|false|yes|no|on|off|null|~)$/i;

function newNode(doc: Document, value: unknown, quote: 'QUOTE_SINGLE' | 'QUOTE_DOUBLE'): Node {
  const node = doc.createNode(value) as Node;
  visit(node, {
    Scalar(_key, scalar) {
      if (typeof scalar.value === 'string' && lookAlike.test(scalar.value)) scalar.type = quote;
    },
  });
  return node;
}

function patch(doc: Document, node: unknown, before: unknown, after: unknown, quote: 'QUOTE_SINGLE' | 'QUOTE_DOUBLE'): unknown {
  if (deepEqual(before, after)) return node;
  if (isMap(node) && isPlain(before) && isPlain(after)) {
    for (const key of Object.keys(before)) if (!(key in after)) node.delete(key);
    for (const [key, value] of Object.entries(after)) {
      node.set(key, key in before ? patch(doc, node.get(key, true), before[key], value, quote) : newNode(doc, value, quote));
    }
    return node;
  }
  if (isSeq(node) && Array.isArray(before) && Array.isArray(after)) {
    node.items = after.map((value, i) =>
      i < before.length ? patch(doc, node.items[i], before[i], value, quote) : newNode(doc, value, quote),
    );
    return node;
  }
  if (isScalar(node) && typeof after === 'string' && typeof node.value === 'string') {
    node.value = after;
    return node;
  }
  return newNode(doc, after, quote);
}

/** How the file writes lists: `- item` under its key, or indented. */
function indentsLists(raw: string): boolean {
  const match = /^( *)[^\s#-][^\n]*:\n( *)- /m.exec(raw);
  return match ? match[2]!.length > match[1]!.length : true;
}

/** The file's text with `value` written in: untouched parts stay byte for byte. */
export function keepYaml(raw: string | undefined, value: unknown): string {
  const text = raw ?? '';
  const doc = parseDocument(text, { version: '1.2' });
  const before = text.trim() ? doc.toJS() : undefined;
  const after = withoutEmpty(value, before);
  const doubles = (text.match(/"/g) ?? []).length;
  const singles = (text.match(/'/g) ?? []).length;
  const quote = doubles > singles ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE';
  if (before === undefined) doc.contents = newNode(doc, after, quote) as typeof doc.contents;
  else doc.contents = patch(doc, doc.contents, before, after, quote) as typeof doc.contents;
  return doc.toString({ lineWidth: 0, indentSeq: indentsLists(text) });
}

/** A YAML file as the editor's record, its text kept aside. */
export function readYaml(text: string): unknown {
  return parseDocument(text, { version: '1.2' }).toJS();
}

const frontMatter = /^---\n([\s\S]*?\n)?---\n/;

/** An MDX guide as the editor's record: its front matter's fields and its body, as written. */
export function readMdx(text: string): { data: Plain; frontMatter: string; body: string } {
  const match = frontMatter.exec(text);
  if (!match) return { data: {}, frontMatter: '', body: text };
  const yaml = match[1] ?? '';
  return { data: (readYaml(yaml) as Plain | null) ?? {}, frontMatter: yaml, body: text.slice(match[0].length) };
}

/** An MDX guide written back: the front matter patched, the body as the editor holds it. */
export function writeMdx(frontMatterText: string, data: Plain, body: string): string {
  return `---\n${keepYaml(frontMatterText, data)}---\n${body}`;
}
