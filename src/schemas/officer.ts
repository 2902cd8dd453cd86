import { z } from 'astro/zod';
import { localizedText, record } from './common.ts';

/**
 * A Pimpasa officer (`content/officers/<id>.yaml`), only as the program publishes them.
 * There is deliberately no phone field: readers contact the office, never a person's
 * private number, and an unknown field is an error.
 */
export function createOfficerSchema<Office extends z.ZodType>(officeRef: Office) {
  return record({
    /** The officer's name, only if the program has published it. */
    name: z.string().trim().min(1).optional(),
    /** The role as readers should see it: `Petugas Pimpasa Kanim Kupang`. */
    role: localizedText,
    /** Id of the office the officer works at. */
    office: officeRef,
    /** True while the record is an example, not confirmed program data. */
    example: z.boolean().default(false),
  });
}
