import { z } from 'astro/zod';
import { regencyCodePattern, type AreaIndex } from '../lib/regions.ts';
import { isoDate, localizedText, record, shown, sourceSchema } from './common.ts';

/** `PP.RR.DD`: a district (kecamatan). */
const districtCodePattern = /^\d{2}\.\d{2}\.\d{2}$/;
/** `PP`: a province, for a count a regional office reported for the whole province. */
const provinceCodePattern = /^\d{2}$/;

interface VillageCountSchemaOptions<Office extends z.ZodType> {
  areas: AreaIndex;
  officeRef: Office;
}

/**
 * A count without names (`content/village-counts/<id>.yaml`): an office reported N program
 * villages in one or more regencies, or in some districts, on a day, without naming them
 * all. A regional office (Kantor Wilayah) may report a count for its whole province
 * (`regionalOffice` instead of `office`, the province code as area). Pages show it where a
 * reader looks for a village of that area.
 */
export function createVillageCountSchema<Office extends z.ZodType>(options: VillageCountSchemaOptions<Office>) {
  const { areas, officeRef } = options;
  const areaCode = z
    .string({ error: (iss) => `must be a province code PP, a regency code PP.RR or a district code PP.RR.DD, found ${shown(iss.input)}` })
    .refine((code) => provinceCodePattern.test(code) || regencyCodePattern.test(code) || districtCodePattern.test(code), {
      error: (iss) =>
        `must be a province code PP (e.g. 11), a regency code PP.RR (e.g. 74.02) or a district code PP.RR.DD (e.g. 21.01.10), found ${shown(iss.input)}`,
    })
    .refine((code) => areas.provinces.has(code) || areas.regencies.has(code) || areas.districts.has(code), {
      error: (iss) => `${shown(iss.input)} is not a province, regency, city or district in the Kemendagri area data (idn-area-data)`,
    });
  return record({
    /** Id of the immigration office that reported the count (`content/offices/<id>.yaml`); or `regionalOffice`. */
    office: officeRef.optional(),
    /** The regional office that reported it, by its name ("Kantor Wilayah Direktorat Jenderal Imigrasi Aceh"); or `office`. */
    regionalOffice: z.string().trim().min(1).optional(),
    /** How many program villages the office reported. */
    count: z
      .number({ error: (iss) => `must be a whole number of villages, found ${shown(iss.input)}` })
      .int({ error: (iss) => `must be a whole number of villages, found ${shown(iss.input)}` })
      .positive({ error: (iss) => `must be 1 or more, found ${shown(iss.input)}` }),
    /** Where: regency codes (PP.RR) or district codes (PP.RR.DD), as the report says. */
    area: z.array(areaCode).min(1, 'needs at least one regency (PP.RR) or district (PP.RR.DD) code'),
    /** The day the count was reported, YYYY-MM-DD. */
    reportedAt: isoDate,
    /** Where the count was published; at least one. */
    sources: z.array(sourceSchema).min(1, 'needs at least one source that reports the count'),
    /** A short note for readers, per language (a doubt about the date, what the report covers). */
    note: localizedText.optional(),
  }).superRefine((count, ctx) => {
    if ((count.office === undefined) === (count.regionalOffice === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['office'],
        input: count.office,
        message: 'needs exactly one of "office" (an id of content/offices/) and "regionalOffice" (the regional office\'s name)',
      });
    } else if (count.office !== undefined) {
      for (const [i, code] of count.area.entries()) {
        if (provinceCodePattern.test(code)) {
          ctx.addIssue({
            code: 'custom',
            path: ['area', i],
            input: code,
            message: `is a whole province (found ${shown(code)}): only a regional office ("regionalOffice") reports a province; an office gives regencies or districts`,
          });
        }
      }
    }
  });
}

export type VillageCountData = z.output<ReturnType<typeof createVillageCountSchema<z.ZodString>>>;
