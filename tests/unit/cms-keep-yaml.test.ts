import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { keepYaml, rawKey, readMdx, readYaml, writeMdx } from '../../src/lib/cms/keep-yaml.ts';
import { root } from '../helpers/paths.ts';

/** What the editor's formats do with the files of content/ (src/admin/setup.ts). */

const files = (dir: string, ext: string): string[] =>
  readdirSync(`${root}${dir}`, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith(ext))
    .map((f) => `${dir}/${f}`);

describe('records written back as they were', () => {
  const yamlFiles = [
    ...files('content/villages', '.yaml'),
    ...files('content/offices', '.yaml'),
    'content/helplines.yaml',
    'content/fees.yaml',
  ];

  it('every YAML file of content/ reads and writes back byte for byte', () => {
    expect(yamlFiles.length).toBeGreaterThan(100);
    for (const file of yamlFiles) {
      const text = readFileSync(`${root}${file}`, 'utf8');
      expect.soft(keepYaml(text, readYaml(text)), file).toBe(text);
    }
  });

  it('every guide reads and writes back byte for byte', () => {
    const guides = files('content/guides', '.mdx');
    expect(guides.length).toBeGreaterThan(20);
    for (const file of guides) {
      const text = readFileSync(`${root}${file}`, 'utf8');
      const { data, frontMatter, body } = readMdx(text);
      expect.soft(writeMdx(frontMatter, data, body), file).toBe(text);
    }
  });

  it('an added session is the only change, in the file’s own quotes; empty fields stay out', () => {
    const text = '# a comment\ncode: "53.01.16.2007"\noffice: kanim-kupang\ndesignatedAt: "2024-11-04"\n';
    const record = { ...(readYaml(text) as object), [rawKey]: text, officers: [], notes: { id: '' } };
    const session = { date: '2026-12-15', start: '09:00', end: '', place: { id: 'Balai desa', en: '' }, topic: { id: 'Paspor' } };
    expect(keepYaml(text, { ...record, sessions: [session] })).toBe(
      `${text}sessions:\n  - date: "2026-12-15"\n    start: "09:00"\n    place:\n      id: Balai desa\n    topic:\n      id: Paspor\n`,
    );
  });

  it('a changed value keeps its quotes and its neighbours', () => {
    const text = "name: Kantor\nregency: '53.71'\nserves:\n- '53.71'\n- '53.01'\nreviewedAt: '2026-12-01'\n";
    const record = readYaml(text) as Record<string, unknown>;
    expect(keepYaml(text, { ...record, reviewedAt: '2026-12-02', serves: ['53.71', '53.01', '53.02'] })).toBe(
      "name: Kantor\nregency: '53.71'\nserves:\n- '53.71'\n- '53.01'\n- '53.02'\nreviewedAt: '2026-12-02'\n",
    );
  });
});
