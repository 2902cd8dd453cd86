import { z } from 'astro/zod';
import { record } from './common.ts';

/** A language's UI strings (`content/i18n/<locale>.yaml`). */
export const uiStringsSchema = record({
  /** The language's own name, for the language switcher: `English`. */
  name: z.string().trim().min(1),
  /** `draft` while no fluent reader has checked the strings; pages then say so. */
  status: z.enum(['complete', 'draft']).default('complete'),
  /** Flat map of dotted keys to text; `{name}` marks a value filled in by the page. */
  strings: z.record(z.string().regex(/^[a-z0-9.-]+$/i, 'keys are letters, digits, dots and dashes'), z.string()),
});

export type UiStringsFile = z.infer<typeof uiStringsSchema>;
