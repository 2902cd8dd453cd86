import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headsFromJson, headsToJson, htmlPages, readPageHeads } from '../../src/integrations/page-heads.ts';
import { tmpDir } from '../helpers/paths.ts';

const site = 'https://desabinaan.example';
const head = (address: string, extra = '') =>
  `<html><head><link rel="canonical" href="${site}${address}">${extra}` +
  `<meta http-equiv="content-security-policy" content="default-src &#39;self&#39;"></head><body></body></html>`;

describe('page heads', () => {
  const out = `${tmpDir}page-heads/`;
  rmSync(out, { recursive: true, force: true });
  mkdirSync(`${out}paspor`, { recursive: true });
  mkdirSync(`${out}data`, { recursive: true });
  writeFileSync(
    `${out}index.html`,
    head('/', `<link rel="alternate" hreflang="id" href="${site}/"><link rel="alternate" hreflang="en" href="${site}/en/?a=1&amp;b=2">`),
  );
  writeFileSync(`${out}paspor/index.html`, head('/paspor/'));
  writeFileSync(`${out}404.html`, head('/404.html', '<meta name="robots" content="noindex">'));
  writeFileSync(`${out}data/villages.json`, '[]');

  it('reads the pages Astro names, skipping endpoints, also a 404 written as 404.html', async () => {
    const pages = await htmlPages(out, ['', 'paspor/', '404/', 'data/villages.json']);
    const heads = await readPageHeads(pages, site, () => {});
    expect([...heads.keys()].sort()).toEqual(['/', '/404.html', '/paspor/']);
    expect(heads.get('/')).toEqual({
      listed: true,
      csp: "default-src 'self'",
      alternates: [
        ['id', `${site}/`],
        ['en', `${site}/en/?a=1&b=2`],
      ],
    });
    expect(heads.get('/404.html')?.listed).toBe(false);
  });

  it('hands heads from one process to another as JSON without loss', async () => {
    const heads = await readPageHeads(await htmlPages(out, ['', 'paspor/', '404/']), site, () => {});
    expect(headsFromJson(headsToJson(heads))).toEqual(heads);
  });
});
