import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { root, tmpDir } from '../helpers/paths.ts';

/**
 * The catalogue of bad content: each case breaks one thing in a small copy of
 * content/ and expects the build to fail with a message that names the file, the
 * field, the value found and what is allowed. Schema errors show at `astro sync`;
 * errors found while making pages need `astro build`.
 */

interface Case {
  name: string;
  command: 'sync' | 'build';
  /** Breaks the copy in `dir`. */
  breakIt(dir: string): void;
  /** Everything the message must say. */
  expected: (string | RegExp)[];
}

const edit = (file: string, from: string | RegExp, to: string) => {
  const text = readFileSync(file, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`test set-up: ${String(from)} not found in ${file}`);
  writeFileSync(file, next);
};

const village = 'villages/53.01.16.2007.yaml';
const guide = 'guides/id/paspor/syarat.mdx';

const cases: Case[] = [
  {
    name: 'an unknown area code',
    command: 'sync',
    breakIt: (dir) => {
      edit(`${dir}/${village}`, '"53.01.16.2007"', '"53.01.16.2999"');
      renameSync(`${dir}/${village}`, `${dir}/villages/53.01.16.2999.yaml`);
    },
    expected: ['villages/53.01.16.2999.yaml', 'code', '"53.01.16.2999" is not a village in the Kemendagri area data'],
  },
  {
    name: 'a real code in a file named for another village',
    command: 'sync',
    breakIt: (dir) => renameSync(`${dir}/${village}`, `${dir}/villages/53.01.08.2013.yaml`),
    expected: ['villages/53.01.08.2013.yaml', 'field "code" is "53.01.16.2007"', 'must be named by its code'],
  },
  {
    name: 'a village whose office does not exist',
    command: 'build',
    breakIt: (dir) => edit(`${dir}/${village}`, 'office: kanim-kupang', 'office: kanim-kupangg'),
    expected: ['content/villages/53.01.16.2007.yaml: field "office": no office "kanim-kupangg" in content/offices/'],
  },
  {
    name: 'an impossible date',
    command: 'sync',
    breakIt: (dir) => edit(`${dir}/${village}`, 'designatedAt: "2024-11-04"', 'designatedAt: 2025-13-45'),
    expected: ['villages/53.01.16.2007.yaml', 'designatedAt', 'found "2025-13-45"', 'YYYY-MM-DD'],
  },
  {
    name: 'a guide without sources',
    command: 'sync',
    breakIt: (dir) => edit(`${dir}/${guide}`, /\nsources:[\s\S]*?\n---/, '\n---'),
    expected: ['guides/id/paspor/syarat.mdx', 'sources', 'at least one source'],
  },
  {
    name: 'a guide without a review date',
    command: 'sync',
    breakIt: (dir) => edit(`${dir}/${guide}`, /\nreviewedAt: .*/, ''),
    expected: ['guides/id/paspor/syarat.mdx', 'reviewedAt', 'YYYY-MM-DD'],
  },
  {
    name: 'a source address that is not https',
    command: 'sync',
    breakIt: (dir) => edit(`${dir}/${guide}`, /url: https:\/\//, 'url: http://'),
    expected: ['guides/id/paspor/syarat.mdx', 'sources.0.url', 'must be a full https:// address, found "http://'],
  },
  {
    name: 'a description over 160 characters',
    command: 'sync',
    breakIt: (dir) => edit(`${dir}/${guide}`, /\ndescription: .*/, `\ndescription: ${'Panjang sekali. '.repeat(11)}`),
    expected: ['guides/id/paspor/syarat.mdx', 'description', 'at most 160 characters; this one has 175'],
  },
  {
    name: 'two guides at one address',
    command: 'build',
    breakIt: (dir) => cpSync(`${dir}/${guide}`, `${dir}/guides/id/paspor/syarat/index.mdx`),
    expected: ['content/guides/id/paspor/syarat/index.mdx and content/guides/id/paspor/syarat.mdx both make the page /paspor/syarat/'],
  },
  {
    name: 'a help-line number that cannot be dialled',
    command: 'sync',
    breakIt: (dir) => edit(`${dir}/helplines.yaml`, 'number: 0800-1000', 'number: 0800-10OO'),
    expected: ['helplines.yaml', 'channels.0.number', 'found "0800-10OO"', 'a national number starting with 0'],
  },
  {
    name: 'an office phone number without an official source',
    command: 'sync',
    breakIt: (dir) => appendFileSync(`${dir}/offices/kanim-cilacap.yaml`, 'phone: "(0282) 123456"\n'),
    expected: ['offices/kanim-cilacap.yaml', 'phone', '"(0282) 123456"', 'published only from an official source', '.go.id'],
  },
  {
    name: 'an agency phone number from a look-alike site',
    command: 'sync',
    breakIt: (dir) => {
      cpSync(`${root}content/agencies/bp3mi-bali.yaml`, `${dir}/agencies/bp3mi-bali.yaml`);
      edit(`${dir}/agencies/bp3mi-bali.yaml`, /sources:\n/, 'phone: "(0361) 123456"\nsources:\n');
      edit(`${dir}/agencies/bp3mi-bali.yaml`, /url: .*\n/g, 'url: "https://bp3mibali.id/kontak"\n');
    },
    expected: ['agencies/bp3mi-bali.yaml', 'phone', '"(0361) 123456"', 'published only from an official source', '.go.id'],
  },
  {
    name: 'malformed YAML',
    command: 'sync',
    breakIt: (dir) => appendFileSync(`${dir}/${village}`, 'notes: [unclosed\n'),
    expected: ['villages/53.01.16.2007.yaml', /YAML|yaml/],
  },
  {
    name: 'a guide filed under another topic',
    command: 'build',
    breakIt: (dir) => edit(`${dir}/${guide}`, 'topic: paspor', 'topic: bantuan'),
    expected: ['content/guides/id/paspor/syarat.mdx', 'field "topic" is "bantuan"', 'in the folder of its topic'],
  },
  {
    name: 'an officer with a phone number',
    command: 'sync',
    breakIt: (dir) => appendFileSync(`${dir}/officers/pimpasa-kanim-kupang.yaml`, 'phone: 0812-3456-7890\n'),
    expected: ['pimpasa-kanim-kupang', 'unknown field "phone"; allowed: name, role, office, example'],
  },
];

/**
 * A small, valid content folder: help lines, fees, two offices, an example officer and
 * village (from demo/), and a few guides. (UI strings are typed code, checked by the
 * type check and by tests/site/third-language.test.ts.)
 */
function smallContent(dir: string) {
  rmSync(dir, { recursive: true, force: true });
  for (const folder of [
    'offices',
    'officers',
    'villages',
    'agencies',
    'companies',
    'guides/id/paspor',
    'guides/en/paspor',
    'guides/id/bantuan',
  ]) {
    mkdirSync(`${dir}/${folder}`, { recursive: true });
  }
  for (const file of [
    'helplines.yaml',
    'fees.yaml',
    'offices/kanim-kupang.yaml',
    'offices/kanim-cilacap.yaml',
    'companies/putri-samawa-mandiri.yaml',
    'agencies/siskop2mi.yaml',
    'guides/id/paspor/syarat.mdx',
    'guides/en/paspor/syarat.mdx',
    'guides/id/paspor/index.mdx',
    'guides/id/bantuan/index.mdx',
  ]) {
    cpSync(`${root}content/${file}`, `${dir}/${file}`);
  }
  for (const file of ['officers/pimpasa-kanim-kupang.yaml', village]) cpSync(`${root}demo/${file}`, `${dir}/${file}`);
}

function run(command: 'sync' | 'build', dir: string) {
  const result = spawnSync(process.execPath, [`${root}node_modules/astro/bin/astro.mjs`, command], {
    cwd: root,
    env: { ...process.env, CONTENT_DIR: dir, OUT_DIR: `${dir}-dist`, NO_COLOR: '1', FORCE_COLOR: '0' },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('bad content is refused, clearly', () => {
  it('builds the small valid content folder the cases start from', () => {
    const dir = `${tmpDir}bad-content/valid`;
    smallContent(dir);
    const result = run('build', dir);
    expect(result.status, result.output.slice(-2000)).toBe(0);
  }, 120_000);

  it.each(cases)(
    '$name',
    ({ command, breakIt, expected, name }) => {
      const dir = `${tmpDir}bad-content/${name.replace(/[^a-z0-9]+/gi, '-')}`;
      smallContent(dir);
      breakIt(dir);
      const result = run(command, dir);
      expect(result.status, result.output.slice(-1500)).not.toBe(0);
      for (const part of expected) {
        if (typeof part === 'string') expect(result.output).toContain(part);
        else expect(result.output).toMatch(part);
      }
    },
    120_000,
  );
});
