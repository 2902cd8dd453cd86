import { defineCollection, reference } from 'astro:content';
import { file } from 'astro/loaders';
import { contentDir } from './lib/content-dir.ts';
import { loadAreaIndex } from './lib/regions.ts';
import { parseYamlStrict } from './lib/yaml.ts';
import { strictGlob } from './loaders/strict-yaml.ts';
import { agencySchema } from './schemas/agency.ts';
import { feeSchema } from './schemas/fee.ts';
import { guideSchema } from './schemas/guide.ts';
import { helplineSchema } from './schemas/helpline.ts';
import { createOfficeSchema } from './schemas/office.ts';
import { createOfficerSchema } from './schemas/officer.ts';
import { createVillageSchema } from './schemas/village.ts';
import { createVillageCountSchema } from './schemas/village-count.ts';

const root = contentDir();
const areas = await loadAreaIndex();

function yamlFile(name: string) {
  const path = `${root}/${name}`;
  return file(path, { parser: (text) => parseYamlStrict(text, path) as Record<string, unknown>[] });
}

const guides = defineCollection({
  loader: strictGlob({ pattern: '**/*.mdx', base: `${root}/guides` }),
  schema: guideSchema,
});

const villages = defineCollection({
  loader: strictGlob({
    pattern: '*.yaml',
    base: `${root}/villages`,
    checkId: (id, data, path) => {
      if (data.code !== id) {
        throw new Error(
          `${path}: field "code" is ${JSON.stringify(data.code)} but the file is named "${id}.yaml"; ` +
            'a village file must be named by its code (PP.RR.DD.VVVV.yaml)',
        );
      }
    },
  }),
  schema: createVillageSchema({ areas, officeRef: reference('offices'), officerRef: reference('officers') }),
});

const offices = defineCollection({
  loader: strictGlob({ pattern: '*.yaml', base: `${root}/offices` }),
  schema: createOfficeSchema(areas),
});

const officers = defineCollection({
  loader: strictGlob({ pattern: '*.yaml', base: `${root}/officers` }),
  schema: createOfficerSchema(reference('offices')),
});

const villageCounts = defineCollection({
  loader: strictGlob({ pattern: '*.yaml', base: `${root}/village-counts` }),
  schema: createVillageCountSchema({ areas, officeRef: reference('offices') }),
});

const agencies = defineCollection({
  loader: strictGlob({ pattern: '*.yaml', base: `${root}/agencies` }),
  schema: agencySchema,
});

const helplines = defineCollection({ loader: yamlFile('helplines.yaml'), schema: helplineSchema });

const fees = defineCollection({ loader: yamlFile('fees.yaml'), schema: feeSchema });

export const collections = { guides, villages, villageCounts, offices, officers, agencies, helplines, fees };
