import { z } from 'astro/zod';
import { regencyCodePattern, type AreaIndex } from '../lib/regions.ts';
import { isoDate, localizedText, record, shown, sourceSchema } from './common.ts';

/** `PP.RR.DD`: a district (kecamatan). */
const districtCodePattern = /^\d{2}\.\d{2}\.\d{2}$/;

interface VillageCountSchemaOptions<Office extends z.ZodType> {
  areas: AreaIndex;
  officeRef: Office;
}

/**
 * A count without names (`content/village-counts/<id>.yaml`): an office reported N program
 * villages in one or more regencies, or in some districts, on a day, without naming them
 * all. Pages show it where a reader looks for a village of that area.
 */
export function createVillageCountSchema<Office extends z.ZodType>(options: VillageCountSchemaOptions<Office>) {
  const { areas, officeRef } = options;
  const areaCode = z
    .string({ error: (iss) => `must be a regency code PP.RR or a district code PP.RR.DD, found ${shown(iss.input)}` })
    .refine((code) => regencyCodePattern.test(code) || districtCodePattern.test(code), {
      error: (iss) => `must be a regency code PP.RR (e.g. 74.02) or a district code PP.RR.DD (e.g. 21.01.10), found ${shown(iss.input)}`,
    })
    .refine((code) => areas.regencies.has(code) || areas.districts.has(code), {
      error: (iss) => `${shown(iss.input)} is not a regency, city or district in the Kemendagri area data (idn-area-data)`,
    });
  return record({
    /** Id of the immigration office that reported the count (`content/offices/<id>.yaml`). */
    office: officeRef,
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
  });
}

export type VillageCountData = z.output<ReturnType<typeof createVillageCountSchema<z.ZodString>>>;
