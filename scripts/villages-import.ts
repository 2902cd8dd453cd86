/**
 * Bulk import of program villages from a spreadsheet, CSV or Excel (.xlsx, first sheet):
 *   npm run villages:import -- villages.xlsx [--content <folder>]
 * Writes content/villages/<code>.yaml for every row, but only when every cell of every row
 * is valid; otherwise writes nothing and lists every problem. Re-importing the same file
 * changes nothing.
 */
import { readFile, readdir, rename, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { contentDir } from '../src/lib/content-dir.ts';
import { loadAreaIndex } from '../src/lib/regions.ts';
import { formatErrors, ImportFileError, planImport, readSpreadsheet, type ImportSheet } from './lib/village-import.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { content: { type: 'string' } } });
const file = positionals[0];
if (!file) {
  console.error('usage: npm run villages:import -- <file.csv|file.xlsx> [--content <folder>]');
  process.exit(2);
}
const contentFolder = values.content ?? contentDir();

const ids = async (folder: string) =>
  new Set((await readdir(`${contentFolder}/${folder}`).catch(() => [])).filter((f) => f.endsWith('.yaml')).map((f) => f.slice(0, -5)));

const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => {
  console.error(`${file}: cannot read the file (${error.code ?? error.message})`);
  process.exit(2);
});
let sheet: ImportSheet;
try {
  sheet = await readSpreadsheet(file, bytes);
} catch (error) {
  if (!(error instanceof ImportFileError)) throw error;
  console.error(`${file}: ${error.message}; nothing was written.`);
  process.exit(2);
}
const villageIds = await ids('villages');
const existing = new Map<string, string>();
for (const code of villageIds) existing.set(code, await readFile(`${contentFolder}/villages/${code}.yaml`, 'utf8'));

const plan = planImport(sheet, {
  areas: await loadAreaIndex(),
  officeIds: await ids('offices'),
  officerIds: await ids('officers'),
  existing,
});

if (!plan.ok) {
  console.error(formatErrors(file, plan.errors));
  console.error(`\n${plan.errors.length} problem(s); nothing was written.`);
  process.exit(1);
}

const toWrite = plan.files.filter((f) => f.status !== 'unchanged');
// Write every file next to its target first, then move them all into place, so a
// failure part-way leaves no village half-written.
const target = (code: string) => `${contentFolder}/villages/${code}.yaml`;
const temporary = (code: string) => `${contentFolder}/villages/.${code}.yaml.tmp`;
for (const planned of toWrite) await writeFile(temporary(planned.code), planned.text);
for (const planned of toWrite) await rename(temporary(planned.code), target(planned.code));

const count = (status: string) => plan.files.filter((f) => f.status === status).length;
for (const planned of toWrite) console.log(`${planned.status}: ${target(planned.code)}`);
console.log(`${count('added')} added, ${count('changed')} changed, ${count('unchanged')} unchanged.`);
if (toWrite.length === 0) console.log('Nothing changed: every village is already as in the file.');
