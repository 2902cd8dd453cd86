import { z } from 'astro/zod';
import { locales } from '../lib/locales.ts';
import { isWhatsappNumber, parsePhone, phoneRule } from '../lib/phone.ts';
import { isOfficialSource } from '../lib/sources.ts';

/**
 * An object that refuses fields it does not know, naming them and the allowed ones:
 * a typo (`reviewdAt`) or a field that must not exist (an officer's `phone`) is never
 * silently dropped.
 */
export function record<Shape extends z.core.$ZodLooseShape>(shape: Shape) {
  return z.strictObject(shape, {
    error: (iss) =>
      iss.code === 'unrecognized_keys'
        ? `unknown field${iss.keys.length > 1 ? 's' : ''} ${iss.keys.map((k) => `"${k}"`).join(', ')}; allowed: ${Object.keys(shape).join(', ')}`
        : undefined,
  });
}

/** Quotes a value for an error message, whatever its type. */
export function shown(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}

/** The shape of a date, YYYY-MM-DD with a month 01-12 and a day 01-31 (the browser editor checks it too). */
export const isoDatePattern = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * A calendar date written `YYYY-MM-DD` that really exists (`2025-02-29` is refused).
 * Kept as the string: a date here is a day in Indonesia, never a moment in UTC.
 */
export const isoDate = z
  .string({ error: (iss) => `must be a date written YYYY-MM-DD, found ${shown(iss.input)}` })
  // The pattern (also the editor's, see src/lib/cms/) catches most mistakes; the check after it, days such as 2025-02-30.
  .regex(isoDatePattern, {
    abort: true,
    error: (iss) => `must be a real calendar date written YYYY-MM-DD, found ${shown(iss.input)}`,
  })
  .refine((value) => z.iso.date().safeParse(value).success, {
    error: (iss) => `must be a real calendar date written YYYY-MM-DD, found ${shown(iss.input)}`,
  });

/** A web address that starts with https:// (plain http leaks what readers read). */
export const httpsUrl = z
  .string()
  .regex(/^https:\/\/[^\s/?#]+\S*$/, { abort: true, error: (iss) => `must be a full https:// address, found ${shown(iss.input)}` })
  .refine((value) => z.url({ protocol: /^https$/ }).safeParse(value).success, {
    error: (iss) => `must be a full https:// address, found ${shown(iss.input)}`,
  });

/** Text per language; Indonesian (`id`) is required, other shipped languages optional. */
export const localizedText = z
  .object({ id: z.string({ error: 'needs the Indonesian text under "id"' }).trim().min(1, 'must not be empty') })
  .catchall(z.string().trim().min(1, 'must not be empty'))
  .superRefine((value, ctx) => {
    for (const key of Object.keys(value)) {
      if (!(locales as readonly string[]).includes(key)) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `"${key}" is not a shipped language; allowed: ${locales.join(', ')}`,
          input: value,
        });
      }
    }
  });

/** A phone number a reader can dial (see `phoneRule`). */
export const phoneNumber = z.string().refine((value) => parsePhone(value) !== undefined, {
  error: (iss) => `must be ${phoneRule}; found ${shown(iss.input)}`,
});

/** Where a fact was published, cited at the end of the page that uses it. */
export const sourceSchema = record({
  /** The title of the document or article. */
  title: z.string().trim().min(1),
  /** Its address; https only. */
  url: httpsUrl,
  /** Who published it: a ministry, an agency, a news outlet. */
  publisher: z.string().trim().min(1),
  /** When an editor last read it, YYYY-MM-DD. */
  accessedAt: isoDate,
});

export type Source = z.infer<typeof sourceSchema>;

/** A WhatsApp line: a mobile (08...) or international number. */
export const whatsappNumber = phoneNumber.refine(isWhatsappNumber, {
  error: (iss) => `must be a mobile (08...) or international number, found ${shown(iss.input)}`,
});

/** Public e-mail. */
export const emailAddress = z.email({ error: (iss) => `must be an e-mail address, found ${shown(iss.input)}` });

/** Where a record's contacts may come from: the one rule for offices, agencies and companies. */
export const contactRule =
  "is published only from an official source: add a source on a .go.id site (such as the office's own *.imigrasi.go.id page), or leave the field out";

/**
 * The one contact rule, for every record that can carry a phone, WhatsApp, e-mail or
 * opening hours (offices, agencies, companies): fraudsters run look-alike sites with
 * fake numbers, so such a field is published only when the record cites an official
 * source (`src/lib/sources.ts`). Each field given without one is an issue naming the
 * field and its value. Use as `.superRefine(officialContacts(['phone', ...]))`.
 */
export function officialContacts<Field extends string>(fields: readonly Field[]) {
  return (data: { sources: readonly Source[] } & Partial<Record<Field, unknown>>, ctx: z.RefinementCtx) => {
    if (data.sources.some((s) => isOfficialSource(s.url))) return;
    for (const field of fields) {
      const value = data[field];
      if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
      const what = field === 'hours' ? 'list of opening hours' : field;
      ctx.addIssue({ code: 'custom', path: [field], input: value, message: `a ${what} (found ${shown(value)}) ${contactRule}` });
    }
  };
}
