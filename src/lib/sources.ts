/**
 * Which sources may vouch for a contact. Fraudsters run look-alike sites
 * (`imigrasi<town>.id`, `.com`, blogs) with fake WhatsApp numbers, so an office's phone,
 * WhatsApp, e-mail or opening hours are published only when its record cites an
 * official government site: a host under `.go.id` (the office's own `*.imigrasi.go.id`,
 * the ministry, a regency).
 */
export function isOfficialSource(url: string): boolean {
  const host = new URL(url).hostname;
  return host === 'go.id' || host.endsWith('.go.id');
}
