/**
 * One in-process part of `npm run bench` in a process of its own: `tsx bench/part.ts <key> <out.json>`
 * runs the part (bench/parts.ts), lets it print its lines, and writes its figures to out.json.
 *
 * bench/run.ts starts one such process per part so that each is timed on a fresh heap, with no other
 * part's libraries loaded. Run one after another in one process, the parts skewed each other: the peers
 * share module instances with Veille's code (feedsmith and htmlparser2 decode entities through the same
 * `entities` package), and after the feed comparison the extraction of the development pages ran about a
 * fifth slower than alone (217–228 against 278–287 pages/s) — a state no Veille process is in, feedsmith
 * being a development dependency only. The jsdom windows of the Readability comparison weighed on the
 * parts after it the same way.
 */
import { writeFileSync } from 'node:fs';
import { partOf } from './parts.js';

const [key, out] = process.argv.slice(2);
if (!key || !out) {
  console.error('usage: tsx bench/part.ts <part> <out.json>');
  process.exit(2);
}
const figures = await partOf(key).run();
writeFileSync(out, JSON.stringify(figures));
