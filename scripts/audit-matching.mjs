#!/usr/bin/env node
// npm run audit:matching -- --mirror DIR [--watchlist FILE] [--stance contradicts|supports] [--out FILE]
//
// Precision audit on real text nobody labelled, from the public repositories the real development set
// comes from, at the same pinned commits, read from the git snapshots `fetch` leaves under
// DIR/<owner>+<name>/repo:
//   arm5077/trump-twitter-classify  ba94731a2d8000c53131d3dd0b1416eb9d555edf  2016-2017 tweets (titled with the handle, as the set does)
//   JonathanWilbur/mueller-report   3c6dc1dd76f65af31e6fd920099f65d2b0707f4b  the report, in passages of three paragraphs
//   aschern/semeval2020_task11      0949f707aad729064f5c2df9ae41bf39b87d20ca  news articles (train and dev)
//   nishitpatel01/Fake_News_Detection 880a2782ab627c10e4f9cf98c3d753d48439a9d1 LIAR statements (train)
//   SarithRavI/FakeNewsNet-extended 0dee7a70a2a4221a59ebf6c5f0cd23f47c8bd043  PolitiFact headlines
//   utaresearch/claimbuster-spotter 332bba0819d79f8e42d0a70277597dfe97036873  debate lines (CLEF 2019)
// Texts of the real development set are left out.
//
// Each asserted finding (default: contradictions) is printed with its sentence and its reason, for a
// person to read: a finding on text nobody labelled that is plainly wrong is a precision problem the
// development sets do not show. The counts per text kind and rule close the output.
// --relevant KIND (tweet, report, article, statement, headline, debate) lists instead the stories of
// that kind scored relevant, with their relevance and why, to read the same way.
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
  { repo: 'aschern+semeval2020_task11', commit: '0949f707aad729064f5c2df9ae41bf39b87d20ca', dirs: ['datasets/train-articles', 'datasets/dev-articles'], kind: 'article' },
  { repo: 'nishitpatel01+Fake_News_Detection', commit: '880a2782ab627c10e4f9cf98c3d753d48439a9d1', files: ['liar_dataset/train.tsv'], kind: 'statement' },
  { repo: 'SarithRavI+FakeNewsNet-extended', commit: '0dee7a70a2a4221a59ebf6c5f0cd23f47c8bd043', files: ['dataset/politifact_fake.csv', 'dataset/politifact_real.csv'], kind: 'headline' },
  { repo: 'utaresearch+claimbuster-spotter', commit: '332bba0819d79f8e42d0a70277597dfe97036873', files: ['data/clef19/CT19-T1-Training.csv'], kind: 'debate' },
];
/** Paragraphs shorter than this are headings and page furniture. */
const MIN_PARAGRAPH_WORDS = 40;
const PARAGRAPHS_PER_PASSAGE = 3;

function gitDir(mirror, repo) {
  const base = path.join(mirror, repo, 'repo');
  return fs.existsSync(path.join(base, '.git')) ? path.join(base, '.git') : base;
}

function git(mirror, repo, ...args) {
  try {
    return execFileSync('git', ['--git-dir', gitDir(mirror, repo), ...args], { maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' });
  } catch {
    throw new Error(`cannot read ${args.at(-1)} from ${gitDir(mirror, repo)}: fetch github:${repo.replace('+', '/')} first`);
  }
}

/** One CSV row's fields (quoted fields may hold commas and doubled quotes). */
function csvFields(line) {
  const out = [];
  for (const m of line.matchAll(/(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g)) out.push(m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2]);
  return out;
}

function* stories(mirror) {
  for (const source of SOURCES) {
    const show = (file) => git(mirror, source.repo, 'show', `${source.commit}:${file}`);
    const files = source.dirs
      ? source.dirs.flatMap((dir) => git(mirror, source.repo, 'ls-tree', '--name-only', `${source.commit}:${dir}`).split('\n').filter((f) => f.endsWith('.txt')).map((f) => `${dir}/${f}`))
      : source.files;
    for (const file of files) {
      const text = show(file);
      if (source.kind === 'tweet') {
        for (const t of JSON.parse(text)) {
          yield { kind: 'tweet', title: `@realDonaldTrump: ${t.text}`, text: t.text, publishedAt: new Date(t.created_at).toISOString() };
        }
      } else if (source.kind === 'report') {
        const paragraphs = text.split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p.split(/\s+/).length >= MIN_PARAGRAPH_WORDS);
        for (let i = 0; i < paragraphs.length; i += PARAGRAPHS_PER_PASSAGE) {
          yield { kind: 'report', title: '', text: paragraphs.slice(i, i + PARAGRAPHS_PER_PASSAGE).join('\n\n'), publishedAt: '2019-04-18' };
        }
      } else if (source.kind === 'article') {
        const [title, ...body] = text.split('\n');
        yield { kind: 'article', title: title.trim(), text: body.join('\n').trim() };
      } else if (source.kind === 'statement') {
        for (const line of text.split('\n')) {
          const [, , statement, , speaker, , , , , , , , , context] = line.split('\t');
          if (statement) yield { kind: 'statement', title: [speaker, context].filter(Boolean).join(', '), text: statement };
        }
      } else if (source.kind === 'headline') {
        for (const line of text.split('\n').slice(1)) {
          const title = csvFields(line)[2];
          if (title) yield { kind: 'headline', title: '', text: title };
        }
      } else {
        for (const line of text.split('\n').slice(1)) {
          const [, speaker, sentence] = csvFields(line);
          if (sentence && sentence.split(/\s+/).length >= 8) yield { kind: 'debate', title: '', text: `${speaker}: ${sentence}` };
        }
      }
    }
  }
}

async function main() {
  const mirror = opt('--mirror');
  if (!mirror) throw new Error('usage: npm run audit:matching -- --mirror DIR (the folder fetch fills, e.g. /work/.mirror)');
  const stance = opt('--stance', 'contradicts');
  const relevantKind = opt('--relevant');
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
    if (score.relevant && story.kind === relevantKind) {
      lines.push(`[${story.kind}] relevance ${score.relevance.toFixed(2)}: ${`${story.title} | ${story.text}`.replace(/\s+/g, ' ').slice(0, 200)}\n  why:   ${score.why.join('; ')}`);
    }
    for (const c of score.claims) {
      if (c.stance === 'possible') continue;
      const k = `${story.kind.padEnd(6)} ${c.stance.padEnd(11)} ${c.rule}`;
      counts.set(k, (counts.get(k) ?? 0) + 1);
      if (!relevantKind && c.stance === stance) lines.push(`[${story.kind}] ${c.claim} ${c.stance} ${c.score.toFixed(2)} (relevance ${score.relevance.toFixed(2)})\n  story: ${c.evidence}\n  why:   ${c.reason}`);
    }
  }
  const summary = [
    `watchlist: ${path.relative(ROOT, watchlistPath)}; ${scored} unlabelled stories, ${relevant} relevant; ` +
      (relevantKind ? `${lines.length} of kind "${relevantKind}" relevant` : `${lines.length} asserted "${stance}"`),
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
