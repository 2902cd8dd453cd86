import { z } from 'astro/zod';
import { isoDate, record, shown, sourceSchema } from './common.ts';

/** The topics guides are grouped in; each is also the first part of a guide's address. */
export const topics = ['paspor', 'migrasi-aman', 'desa-binaan', 'bantuan'] as const;
export type Topic = (typeof topics)[number];

/** One question and answer, for FAQ pages (also published as FAQPage structured data). */
export const faqItemSchema = record({
  /** The question as a reader would ask it. */
  q: z.string().trim().min(1),
  /** A short plain-text answer; the page body may say more. */
  a: z.string().trim().min(1),
});

/** One step of a step-by-step road. */
export const roadStepSchema = record({
  /** What to do, the action first: `Cari lowongan resmi`. */
  title: z.string().trim().min(1).max(80),
  /** One or two sentences: what happens, where, what it costs. */
  summary: z.string().trim().min(1),
  /** The guide that explains the step: `<topic>/<slug>`, or `<topic>` for a topic's index page. */
  guide: z.string().regex(/^[a-z0-9-]+(\/[a-z0-9-]+)?$/, {
    error: (iss) => `must be a guide address written <topic>/<slug> (e.g. migrasi-aman/cek-perusahaan), found ${shown(iss.input)}`,
  }),
});

export type RoadStep = z.infer<typeof roadStepSchema>;

/** The front matter of a guide (`content/guides/<locale>/<topic>/<slug>.mdx`). */
export const guideSchema = record({
  /** The question the page answers, short: it is the page title and the link text. */
  title: z.string().trim().min(1).max(70, 'must be at most 70 characters, so search results show it whole'),
  /** One or two sentences for search results and link previews. */
  description: z
    .string()
    .trim()
    .min(1)
    .max(160, { error: (iss) => `must be at most 160 characters; this one has ${String(iss.input).length}` }),
  /** The topic this guide belongs to. */
  topic: z.enum(topics, { error: (iss) => `must be one of ${topics.join(', ')}; found ${shown(iss.input)}` }),
  /** Position in the topic's list; lower comes first. */
  order: z.number().int().default(100),
  /** Where every fact on the page comes from; at least one. */
  sources: z
    .array(sourceSchema, { error: 'is required: list at least one source (title, url, publisher, accessedAt)' })
    .min(1, 'needs at least one source'),
  /** When an editor last checked the page against its sources, YYYY-MM-DD. */
  reviewedAt: isoDate,
  /** `draft` while a translation is not yet checked by a fluent reader; the page says so. */
  status: z.enum(['published', 'draft']).default('published'),
  /** Questions and answers, for FAQ pages. */
  faq: z.array(faqItemSchema).optional(),
  /** Which structured-data service this page describes, if any (passport guides). */
  service: z.enum(['passport']).optional(),
  /**
   * The words readers type for this subject, in the guide's language: old terms (TKI),
   * everyday words, destination countries. Handed to Pagefind at build with the title's
   * weight (src/integrations/search-index.ts); no page holds them.
   */
  searchWords: z.array(z.string().trim().min(1)).default([]),
  /**
   * A step-by-step road (GOV.UK's pattern): each step names the guide that explains it,
   * and every guide named shows "part of" this road with its step number.
   */
  road: z.array(roadStepSchema).min(2, 'a road needs at least two steps').optional(),
});

export type GuideData = z.infer<typeof guideSchema>;
