/** The production address; set SITE_URL when deploying (see docs/deploying.md). */
export const siteUrl = process.env.SITE_URL ?? 'https://desabinaan.example';
