import type { z } from 'astro/zod';

/** The issues of a failed parse as `path: message` lines, for readable assertions. */
export function issuesOf(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}
