import { z } from 'astro/zod';
import { feeSchema } from '../../schemas/fee.ts';
import { guideSchema } from '../../schemas/guide.ts';
import { helplineSchema } from '../../schemas/helpline.ts';
import { createOfficeSchema } from '../../schemas/office.ts';
import { createOfficerSchema } from '../../schemas/officer.ts';
import { createVillageSchema } from '../../schemas/village.ts';
import { locales, uiDictionaries } from '../locales.ts';
import type { AreaIndex } from '../regions.ts';
import { fieldsOf, type CmsField, type FieldOptions, type JsonSchema } from './fields.ts';
import { fieldWords, patternMessages } from './labels.ts';
import type { CmsBackend } from './backend.ts';

/**
 * The schemas as the editor sees them: references to other collections are plain ids
 * (the editor offers them as lists), and the area data is not needed (the JSON Schema
 * keeps the code's pattern; the build checks that the code exists).
 */
const noAreas: AreaIndex = { provinces: new Map(), regencies: new Map(), districts: new Map(), villages: new Map() };

export const editorSchemas = {
  villages: createVillageSchema({ areas: noAreas, officeRef: z.string(), officerRef: z.string() }),
  offices: createOfficeSchema(noAreas),
  officers: createOfficerSchema(z.string()),
  helplines: helplineSchema,
  fees: feeSchema,
  guides: guideSchema,
} as const;

export type EditorCollection = keyof typeof editorSchemas;

/** A schema's JSON Schema as the editor needs it: what a file may hold (defaults make a field optional). */
export function jsonSchemaOf(collection: EditorCollection): JsonSchema {
  return z.toJSONSchema(editorSchemas[collection], { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

/** Fields that hold the id of another record: the editor offers the existing records. */
const relations: FieldOptions['relations'] = {
  office: { collection: 'offices', display: 'name' },
  officers: { collection: 'officers', display: 'role.id' },
  parent: { collection: 'offices', display: 'name' },
};

const localeNames = Object.fromEntries(
  Object.entries(uiDictionaries).map(([code, dictionary]) => [code, (dictionary as { name: string }).name]),
);

/** The editor fields of a collection, from its schema. */
export function editorFields(collection: EditorCollection): CmsField[] {
  return fieldsOf(jsonSchemaOf(collection), '', { words: fieldWords, patternMessages, relations, locales, localeNames, collection });
}

/** The body of a guide: its MDX as written, in a plain text box (a rich-text editor would rewrite the components). */
export const guideBodyField: CmsField = {
  name: 'body',
  label: 'Isi (MDX)',
  widget: 'text',
  required: true,
  hint: 'Teks panduan. Komponen seperti <Callout type="info">…</Callout>, <Steps>, <Checklist>, <Fee id="..." /> dan <HelplineList /> ditulis apa adanya. Jangan mengetik biaya atau nomor telepon: keduanya diambil dari data.',
};

export interface CmsConfigOptions {
  backend: CmsBackend;
  /** The local backend's address (`npm run admin` and the tests): then the editor writes files through decap-server. */
  localBackend?: string | undefined;
}

/** The whole Decap CMS configuration (`/admin/config.yml`). */
export function cmsConfig({ backend, localBackend }: CmsConfigOptions) {
  const folder = (name: string) => ({
    folder: `content/${name}`,
    extension: 'yaml',
    format: 'yaml-keep',
    create: true,
    delete: false,
  });
  const list = (name: EditorCollection, label: string, itemLabel: string) => ({
    name,
    label,
    format: 'yaml-list',
    extension: 'yaml',
    files: [
      {
        name,
        label,
        file: `content/${name}.yaml`,
        fields: [
          {
            name: 'items',
            label: itemLabel,
            widget: 'list',
            required: true,
            collapsed: true,
            summary: '{{fields.id}}',
            fields: editorFields(name),
          },
        ],
      },
    ],
  });
  const guides = locales.map((locale) => ({
    name: `guides-${locale}`,
    label: `Panduan (${localeNames[locale] ?? locale})`,
    label_singular: 'Panduan',
    folder: `content/guides/${locale}`,
    extension: 'mdx',
    format: 'mdx-keep',
    path: '{{topic}}/{{slug}}',
    create: true,
    delete: false,
    identifier_field: 'title',
    summary: '{{topic}} · {{title}}',
    sortable_fields: ['topic', 'title', 'order'],
    fields: [...editorFields('guides'), guideBodyField],
  }));
  return {
    locale: 'id',
    ...(localBackend ? { local_backend: { url: localBackend } } : {}),
    backend: backend.config,
    publish_mode: backend.editorialWorkflow ? 'editorial_workflow' : undefined,
    media_folder: 'public/media',
    public_folder: '/media',
    site_url: backend.siteUrl,
    show_preview_links: false,
    editor: { preview: false },
    collections: [
      {
        name: 'villages',
        label: 'Desa binaan',
        label_singular: 'Desa binaan',
        ...folder('villages'),
        identifier_field: 'code',
        slug: '{{code}}',
        summary: '{{code}} · {{office}}',
        sortable_fields: ['code', 'office', 'designatedAt'],
        fields: editorFields('villages'),
      },
      {
        name: 'offices',
        label: 'Kantor imigrasi',
        label_singular: 'Kantor',
        ...folder('offices'),
        identifier_field: 'name',
        summary: '{{name}}',
        sortable_fields: ['name'],
        fields: editorFields('offices'),
      },
      {
        name: 'officers',
        label: 'Petugas Pimpasa',
        label_singular: 'Petugas',
        ...folder('officers'),
        identifier_field: 'office',
        summary: '{{office}} · {{role.id}}',
        fields: editorFields('officers'),
      },
      list('helplines', 'Layanan pengaduan', 'Layanan'),
      list('fees', 'Biaya resmi', 'Biaya'),
      ...guides,
    ],
  };
}
