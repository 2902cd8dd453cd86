/** Decap's English interface text (the package has no types), the base the Indonesian one fills. */
declare module 'decap-cms-locales/dist/esm/en/index.js' {
  const en: Record<string, unknown>;
  export default en;
}
