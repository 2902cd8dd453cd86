import { z } from 'astro/zod';
import { isWhatsappNumber } from '../lib/phone.ts';
import { isoDate, localizedText, phoneNumber, record, shown, sourceSchema } from './common.ts';

/** One way to reach a help line. */
export const channelSchema = z
  .strictObject({
    /** `phone` for a call, `whatsapp` for a WhatsApp chat. */
    kind: z.enum(['phone', 'whatsapp']),
    /** The number as readers should see it. */
    number: phoneNumber,
    /** Where it can be called from. */
    from: z.enum(['indonesia', 'abroad', 'anywhere']).default('anywhere'),
    /** True when the call is free of charge. */
    free: z.boolean().default(false),
  })
  .superRefine((channel, ctx) => {
    if (channel.kind === 'whatsapp' && !isWhatsappNumber(channel.number)) {
      ctx.addIssue({
        code: 'custom',
        path: ['number'],
        input: channel.number,
        message: `a WhatsApp number must be a mobile (08...) or international number, found ${shown(channel.number)}`,
      });
    }
  });

/** A help line (`content/helplines.yaml`, one item per line). */
export const helplineSchema = record({
  /** Short id, used to pick lines on a page: `kp2mi`. */
  id: z.string().regex(/^[a-z0-9-]+$/, 'must be lowercase letters, digits and dashes'),
  /** Who answers: the institution's name. */
  name: localizedText,
  /** Who the line is for and what to call about. */
  purpose: localizedText,
  /** When it answers, if published. */
  hours: localizedText.optional(),
  /** Numbers to call or message. */
  channels: z.array(channelSchema).min(1, 'needs at least one number'),
  /** What an editor could not confirm about the numbers, said plainly next to them. */
  caveat: localizedText.optional(),
  /** Shown in the page footer and on posters. */
  key: z.boolean().default(false),
  /** Where the numbers were published. */
  sources: z.array(sourceSchema).min(1, 'needs at least one source for the numbers'),
  /** When an editor last checked the numbers, YYYY-MM-DD. */
  reviewedAt: isoDate,
});

export type Helpline = z.infer<typeof helplineSchema>;
