/** True when `host` is `domain` or one of its subdomains: `travel.kompas.com` is under `kompas.com`. */
export function isUnderDomain(host: string, domain: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  const d = domain.toLowerCase();
  return h === d || h.endsWith(`.${d}`);
}

/** The allow-list entry that covers `host`, if any. */
export function allowedBy(host: string, allowList: readonly string[]): string | undefined {
  return allowList.find((domain) => isUnderDomain(host, domain));
}
