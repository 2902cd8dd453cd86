import { z } from 'astro/zod';
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

/** Kinds of agencies (other than immigration offices) that guides point readers to. */
export const agencyKinds = ['bp3mi', 'ltsa', 'embassy', 'consulate', 'ministry', 'service'] as const;
export type AgencyKind = (typeof agencyKinds)[number];

/**
 * An agency a guide sends readers to (`content/agencies/<id>.yaml`): a BP3MI or LTSA
 * office, an Indonesian embassy or consulate, a ministry's public service. Typed once
 * here and rendered wherever a guide needs it; a contact no source gives is left out and
 * the page says it is not published. Contacts follow the one rule of `officialContacts`.
 */
export const agencySchema = record({
  /** BP3MI, LTSA, embassy, consulate, ministry or an online service (`service`). */
  kind: z.enum(agencyKinds, { error: (iss) => `must be one of ${agencyKinds.join(', ')}; found ${shown(iss.input)}` }),
  /** Its name, per language. */
  name: localizedText,
  /** Who or where it serves: `Jawa Tengah`, `Malaysia (Semenanjung)`. */
  area: localizedText.optional(),
  /** For an embassy or consulate: the country it is in, ISO 3166 alpha-2 (`MY`). */
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'must be a two-letter country code, e.g. MY')
    .optional(),
  /** Street address, as published. */
  address: z.string().trim().min(1).optional(),
  /** Public phone, from an official source. */
  phone: phoneNumber.optional(),
  /** Public WhatsApp line, from an official source. */
  whatsapp: whatsappNumber.optional(),
  /** Public e-mail, from an official source. */
  email: emailAddress.optional(),
  /** Its official website, https. */
  website: httpsUrl.optional(),
  /** Where the details were published. */
  sources: z.array(sourceSchema).min(1, 'needs at least one source'),
  /** When an editor last checked the details, YYYY-MM-DD. */
  reviewedAt: isoDate,
}).superRefine(officialContacts(['phone', 'whatsapp', 'email']));

export type Agency = z.infer<typeof agencySchema>;
