import { z } from 'astro/zod';
import { regencyCodePattern, type AreaIndex } from '../lib/regions.ts';
import {
  emailAddress,
  httpsUrl,
  isoDate,
  localizedText,
  officialContacts,
  phoneNumber,
  record,
  shown,
  sourceSchema,
  whatsappNumber,
} from './common.ts';
import { dayRangePattern, daysOf } from '../lib/hours.ts';

/** Kinds of immigration service points. */
export const officeKinds = ['kanim', 'ulp', 'ukk', 'mpp'] as const;

/** Opening hours for a day or a range of days, as the office states them (local time; the zone follows from the province). */
export const openingHoursSchema = record({
  /** A day or a range of days in week order: `mon`, `mon-thu` (mon, tue, wed, thu, fri, sat, sun). */
  days: z
    .string()
    .regex(dayRangePattern, {
      abort: true,
      error: (iss) =>
        `must be a day (mon, tue, wed, thu, fri, sat, sun) or a range in week order such as mon-fri, found ${shown(iss.input)}`,
    })
    .refine((value) => daysOf(value) !== undefined, {
      error: (iss) =>
        `must be a day (mon, tue, wed, thu, fri, sat, sun) or a range in week order such as mon-fri, found ${shown(iss.input)}`,
    }),
  /** Opening and closing time, HH:MM-HH:MM; a midday break is two entries for the same days. */
  time: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$/, {
      error: (iss) => `must be HH:MM-HH:MM, e.g. 08:00-16:00, found ${shown(iss.input)}`,
    })
    .refine((value) => value.slice(0, 5) < value.slice(6), { error: (iss) => `must close after it opens, found ${shown(iss.input)}` }),
});

/** One WhatsApp line of an office, with what it is for when the office has more than one. */
export const whatsappLineSchema = record({
  /** The number as readers should see it: `0811-3838-389`. */
  number: whatsappNumber,
  /** What the line is for, as the office says it: `{ id: Cek status paspor, en: Check your passport status }`. */
  label: localizedText.optional(),
});

export type WhatsappLine = z.output<typeof whatsappLineSchema>;

/** An immigration office or service point (`content/offices/<id>.yaml`). */
export function createOfficeSchema(areas: AreaIndex) {
  const regencyCode = z
    .string()
    .regex(regencyCodePattern, { error: (iss) => `must be a regency code written PP.RR, found ${shown(iss.input)}` })
    .refine((code) => areas.regencies.has(code), {
      error: (iss) => `${shown(iss.input)} is not a regency or city in the Kemendagri area data`,
    });
  return record({
    /** The office's name as it is signed: `Kantor Imigrasi Kelas I TPI Kupang`. */
    name: z.string().trim().min(1),
    /** Kantor Imigrasi (kanim), Unit Layanan Paspor (ulp), Unit Kerja Kantor (ukk) or a booth in a Mal Pelayanan Publik (mpp). */
    kind: z.enum(officeKinds, { error: (iss) => `must be one of ${officeKinds.join(', ')}; found ${shown(iss.input)}` }),
    /** For a ULP, UKK or MPP booth: the id of the Kantor Imigrasi it belongs to. */
    parent: z.string().optional(),
    /** Street address; leave out when not confirmed (the page then says it is missing and links a map search). */
    address: z.string().trim().min(1).optional(),
    /** The url of the source (one of `sources`) that gives the address; shown next to it. */
    addressSource: httpsUrl.optional(),
    /** The regency or city the office stands in, PP.RR. */
    regency: regencyCode,
    /** The regencies and cities whose residents it serves, PP.RR each. */
    serves: z.array(regencyCode).default([]),
    /** Public phone. */
    phone: phoneNumber.optional(),
    /**
     * Public WhatsApp line: one number, or a list of lines each with a label
     * (`- number: 0811-3838-389` / `label: { id: ..., en: ... }`). Always a list once read.
     */
    whatsapp: z
      .preprocess(
        (value) => (typeof value === 'string' ? [{ number: value }] : value),
        z.array(whatsappLineSchema, {
          error: (iss) => `must be one WhatsApp number or a list of lines (number, label), found ${shown(iss.input)}`,
        }),
      )
      .default([]),
    /** Public e-mail. */
    email: emailAddress.optional(),
    /** Opening hours. */
    hours: z.array(openingHoursSchema).default([]),
    /** The office's own website, https. */
    website: httpsUrl.optional(),
    /** Where the details were published. */
    sources: z
      .array(sourceSchema, { error: 'is required: list at least one source (title, url, publisher, accessedAt)' })
      .min(1, 'needs at least one source'),
    /** When an editor last checked the details, YYYY-MM-DD. */
    reviewedAt: isoDate,
    /** True while the record is an example, not confirmed program data. */
    example: z.boolean().default(false),
  }).superRefine((office, ctx) => {
    if (office.addressSource !== undefined) {
      if (office.address === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['addressSource'],
          input: office.addressSource,
          message: 'is set but there is no address: add the address or remove addressSource',
        });
      } else if (!office.sources.some((s) => s.url === office.addressSource)) {
        ctx.addIssue({
          code: 'custom',
          path: ['addressSource'],
          input: office.addressSource,
          message: `must be the url of one of this office's sources, found ${shown(office.addressSource)}`,
        });
      }
    }
    // The rule names each WhatsApp number as the editor wrote it: one number, or the list of numbers.
    const numbers = office.whatsapp.map((line) => line.number);
    const whatsapp = numbers.length === 1 && !office.whatsapp[0]!.label ? numbers[0] : numbers;
    officialContacts(['phone', 'whatsapp', 'email', 'hours'])({ ...office, whatsapp }, ctx);
  });
}

export type OfficeData = z.output<ReturnType<typeof createOfficeSchema>>;
