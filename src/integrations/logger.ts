import type { AstroIntegrationLogger } from 'astro';

/**
 * What the build steps log with: Astro's own integration logger's `info` (at
 * `astro:build:done`), or scripts/build.ts's line printer, which has the same type.
 */
export type Log = AstroIntegrationLogger['info'];
