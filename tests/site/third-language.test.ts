import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { root, tmpDir } from '../helpers/paths.ts';

/**
 * Adding a language is the three steps of docs/editing.en.md (Add a language) and nothing else: a guides folder, a
 * UI-strings file, one line in src/lib/languages.ts. This test does exactly those three
 * steps in a copy of the project, with a test-only language (Javanese, `jv`, its strings
 * copied from English and marked draft), builds it, and checks that everything that
 * depends on the language list follows: addresses, the switcher, hreflang, the 404 page,
 * dates, the fallback of an untranslated guide, the search index.
 */
const copy = `${tmpDir}third-language/`;
const dist = `${copy}dist/`;
const code = 'jv';
let build: { status: number | null; output: string };

function project(dir: string) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const part of ['src', 'content', 'scripts', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(`${root}${part}`, `${dir}${part}`, { recursive: true });
  }
  symlinkSync(`${root}node_modules`, `${dir}node_modules`, 'dir');
}

/** The three steps of docs/editing.en.md. */
function addLanguage(dir: string, strings: (english: Record<string, unknown>) => Record<string, unknown>) {
  mkdirSync(`${dir}content/guides/${code}/paspor`, { recursive: true });
  const guide = readFileSync(`${dir}content/guides/en/paspor/syarat.mdx`, 'utf8').replace(
    /^title: .*$/m,
    'title: Syarat paspor (basa Jawa, uji coba)',
  );
  writeFileSync(`${dir}content/guides/${code}/paspor/syarat.mdx`, guide);
  const english = JSON.parse(readFileSync(`${dir}content/i18n/en.json`, 'utf8')) as Record<string, unknown>;
  writeFileSync(`${dir}content/i18n/${code}.json`, JSON.stringify(strings({ ...english, name: 'Basa Jawa', status: 'draft' }), null, 2));
  const languages = `${dir}src/lib/languages.ts`;
  writeFileSync(
    languages,
    `${readFileSync(languages, 'utf8')}export { default as ${code} } from '../../content/i18n/${code}.json' with { type: 'json' };\n`,
  );
}

function run(dir: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, args, {
    cwd: dir,
    env: { ...process.env, ...env, OUT_DIR: `${dir}dist`, NO_COLOR: '1', FORCE_COLOR: '0' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

const page = (address: string) => parse(readFileSync(`${dist}${address.endsWith('/') ? `${address}index.html` : address}`, 'utf8'));

describe('a third language, added in three steps', () => {
  beforeAll(() => {
    project(copy);
    addLanguage(copy, (strings) => strings);
    build = run(copy, ['scripts/build.ts']);
  }, 600_000);

  it('builds', () => {
    expect(build.status, build.output.slice(-3000)).toBe(0);
  });

  it('serves its own guide under /jv/ and falls back to Indonesian for the others', () => {
    const own = page(`/${code}/paspor/syarat/`);
    expect(own.querySelector('html')?.getAttribute('lang')).toBe(code);
    expect(own.querySelector('h1')?.text).toBe('Syarat paspor (basa Jawa, uji coba)');
    const fallback = page(`/${code}/paspor/biaya/`);
    expect(fallback.querySelector('main')?.getAttribute('lang')).toBe('id');
    expect(fallback.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(/\/paspor\/biaya\/$/);
    // Dates are written by Intl for the language.
    const reviewed = own.querySelector('.sources time')?.text ?? '';
    expect(reviewed).toBe(
      new Intl.DateTimeFormat(code, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
        new Date(`${own.querySelector('.sources time')?.getAttribute('datetime')}T00:00:00Z`),
      ),
    );
  });

  it('is linked by the switcher and hreflang of every language, and has its own 404 page and search index', () => {
    const indonesian = page('/paspor/syarat/');
    expect(indonesian.querySelectorAll('link[rel="alternate"]').map((l) => l.getAttribute('hreflang'))).toContain(code);
    expect(indonesian.querySelectorAll('.lang-switch a').map((a) => a.getAttribute('href'))).toContain(`/${code}/paspor/syarat/`);
    expect(page(`/${code}/404.html`).querySelector('html')?.getAttribute('lang')).toBe(code);
    expect(existsSync(`${dist}pagefind/${code}/pagefind-entry.json`)).toBe(true);
    expect(readFileSync(`${dist}sitemap-0.xml`, 'utf8')).toContain(`/${code}/paspor/syarat/`);
  });

  it('gives the village import a notes column for it', async () => {
    const { importColumns } = (await import(`${copy}scripts/lib/village-import.ts`)) as { importColumns: Record<string, string> };
    expect(importColumns[`notes_${code}`]).toBe('optional: local notes in Javanese');
  });

  it('refuses a strings file that lacks a key, naming the file and the key', () => {
    const broken = `${tmpDir}third-language-broken/`;
    project(broken);
    addLanguage(broken, (strings) => {
      const { 'nav.help': _gone, ...rest } = strings.strings as Record<string, unknown>;
      return { ...strings, strings: rest };
    });
    const result = run(broken, ['node_modules/astro/bin/astro.mjs', 'build']);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(`content/i18n/${code}.json: strings missing (present in id.json): nav.help`);
    // The type check says the same before any build.
    const typeCheck = run(broken, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', 'tsconfig.json']);
    expect(typeCheck.status).not.toBe(0);
    expect(typeCheck.output).toMatch(/uiKeysMatch|missing: "nav\.help"/);
  }, 600_000);
});
