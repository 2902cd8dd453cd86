/**
 * npm run demo: assembles a content folder that shows every feature with example data
 * (`content/` plus the example villages and officers in `demo/`, each marked
 * `example: true`) into .tmp/demo-content/, for `CONTENT_DIR=.tmp/demo-content`.
 * The shipped `content/` holds only confirmed records; examples never go there.
 */
import { cp, rm } from 'node:fs/promises';

const out = process.argv[2] ?? '.tmp/demo-content';
await rm(out, { recursive: true, force: true });
await cp('content', out, { recursive: true });
await cp('demo', out, { recursive: true });
console.log(`demo content written to ${out}/ (content/ + demo/)`);
