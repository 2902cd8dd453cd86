import { z } from 'astro/zod';
import { isoDate, localizedText, record, shown, sourceSchema } from './common.ts';

/** What a decision did to a company's licence or placement activities. */
export const decisionActions = ['suspended', 'revoked', 'lifted'] as const;
export type DecisionAction = (typeof decisionActions)[number];

/**
 * What a decision's `date` is, as the source gives it: the day it was signed, the day it
 * took effect, the day the ministry announced it, or the day an official said it had been
 * made (when its own date was not published).
 */
export const dateMeanings = ['signed', 'effective', 'announced', 'reported'] as const;
export type DateMeaning = (typeof dateMeanings)[number];

/** One published decision about a company, as the source reports it, never more. */
export const decisionSchema = record({
  /** `suspended` (placement activities stopped for a time), `revoked` (licence taken away) or `lifted` (suspension ended early). */
  action: z.enum(decisionActions, {
    error: (iss) => `must be one of ${decisionActions.join(', ')}; found ${shown(iss.input)}`,
  }),
  /** The decision's number as the source prints it; left out when no source publishes it. */
  number: z.string().trim().min(1).optional(),
  /** Its date, YYYY-MM-DD; see `dateMeaning` for what that date is. */
  date: isoDate,
  /** What `date` is: `signed`, `effective`, `announced` or `reported`. */
  dateMeaning: z.enum(dateMeanings, {
    error: (iss) => `must be one of ${dateMeanings.join(', ')}; found ${shown(iss.input)}`,
  }),
  /** For a suspension: its length in months, when the source gives it. */
  months: z.number().int().positive().max(60).optional(),
  /** For a suspension: its last day, when the source gives it (wins over `months`). */
  until: isoDate.optional(),
  /** Who made the decision, per language: `Menteri P2MI`, `Direktur Jenderal Pelindungan, KP2MI`. */
  authority: localizedText,
  /** What the source says the decision is for, in plain words, attributed ("According to the ministry, ..."). */
  reason: localizedText.optional(),
  /** An official page or an established news outlet that reports the decision. */
  sources: z.array(sourceSchema).min(1, 'needs at least one source that reports the decision'),
});

export type Decision = z.infer<typeof decisionSchema>;

/**
 * A recruitment company (P3MI, formerly PPTKIS) whose licence a ministry suspended or
 * revoked, in `content/companies/<slug>.yaml`: its name as the decision prints it and the
 * decisions in the order they were made. Only published decisions enter; the list is not
 * a list of licensed companies.
 */
export const companySchema = record({
  /** The company's name exactly as the decision or the report prints it: `PT Putri Samawa Mandiri`. */
  name: z.string().trim().min(4, 'must be the company name as printed, e.g. "PT Putri Samawa Mandiri"'),
  /** Other spellings and short names reports use (`PT PSM`), so search finds them too. */
  otherNames: z.array(z.string().trim().min(2)).default([]),
  /** Where the company's office is, as reported: `Bekasi Selatan, Kota Bekasi, Jawa Barat`. */
  town: z.string().trim().min(1).optional(),
  /** The decisions, oldest first. */
  decisions: z
    .array(decisionSchema)
    .min(1, 'needs at least one decision')
    .superRefine((list, ctx) => {
      list.forEach((d, i) => {
        const before = list[i - 1];
        if (before && d.date < before.date) {
          ctx.addIssue({
            code: 'custom',
            path: [i, 'date'],
            message: `decisions must be oldest first: ${shown(d.date)} comes after ${shown(before.date)}`,
            input: d.date,
          });
        }
        if (d.action !== 'suspended' && (d.months !== undefined || d.until !== undefined)) {
          ctx.addIssue({
            code: 'custom',
            path: [i, d.months !== undefined ? 'months' : 'until'],
            message: `only a suspension has a length; this decision is ${shown(d.action)}`,
            input: d.months ?? d.until,
          });
        }
        if (d.until !== undefined && d.until < d.date) {
          ctx.addIssue({
            code: 'custom',
            path: [i, 'until'],
            message: `the suspension cannot end (${shown(d.until)}) before its date (${shown(d.date)})`,
            input: d.until,
          });
        }
      });
    }),
  /** When an editor last checked the decisions against their sources and looked for newer ones, YYYY-MM-DD. */
  reviewedAt: isoDate,
});

export type Company = z.infer<typeof companySchema>;
