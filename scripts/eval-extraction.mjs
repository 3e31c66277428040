#!/usr/bin/env node
// npm run eval:extraction [-- --half tune|report|all] [--limit N] [--timing] [--only a,b] [--no-reference]
//
// Scores Veille's extractor (scripts/eval-extraction/veille-adapter.mjs, on dist/) and, in the same run,
// the reference, @mozilla/readability + jsdom (readability-adapter.mjs), with the shared scorer
// (../shared/eval/extraction/score.mjs) on the development pages materialised in .cache/eval/extraction
// (see ../shared/eval/extraction/README.md: git snapshots of mozilla/readability,
// scrapinghub/article-extraction-benchmark, adbar/trafilatura, Murrough-Foley/web-content-extraction-benchmark
// and j-szulc/html-cleaning-dataset-merged; only the dev cases are kept).
//
// The pages are split ONCE by the SHA-1 of the case name: first hex digit even → "tune" (where every
// selector, hint and threshold is built), odd → "report" (only reported). Each half is a folder of
// symbolic links under .cache/eval/extraction-halves/. Default: the report half, quality only;
// --timing adds the scorer's speed passes (pin with `taskset -c 0` to compare runs).
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CASES = path.join(ROOT, '.cache/eval/extraction');
const HALVES = path.join(ROOT, '.cache/eval/extraction-halves');
const SCORER = path.resolve(ROOT, '../shared/eval/extraction/score.mjs');
const args = process.argv.slice(2);
const opt = (name, fallback = null) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);

export const halfOf = (name) => (parseInt(crypto.createHash('sha1').update(name).digest('hex')[0], 16) % 2 === 0 ? 'tune' : 'report');

function halfDir(half) {
  if (half === 'all') return CASES;
  const dir = path.join(HALVES, half);
  fs.mkdirSync(dir, { recursive: true });
  for (const name of fs.readdirSync(CASES)) {
    if (!fs.existsSync(path.join(CASES, name, 'page.html')) || halfOf(name) !== half) continue;
    const link = path.join(dir, name);
    if (!fs.existsSync(link)) fs.symlinkSync(path.join(CASES, name), link, 'dir');
  }
  return dir;
}

function score(dir, adapter, json) {
  const extra = [];
  if (opt('--limit')) extra.push('--limit', opt('--limit'));
  if (opt('--only')) extra.push('--only', opt('--only'));
  if (!args.includes('--timing')) extra.push('--no-timing');
  const out = execFileSync(process.execPath, [SCORER, dir, adapter, '--json', json, ...extra], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
  return { out, json: JSON.parse(fs.readFileSync(json, 'utf8')) };
}

function main() {
  if (!fs.existsSync(CASES)) {
    console.error(`${path.relative(ROOT, CASES)} is missing: materialise the pages first (../shared/eval/extraction/README.md)`);
    process.exit(2);
  }
  const half = opt('--half', 'report');
  const dir = halfDir(half);
  const tmp = fs.mkdtempSync(path.join(ROOT, '.cache/eval/extraction-run-'));
  try {
    const runs = [['veille', path.join(ROOT, 'scripts/eval-extraction/veille-adapter.mjs')]];
    if (!args.includes('--no-reference')) runs.push(['readability', path.join(ROOT, 'scripts/eval-extraction/readability-adapter.mjs')]);
    const results = {};
    for (const [label, adapter] of runs) {
      const r = score(dir, adapter, path.join(tmp, `${label}.json`));
      results[label] = r.json;
      console.log(`\n--- ${label} (half: ${half}) ---\n${r.out.trim()}`);
    }
    const f = (x) => (Number.isFinite(x) ? x.toFixed(3) : '  -  ');
    const sum = (j) => ({ ...j.by_source, 'ALL-but-readab': j.overall_without_readability, ALL: j.overall });
    const v = sum(results.veille), ref = results.readability ? sum(results.readability) : null;
    console.log(`\nword F1, half "${half}"          veille  readability   (cases)`);
    for (const src of Object.keys(v)) {
      const cell = v[src];
      console.log(`${src.padEnd(28)} ${f(cell.F1)}   ${ref?.[src] ? f(ref[src].F1) : '  -  '}        (${cell.cases})`);
    }
    const empties = (results.veille.cases ?? []).filter((c) => Number.isFinite(c.R) && c.R === 0 && c.P === 0).length;
    console.log(`veille cases with empty or disjoint output: ${empties}`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main();
