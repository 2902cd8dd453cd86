import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Log } from './logger.ts';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** The files worth a compressed copy: text, WebAssembly, and Pagefind's files. */
export const compressible = /\.(html|css|js|mjs|json|xml|svg|csv|txt|wasm|pagefind|pf_meta|pf_index|pf_fragment|pf_filter)$/;

export interface PrecompressResult {
  files: number;
  gz: number;
  br: number;
}

/** Compresses one file; a copy is kept only when it is smaller (Pagefind gzips most of its files already). */
async function compressFile(file: string, result: PrecompressResult): Promise<void> {
  const body = await readFile(file);
  const [gz, br] = await Promise.all([
    gzipAsync(body, { level: 9 }),
    brotliAsync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
  ]);
  result.files += 1;
  if (gz.length < body.length) {
    await writeFile(`${file}.gz`, gz);
    result.gz += 1;
  }
  if (br.length < body.length) {
    await writeFile(`${file}.br`, br);
    result.br += 1;
  }
}

/**
 * Writes `<file>.gz` (gzip -9) and `<file>.br` (brotli 11) next to every compressible
 * file under `dir`, with Node's own zlib, for a server that sends them as they are
 * (nginx's gzip_static and brotli_static). Only the self-hosting build runs it
 * (PRECOMPRESS=1): the copies about double the number of files.
 */
export async function precompress(dir: string, log: Log): Promise<PrecompressResult> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile() && compressible.test(e.name)).map((e) => join(e.parentPath, e.name));
  const result: PrecompressResult = { files: 0, gz: 0, br: 0 };
  // zlib's async calls run on libuv's thread pool: a few at a time keep every core busy.
  let next = 0;
  const worker = async () => {
    while (next < files.length) await compressFile(files[next++]!, result);
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  log(`precompressed ${result.files} files: ${result.gz} .gz and ${result.br} .br copies`);
  return result;
}
