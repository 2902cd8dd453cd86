/**
 * Turns a record's zod schema (through its JSON Schema, `z.toJSONSchema`) into the
 * fields of the browser editor (Decap CMS, `/admin/`): names, required marks, patterns,
 * choices and nested lists come from the schema, so the editor and the build check the
 * same rules. Labels, hints and pattern messages are the editor's words, in `labels.ts`.
 */

/** The part of JSON Schema that zod writes for our schemas. */
export interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  pattern?: string;
  additionalProperties?: boolean | JsonSchema;
  default?: unknown;
  minItems?: number;
  minimum?: number;
  format?: string;
}

/** A Decap CMS field, as written into `config.yml`. */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required: boolean;
  hint?: string;
  pattern?: [string, string];
  options?: string[];
  multiple?: boolean;
  value_type?: 'int';
  min?: number;
  fields?: CmsField[];
  field?: CmsField;
  collection?: string;
  value_field?: string;
  search_fields?: string[];
  display_fields?: string[];
  summary?: string;
  collapsed?: boolean;
}

/** What the editor shows for one field: its label and, where a rule is not in the form, a hint. */
export interface FieldWords {
  label: string;
  hint?: string;
}

export interface FieldOptions {
  /**
   * Labels and hints by field path (`sessions.date`; list items have no index), or by
   * collection and path (`offices:phone`), which wins.
   */
  words: Readonly<Record<string, FieldWords>>;
  /** The collection the fields are for. */
  collection: string;
  /** Messages for each pattern the schemas use, by the pattern's source. */
  patternMessages: Readonly<Record<string, string>>;
  /** Fields that name a record of another collection, by path: the collection. */
  relations: Readonly<Record<string, { collection: string; display: string }>>;
  /** The languages of the site, Indonesian first: a text per language is one field each. */
  locales: readonly string[];
  /** Language names for the labels of those fields. */
  localeNames: Readonly<Record<string, string>>;
}

/** A text per language (`localizedText`): an object with `id` and any other language's text. */
function isLocalized(schema: JsonSchema): boolean {
  return (
    schema.type === 'object' &&
    typeof schema.additionalProperties === 'object' &&
    schema.additionalProperties.type === 'string' &&
    Object.keys(schema.properties ?? {}).join() === 'id'
  );
}

function wordsFor(path: string, options: FieldOptions): FieldWords {
  return options.words[`${options.collection}:${path}`] ?? options.words[path] ?? { label: path.split('.').pop()! };
}

function patternFor(schema: JsonSchema, path: string, options: FieldOptions): [string, string] {
  const pattern = schema.pattern!;
  // An e-mail's pattern is zod's own, long one: its message is filed under "email".
  const message = options.patternMessages[schema.format === 'email' ? 'email' : pattern];
  if (!message) throw new Error(`editor config: field "${path}" has the pattern ${pattern}, which has no message in src/lib/cms/labels.ts`);
  return [pattern, message];
}

/** The editor field for one property of a schema. */
export function fieldFor(name: string, schema: JsonSchema, required: boolean, path: string, options: FieldOptions): CmsField {
  const { label, hint } = wordsFor(path, options);
  const base = { name, label, required, ...(hint && { hint }) };
  const relation = options.relations[path];
  if (relation) {
    return {
      ...base,
      widget: 'relation',
      collection: relation.collection,
      value_field: '{{slug}}',
      search_fields: [relation.display],
      display_fields: [relation.display],
      ...(schema.type === 'array' && { multiple: true }),
    };
  }
  if (isLocalized(schema)) {
    return {
      ...base,
      widget: 'object',
      fields: options.locales.map((locale) => ({
        name: locale,
        label: options.localeNames[locale] ?? locale,
        widget: 'string',
        required: required && locale === options.locales[0],
      })),
    };
  }
  if (schema.enum) return { ...base, widget: 'select', options: schema.enum.map(String) };
  switch (schema.type) {
    case 'boolean':
      return { ...base, widget: 'boolean' };
    case 'integer':
      return { ...base, widget: 'number', value_type: 'int', ...(schema.minimum !== undefined && { min: schema.minimum }) };
    case 'number':
      return { ...base, widget: 'number' };
    case 'object':
      // An optional group (a session's source): its parts are required only once it is given, which the build checks;
      // the form would otherwise refuse to save without it.
      return { ...base, widget: 'object', fields: fieldsOf(schema, path, options, required) };
    case 'array': {
      const items = schema.items ?? {};
      const min = schema.minItems !== undefined ? { min: schema.minItems } : {};
      if (items.type === 'object' && !isLocalized(items)) {
        return { ...base, widget: 'list', collapsed: false, ...min, fields: fieldsOf(items, path, options) };
      }
      return { ...base, widget: 'list', ...min, field: fieldFor('item', items, true, `${path}.item`, options) };
    }
    default:
      return { ...base, widget: 'string', ...(schema.pattern && { pattern: patternFor(schema, path, options) }) };
  }
}

/** The editor fields of an object schema, in the schema's order; none is required in a group that is itself optional. */
export function fieldsOf(schema: JsonSchema, path: string, options: FieldOptions, groupRequired = true): CmsField[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([name, property]) =>
    fieldFor(name, property, groupRequired && required.has(name), path ? `${path}.${name}` : name, options),
  );
}
