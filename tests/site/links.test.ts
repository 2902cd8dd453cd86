import { existsSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { allowedBy, isUnderDomain } from '../../src/lib/links.ts';
import { fileOf, htmlPages, readPage } from '../helpers/dist.ts';
import { root, siteUrl as site } from '../helpers/paths.ts';

const pages = htmlPages();
const allowList = Object.values(parseYaml(readFileSync(`${root}content/external-domains.yaml`, 'utf8')) as Record<string, string[]>).flat();

const idsCache = new Map<string, Set<string>>();
function idsOf(address: string): Set<string> {
  let ids = idsCache.get(address);
  if (!ids) {
    ids = new Set(
      readPage(address)
        .querySelectorAll('[id]')
        .map((el) => el.getAttribute('id')!),
    );
    idsCache.set(address, ids);
  }
  return ids;
}

function linksOf(address: string): string[] {
  const page = readPage(address);
  return [
    ...page.querySelectorAll('a[href]').map((a) => a.getAttribute('href')!),
    ...page.querySelectorAll('link[href]').map((l) => l.getAttribute('href')!),
    ...page.querySelectorAll('form[action]').map((f) => f.getAttribute('action')!),
  ];
}

describe('the allow list', () => {
  it('matches whole domain names only', () => {
    expect(isUnderDomain('travel.kompas.com', 'kompas.com')).toBe(true);
    expect(isUnderDomain('kompas.com.evil.example', 'kompas.com')).toBe(false);
    expect(isUnderDomain('notkompas.com', 'kompas.com')).toBe(false);
    expect(allowedBy('kp2mi.go.id', allowList)).toBe('go.id');
  });
});

describe.each(pages)('links on %s', (address) => {
  const links = linksOf(address);

  it('resolve inside the site, anchors included', () => {
    for (const href of links) {
      const url = new URL(href, `${site}${address}`);
      if (url.origin !== site) continue;
      const target = url.pathname;
      expect(existsSync(fileOf(target)), `${href} -> ${target}`).toBe(true);
      if (url.hash && target.endsWith('/')) expect(idsOf(target).has(decodeURIComponent(url.hash.slice(1))), href).toBe(true);
    }
  });

  it('go out only over https, and only to allowed domains', () => {
    for (const href of links) {
      if (/^(tel|mailto):/.test(href)) continue;
      const url = new URL(href, `${site}${address}`);
      if (url.origin === site) continue;
      expect(url.protocol, href).toBe('https:');
      expect(allowedBy(url.hostname, allowList), `${url.hostname} is not in content/external-domains.yaml`).toBeDefined();
    }
  });
});
