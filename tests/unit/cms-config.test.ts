import { describe, expect, it } from 'vitest';
import { cmsBackend } from '../../src/lib/cms/backend.ts';
import { cmsConfig, editorFields, editorSchemas, guideBodyField, jsonSchemaOf, type EditorCollection } from '../../src/lib/cms/config.ts';
import type { CmsField, JsonSchema } from '../../src/lib/cms/fields.ts';
import { fieldWords } from '../../src/lib/cms/labels.ts';
import { locales } from '../../src/lib/locales.ts';
import { isoDate } from '../../src/schemas/common.ts';

/**
 * One rule, one place: the editor's fields (Decap CMS, /admin/) are made from the zod
 * schemas. These tests read the schemas on their own and fail on any field where the
 * editor and the schema disagree: a field missing or extra, a required mark, a pattern,
 * the choices, a nested list or a language.
 */

const isLocalized = (s: JsonSchema) =>
  s.type === 'object' && typeof s.additionalProperties === 'object' && Object.keys(s.properties ?? {}).join() === 'id';

/**
 * Every disagreement between editor fields and a JSON Schema, as `path: what`. Inside an
 * optional group nothing is required in the form (the build checks the group once given).
 */
function differences(fields: readonly CmsField[], schema: JsonSchema, path = '', groupRequired = true): string[] {
  const found: string[] = [];
  const properties = schema.properties ?? {};
  const required = new Set(groupRequired ? (schema.required ?? []) : []);
  const names = fields.map((f) => f.name);
  for (const name of Object.keys(properties)) if (!names.includes(name)) found.push(`${path}${name}: in the schema, not in the editor`);
  for (const field of fields) {
    const at = `${path}${field.name}`;
    const property = properties[field.name];
    if (!property) {
      found.push(`${at}: in the editor, not in the schema`);
      continue;
    }
    if (field.required !== required.has(field.name))
      found.push(`${at}: required is ${field.required} in the editor, ${required.has(field.name)} in the schema`);
    if ((field.pattern?.[0] ?? undefined) !== property.pattern)
      found.push(`${at}: pattern ${field.pattern?.[0]} in the editor, ${property.pattern} in the schema`);
    if (JSON.stringify(field.options) !== JSON.stringify(property.enum?.map(String))) found.push(`${at}: choices differ`);
    if (isLocalized(property)) {
      const languages = (field.fields ?? []).map((f) => f.name);
      if (languages.join() !== locales.join())
        found.push(`${at}: languages ${languages.join()} in the editor, ${locales.join()} in the list`);
      if (field.fields?.[0]?.required !== required.has(field.name))
        found.push(`${at}.id: Indonesian is required exactly when the field is`);
    } else if (property.type === 'object') {
      found.push(...differences(field.fields ?? [], property, `${at}.`, groupRequired && required.has(field.name)));
    } else if (property.type === 'array') {
      const items = property.items ?? {};
      if (field.widget === 'relation') continue;
      if (items.type === 'object' && !isLocalized(items)) found.push(...differences(field.fields ?? [], items, `${at}.`));
      else if (field.field?.pattern?.[0] !== items.pattern) found.push(`${at}: item pattern differs`);
      if (field.min !== property.minItems) found.push(`${at}: at least ${property.minItems} in the schema, ${field.min} in the editor`);
    }
  }
  return found;
}

const collections = Object.keys(editorSchemas) as EditorCollection[];
const config = cmsConfig({ backend: cmsBackend({}) });
const configFields = (name: string): CmsField[] => {
  const collection = config.collections.find((c) => c.name === name)!;
  if ('files' in collection) return collection.files[0]!.fields[0]!.fields as CmsField[];
  return collection.fields as CmsField[];
};

describe('editor fields from the schemas', () => {
  for (const collection of collections) {
    it(`${collection}: every field, required mark, pattern, choice and language matches the schema`, () => {
      const fields = collection === 'guides' ? configFields('guides-id').filter((f) => f !== guideBodyField) : configFields(collection);
      expect(differences(fields, jsonSchemaOf(collection))).toEqual([]);
    });
  }

  it('each language has its guides collection, from the language list', () => {
    expect(config.collections.filter((c) => c.name.startsWith('guides-')).map((c) => c.name)).toEqual(locales.map((l) => `guides-${l}`));
    for (const locale of locales) {
      const guides = config.collections.find((c) => c.name === `guides-${locale}`)!;
      expect(guides).toMatchObject({ folder: `content/guides/${locale}`, extension: 'mdx', format: 'mdx-keep' });
      expect(configFields(`guides-${locale}`).at(-1)).toMatchObject({ name: 'body', widget: 'text' });
    }
  });

  it('the comparison notices a field that differs', () => {
    const fields = structuredClone(editorFields('villages'));
    const sessions = fields.find((f) => f.name === 'sessions')!;
    sessions.fields!.find((f) => f.name === 'end')!.required = true;
    sessions.fields!.find((f) => f.name === 'date')!.pattern = ['^.*$', 'x'];
    fields.pop();
    expect(differences(fields, jsonSchemaOf('villages')).sort()).toEqual([
      'example: in the schema, not in the editor',
      'sessions.date: pattern ^.*$ in the editor, ^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$ in the schema',
      'sessions.end: required is true in the editor, false in the schema',
    ]);
  });

  it('offices and officers are chosen from the existing records, never typed', () => {
    const village = editorFields('villages');
    expect(village.find((f) => f.name === 'office')).toMatchObject({ widget: 'relation', collection: 'offices', value_field: '{{slug}}' });
    expect(village.find((f) => f.name === 'officers')).toMatchObject({ widget: 'relation', collection: 'officers', multiple: true });
    expect(editorFields('officers').find((f) => f.name === 'office')).toMatchObject({ widget: 'relation', collection: 'offices' });
    expect(editorFields('offices').find((f) => f.name === 'parent')).toMatchObject({ widget: 'relation', collection: 'offices' });
  });

  it('the form refuses what the schema refuses: dates, times, codes and https addresses', () => {
    const village = editorFields('villages');
    const sessions = village.find((f) => f.name === 'sessions')!.fields!;
    const pattern = (field: CmsField | undefined) => new RegExp(field!.pattern![0]);
    const date = pattern(sessions.find((f) => f.name === 'date'));
    const accepts = (value: string) => isoDate.safeParse(value).success;
    for (const value of ['2026-12-15', '2026-13-45', '15-12-2026', '2026-1-5', '2026-12-32', '5 Desember 2026']) {
      expect({ value, form: date.test(value) }).toEqual({ value, form: accepts(value) });
    }
    // A day that does not exist in its month passes the form's pattern; the build refuses it.
    expect([date.test('2026-02-30'), accepts('2026-02-30')]).toEqual([true, false]);
    expect(date.test('2026-13-45')).toBe(false);
    expect(pattern(sessions.find((f) => f.name === 'start')).test('9.00')).toBe(false);
    expect(pattern(village.find((f) => f.name === 'code')).test('5301162007')).toBe(false);
    const url = pattern(village.find((f) => f.name === 'sources')!.fields!.find((f) => f.name === 'url'));
    expect([url.test('https://kupang.imigrasi.go.id/'), url.test('http://kupang.imigrasi.go.id/')]).toEqual([true, false]);
  });

  it('explains the rule the form cannot check next to an office phone', () => {
    const phone = editorFields('offices').find((f) => f.name === 'phone')!;
    expect(phone.hint).toMatch(/sumber resmi \.go\.id/);
    expect(editorFields('offices').find((f) => f.name === 'whatsapp')!.hint).toMatch(/sumber resmi \.go\.id/);
  });

  it('every field has its words in labels.ts', () => {
    const missing: string[] = [];
    const walk = (collection: string, fields: readonly CmsField[], path: string) => {
      for (const field of fields) {
        const at = path ? `${path}.${field.name}` : field.name;
        if (!fieldWords[`${collection}:${at}`] && !fieldWords[at] && !locales.includes(field.name as never))
          missing.push(`${collection}: ${at}`);
        if (field.fields && field.widget !== 'object') walk(collection, field.fields, at);
        else if (field.fields && field.fields.some((f) => !locales.includes(f.name as never))) walk(collection, field.fields, at);
        if (field.field) walk(collection, [field.field], at);
      }
    };
    for (const collection of collections) walk(collection, editorFields(collection), '');
    expect(missing).toEqual([]);
  });

  it('saves through review on hosts whose backend supports it, and names the origins the editor may reach', () => {
    expect(cmsConfig({ backend: cmsBackend({ CMS_BACKEND: 'gitlab', CMS_REPO: 'a/b' }) }).publish_mode).toBe('editorial_workflow');
    expect(cmsConfig({ backend: cmsBackend({ CMS_BACKEND: 'forgejo', CMS_API_ROOT: 'https://git.example.go.id/api/v1' }) })).toMatchObject({
      publish_mode: 'editorial_workflow',
      backend: { name: 'forgejo', api_root: 'https://git.example.go.id/api/v1' },
    });
    expect(cmsBackend({ CMS_BACKEND: 'forgejo', CMS_API_ROOT: 'https://git.example.go.id/api/v1' }).origins).toEqual([
      'https://git.example.go.id',
    ]);
    expect(cmsConfig({ backend: cmsBackend({ CMS_BACKEND: 'gitea' }) }).publish_mode).toBeUndefined();
    expect(() => cmsBackend({ CMS_BACKEND: 'svn' })).toThrow(/CMS_BACKEND: must be one of github, gitlab, forgejo, gitea, found "svn"/);
    expect(cmsConfig({ backend: cmsBackend({}), localBackend: 'http://127.0.0.1:8081/api/v1' }).local_backend).toEqual({
      url: 'http://127.0.0.1:8081/api/v1',
    });
    expect('local_backend' in cmsConfig({ backend: cmsBackend({}) })).toBe(false);
  });
});
