import { z } from 'astro/zod';
import { lookupVillage, villageCodePattern, type AreaIndex } from '../lib/regions.ts';
import { isoDate, localizedText, phoneNumber, record, shown, sourceSchema } from './common.ts';

/** An outreach or information session held in the village. */
export const sessionSchema = record({
  /** The day, YYYY-MM-DD. */
  date: isoDate,
  /** Start time, 24-hour HH:MM (WIB/WITA/WIT as local); a past session reported without a time has none. */
  start: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time written HH:MM, e.g. 09:00')
    .optional(),
  /** End time, HH:MM, if known. */
  end: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time written HH:MM, e.g. 12:00')
    .optional(),
  /** Where: the village hall, a school, ... */
  place: localizedText,
  /** What it is about. */
  topic: localizedText,
  /** Where the session was announced or reported (news, the office's page); shown with it. */
  source: sourceSchema.optional(),
});

export type Session = z.infer<typeof sessionSchema>;

/** The village office's public contact (never a person's private number). */
export const villageContactSchema = record({
  /** The village office's phone. */
  phone: phoneNumber.optional(),
  /** The village office's e-mail. */
  email: z.email().optional(),
});

/**
 * References to other collections are passed in, so this schema has no Astro import:
 * the site passes Astro's `reference()`, the import script plain id strings it checks itself.
 */
interface VillageSchemaOptions<Office extends z.ZodType, Officer extends z.ZodType> {
  areas: AreaIndex;
  officeRef: Office;
  officerRef: Officer;
}

/**
 * A program village (`content/villages/<code>.yaml`). Its name, kind, district, regency
 * and province are derived from the area code and added to the parsed record as `area`.
 */
export function createVillageSchema<Office extends z.ZodType, Officer extends z.ZodType>(options: VillageSchemaOptions<Office, Officer>) {
  const { areas, officeRef, officerRef } = options;
  return z
    .strictObject({
      /** Kemendagri area code, PP.RR.DD.VVVV; must exist in the area data. */
      code: z
        .string({ error: (iss) => `must be a Kemendagri area code written PP.RR.DD.VVVV, found ${shown(iss.input)}` })
        .regex(villageCodePattern, {
          error: (iss) => `must be a Kemendagri area code written PP.RR.DD.VVVV (e.g. 53.01.04.2003), found ${shown(iss.input)}`,
        })
        .refine((code) => areas.villages.has(code), {
          error: (iss) => `${shown(iss.input)} is not a village in the Kemendagri area data (idn-area-data)`,
        }),
      /** Id of the immigration office that serves this village (`content/offices/<id>.yaml`). */
      office: officeRef,
      /** Ids of the Pimpasa officers who guide this village (`content/officers/<id>.yaml`). */
      officers: z.array(officerRef).default([]),
      /** When the village joined the program, YYYY-MM-DD. */
      designatedAt: isoDate,
      /**
       * `reported` when the source gives no designation day: `designatedAt` is then the day
       * the source reported it, and the page says "reported on".
       */
      designatedAtIs: z.enum(['designated', 'reported']).default('designated'),
      /**
       * `area-data` when the source reports whole districts or a regency with their number
       * of villages, not each village's name, and the Kemendagri area data holds exactly
       * that number: the village is then named by the area data, and its page says so.
       * `source` (the default) when the source names the village itself.
       */
      namedBy: z.enum(['source', 'area-data']).default('source'),
      /** Outreach and information sessions, past and planned. */
      sessions: z.array(sessionSchema).default([]),
      /** The village office's public contact. */
      contact: villageContactSchema.optional(),
      /** Local notes for readers, per language. */
      notes: localizedText.optional(),
      /** Where the program published this village's designation; required once it is not an example. */
      sources: z.array(sourceSchema).default([]),
      /** True while the record is an example, not confirmed program data. */
      example: z.boolean({ error: (iss) => `must be true or false, found ${shown(iss.input)}` }).default(false),
    })
    .superRefine((village, ctx) => {
      if (!village.example && village.sources.length === 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['sources'],
          input: village.sources,
          message:
            'a confirmed village (example: false) needs at least one source for its designation; keep example: true until there is one',
        });
      }
    })
    .transform((village) => ({ ...village, area: lookupVillage(areas, village.code)! }));
}

export type VillageData = z.output<ReturnType<typeof createVillageSchema<z.ZodString, z.ZodString>>>;
