import { z } from 'astro/zod';
import { record } from './common.ts';

const form = z.string().trim().min(1, 'must not be empty');

/** A count: one text per plural category the language uses (`Intl.PluralRules`); `other` always. */
const pluralText = record({
  zero: form.optional(),
  one: form.optional(),
  two: form.optional(),
  few: form.optional(),
  many: form.optional(),
  other: form,
});

/** A language's UI strings (`content/i18n/<locale>.json`). */
export const uiStringsSchema = record({
  /** The language's own name, for the language switcher: `English`. */
  name: z.string().trim().min(1),
  /** `draft` while no fluent reader has checked the strings; pages then say so. */
  status: z.enum(['complete', 'draft']).default('complete'),
  /** Dotted keys to text (`{name}` marks a value filled in by the page) or to a count's forms. */
  strings: z.record(z.string().regex(/^[a-z0-9.-]+$/i, 'keys are letters, digits, dots and dashes'), z.union([z.string(), pluralText])),
});

export type UiStringsFile = z.infer<typeof uiStringsSchema>;
