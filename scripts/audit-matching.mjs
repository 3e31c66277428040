#!/usr/bin/env node
// npm run audit:matching -- --mirror DIR [--watchlist FILE] [--stance contradicts|supports] [--out FILE]
//
// Precision audit on real text nobody labelled: every 2016-2017 tweet of arm5077/trump-twitter-classify
// (commit ba94731a2d8000c53131d3dd0b1416eb9d555edf, data/condensed_2016.json and condensed_2017.json)
// and the Mueller report of JonathanWilbur/mueller-report (commit 3c6dc1dd76f65af31e6fd920099f65d2b0707f4b,
// volume1.md and volume2.md, in passages of three paragraphs of 40 words or more), read from the git
// snapshots that `fetch` leaves under DIR/<owner>+<name>/repo (the same ones the real development set is
// materialised from). Texts of the real development set are left out.
//
// Each asserted finding (default: contradictions) is printed with its sentence and its reason, for a
// person to read: a finding on text nobody labelled that is plainly wrong is a precision problem the
// development sets do not show. The counts per text kind and rule close the output.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, fallback = null) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const SOURCES = [
  { repo: 'arm5077+trump-twitter-classify', commit: 'ba94731a2d8000c53131d3dd0b1416eb9d555edf', files: ['data/condensed_2016.json', 'data/condensed_2017.json'], kind: 'tweet' },
  { repo: 'JonathanWilbur+mueller-report', commit: '3c6dc1dd76f65af31e6fd920099f65d2b0707f4b', files: ['volume1.md', 'volume2.md'], kind: 'report' },
];
/** Paragraphs shorter than this are headings and page furniture. */
const MIN_PARAGRAPH_WORDS = 40;
const PARAGRAPHS_PER_PASSAGE = 3;

function gitDir(mirror, repo) {
  const base = path.join(mirror, repo, 'repo');
  return fs.existsSync(path.join(base, '.git')) ? path.join(base, '.git') : base;
}

function readSource(mirror, { repo, commit, file }) {
  try {
    return execFileSync('git', ['--git-dir', gitDir(mirror, repo), 'show', `${commit}:${file}`], { maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' });
  } catch {
    throw new Error(`cannot read ${file} at ${commit} from ${gitDir(mirror, repo)}: fetch github:${repo.replace('+', '/')} first`);
  }
}

function stories(mirror) {
  const out = [];
  for (const source of SOURCES) {
    for (const file of source.files) {
      const text = readSource(mirror, { ...source, file });
      if (source.kind === 'tweet') {
        for (const t of JSON.parse(text)) out.push({ kind: 'tweet', title: '', text: t.text, publishedAt: new Date(t.created_at).toISOString() });
      } else {
        const paragraphs = text.split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p.split(/\s+/).length >= MIN_PARAGRAPH_WORDS);
        for (let i = 0; i < paragraphs.length; i += PARAGRAPHS_PER_PASSAGE) {
          out.push({ kind: 'report', title: '', text: paragraphs.slice(i, i + PARAGRAPHS_PER_PASSAGE).join('\n\n'), publishedAt: '2019-04-18' });
        }
      }
    }
  }
  return out;
}

async function main() {
  const mirror = opt('--mirror');
  if (!mirror) throw new Error('usage: npm run audit:matching -- --mirror DIR (the folder fetch fills, e.g. /work/.mirror)');
  const stance = opt('--stance', 'contradicts');
  const { createScorer, loadWatchlist } = await import(pathToFileURL(path.join(ROOT, 'dist/index.js')).href);
  const watchlistPath = opt('--watchlist', path.join(ROOT, '../shared/eval/matching-dev/seed-watchlist.yaml'));
  const scorer = createScorer(await loadWatchlist(watchlistPath), { relevanceThreshold: 0.5 });
  const key = (text) => text.replace(/\s+/g, ' ').trim().slice(0, 80);
  const labelled = new Set();
  const realItems = path.join(ROOT, '.cache/eval/matching-real/items.jsonl');
  if (fs.existsSync(realItems)) for (const line of fs.readFileSync(realItems, 'utf8').split('\n').filter(Boolean)) labelled.add(key(JSON.parse(line).text));

  const lines = [];
  const counts = new Map();
  let scored = 0, relevant = 0;
  for (const story of stories(mirror)) {
    if (labelled.has(key(story.text))) continue;
    scored++;
    const score = scorer.score(story);
    if (score.relevant) relevant++;
    for (const c of score.claims) {
      if (c.stance === 'possible') continue;
      const k = `${story.kind.padEnd(6)} ${c.stance.padEnd(11)} ${c.rule}`;
      counts.set(k, (counts.get(k) ?? 0) + 1);
      if (c.stance === stance) lines.push(`[${story.kind}] ${c.claim} ${c.stance} ${c.score.toFixed(2)} (relevance ${score.relevance.toFixed(2)})\n  story: ${c.evidence}\n  why:   ${c.reason}`);
    }
  }
  const summary = [
    `watchlist: ${path.relative(ROOT, watchlistPath)}; ${scored} unlabelled stories, ${relevant} relevant; ${lines.length} asserted "${stance}"`,
    ...[...counts].sort().map(([k, n]) => `  ${k.padEnd(40)} ${n}`),
  ];
  const out = opt('--out');
  if (out) fs.writeFileSync(out, [...lines, '', ...summary].join('\n') + '\n');
  else console.log(lines.join('\n'));
  console.log(summary.join('\n'));
}

main().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
