import { z } from 'astro/zod';
import { record, shown } from './common.ts';

/** What `address` may be, for the error message. */
export const reportAddressRule =
  'an e-mail address written mailto:name@example.go.id, a WhatsApp link https://wa.me/628..., ' +
  "or the https:// address of a Git host's new-issue form (ending in /issues/new)";

/** The kinds of address a report can go to. */
export type ReportKind = 'email' | 'whatsapp' | 'issue';

/** Which kind an address is, or nothing when it is none of them. */
export function reportKind(address: string): ReportKind | undefined {
  if (/^mailto:[^\s@?]+@[^\s@?]+\.[^\s@?]+$/.test(address)) return 'email';
  if (/^https:\/\/wa\.me\/\d{8,15}$/.test(address)) return 'whatsapp';
  if (/^https:\/\/[^\s/?#]+\/[^\s?#]+\/issues\/new$/.test(address)) return 'issue';
  return undefined;
}

/**
 * Where readers report a mistake on a page (`content/report.yaml`): the program's one
 * address. Left out (or empty) while it is not decided: the links then lead to the offices.
 */
export const reportSettingSchema = record({
  /** mailto:..., https://wa.me/<number> or a Git host's https://.../issues/new form; empty while not decided. */
  address: z
    .string()
    .trim()
    .refine((value) => value === '' || reportKind(value) !== undefined, {
      error: (iss) => `must be ${reportAddressRule}, or empty; found ${shown(iss.input)}`,
    })
    .nullish(),
});

export type ReportSetting = z.infer<typeof reportSettingSchema>;
