#!/usr/bin/env node
// npm run check:leaks — does src/ quote an evaluation item? Lists every run of six words (folded: case, accents
// and punctuation ignored) that src/ shares with an item of the development sets: the authored items
// (../shared/eval/matching-dev/items.jsonl), the real texts (.cache/eval/matching-real/items.jsonl, when
// materialised) and eval/storylines/*/items.jsonl. Comments count: an example in a comment taken from an item
// is a sentence of that item in src/. Exits 1 when it finds one.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WORDS = 6;
const fold = (s) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ');

const storylines = path.join(ROOT, 'eval/storylines');
const sets = [
  path.resolve(ROOT, '../shared/eval/matching-dev/items.jsonl'),
  path.join(ROOT, '.cache/eval/matching-real/items.jsonl'),
  ...fs.readdirSync(storylines).map((d) => path.join(storylines, d, 'items.jsonl')),
].filter((f) => fs.existsSync(f));

/** run of words → the item it comes from */
const runs = new Map();
for (const file of sets) {
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const item = JSON.parse(line);
    const words = fold(`${item.title ?? ''} ${item.text}`);
    for (let i = 0; i + WORDS <= words.length; i++) runs.set(words.slice(i, i + WORDS).join(' '), `${path.relative(ROOT, file)} ${item.id}`);
  }
}

const walk = (dir) => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
let found = 0;
for (const file of walk(path.join(ROOT, 'src'))) {
  const words = fold(fs.readFileSync(file, 'utf8'));
  for (let i = 0; i + WORDS <= words.length; i++) {
    const run = words.slice(i, i + WORDS).join(' ');
    if (!runs.has(run)) continue;
    found++;
    console.log(`${path.relative(ROOT, file)}: "${run}" (${runs.get(run)})`);
  }
}
console.log(`${sets.length} sets, ${runs.size} runs of ${WORDS} words; ${found} found in src/`);
process.exit(found ? 1 : 0);
