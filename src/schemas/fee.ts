import { z } from 'astro/zod';
import { isoDate, localizedText, record, sourceSchema } from './common.ts';

/** An official state fee (PNBP), from `content/fees.yaml`. */
export const feeSchema = record({
  /** Short id authors use in guides: `<Fee id="paspor-elektronik-10" />`. */
  id: z.string().regex(/^[a-z0-9-]+$/, 'must be lowercase letters, digits and dashes'),
  /** What the fee is for. */
  name: localizedText,
  /** Amount in rupiah, a whole number. */
  amount: z.number().int().nonnegative(),
  /** The regulation that sets it: `PP 45/2024`. */
  regulation: z.string().trim().min(1),
  /** From when it applies, if confirmed, YYYY-MM-DD. */
  effectiveFrom: isoDate.optional(),
  /** What an editor could not confirm, said plainly on the page. */
  caveat: localizedText.optional(),
  /** Where it was published. */
  sources: z.array(sourceSchema).min(1, 'needs at least one source'),
  /** When an editor last checked it, YYYY-MM-DD. */
  reviewedAt: isoDate,
});

export type Fee = z.infer<typeof feeSchema>;
