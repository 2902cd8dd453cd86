/**
 * Bulk import of program villages from a spreadsheet:
 *   npm run villages:import -- villages.csv [--content <folder>]
 * Writes content/villages/<code>.yaml for every row, but only when every row is valid;
 * otherwise writes nothing and lists every bad row. Re-importing the same file changes nothing.
 */
import { readFile, readdir, rename, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { contentDir } from '../src/lib/content-dir.ts';
import { loadAreaIndex } from '../src/lib/regions.ts';
import { formatErrors, planImport } from './lib/village-import.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { content: { type: 'string' } } });
const csvFile = positionals[0];
if (!csvFile) {
  console.error('usage: npm run villages:import -- <file.csv> [--content <folder>]');
  process.exit(2);
}
const contentFolder = values.content ?? contentDir();

const ids = async (folder: string) =>
  new Set((await readdir(`${contentFolder}/${folder}`).catch(() => [])).filter((f) => f.endsWith('.yaml')).map((f) => f.slice(0, -5)));

const csvText = await readFile(csvFile, 'utf8').catch((error: NodeJS.ErrnoException) => {
  console.error(`${csvFile}: cannot read the file (${error.code ?? error.message})`);
  process.exit(2);
});
const villageIds = await ids('villages');
const existing = new Map<string, string>();
for (const code of villageIds) existing.set(code, await readFile(`${contentFolder}/villages/${code}.yaml`, 'utf8'));

const plan = planImport(csvText, {
  areas: await loadAreaIndex(),
  officeIds: await ids('offices'),
  officerIds: await ids('officers'),
  existing,
});

if (!plan.ok) {
  console.error(formatErrors(csvFile, plan.errors));
  console.error(`\n${plan.errors.length} problem(s); nothing was written.`);
  process.exit(1);
}

const toWrite = plan.files.filter((f) => f.status !== 'unchanged');
// Write every file next to its target first, then move them all into place, so a
// failure part-way leaves no village half-written.
for (const file of toWrite) await writeFile(`${contentFolder}/villages/.${file.code}.yaml.tmp`, file.text);
for (const file of toWrite) await rename(`${contentFolder}/villages/.${file.code}.yaml.tmp`, `${contentFolder}/villages/${file.code}.yaml`);

const count = (status: string) => plan.files.filter((f) => f.status === status).length;
for (const file of toWrite) console.log(`${file.status}: ${contentFolder}/villages/${file.code}.yaml`);
console.log(`${count('added')} added, ${count('changed')} changed, ${count('unchanged')} unchanged.`);
if (toWrite.length === 0) console.log('Nothing changed: every village is already as in the file.');
