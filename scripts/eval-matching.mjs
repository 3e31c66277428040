#!/usr/bin/env node
// npm run eval:matching [-- --rules] [--watchlist FILE] [--statements-only] [--first-names-only] [--quote-statements] [--dump OUT.json]
//
// Scores the built library (dist/, through bench/eval-adapter.mjs) on both development sets with the
// shared scorer's metrics (../shared/eval/matching-dev/score.mjs):
//   authored  ../shared/eval/matching-dev/items.jsonl (100 items)
//   real      .cache/eval/matching-real/items.jsonl (120 real texts; build it with materialize.mjs,
//             see ../shared/eval/matching-real/README.md; skipped with a message when absent)
//   eval/storylines/<name>/items.jsonl: invented storylines, each scored with its own seed-watchlist.yaml
// Each set is split ONCE, fixed, by the hash of the item id (splitOf below): "tune" is the half every
// rule, lexicon entry and fitted weight was built on; "report" is the half only reported. Figures are
// printed per half, per text form (≤ 60 words, article, report passage) and per language.
// --rules: for each stance rule, how often it is right on each half (precision of the (item, claim)
// pairs it decided). --watchlist: score with another watchlist (default: the scorer's own choice,
// the shared seed-watchlist.yaml, as score.mjs does). --statements-only: every watchlist without its
// claims' `quantities` and `dates`, as a user who writes statements and entities only would give it
// (the scorer then reads them from the statements: src/matchers/stated-facts.ts). --first-names-only:
// every entity with its first alias alone, as a user who names each once would give it (the scorer
// then adds the standard names: src/matchers/standard-names.ts). --quote-statements: every claim's
// statement is its seed sentence (`quote`), as a user who keeps the seeds' language would write it.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { evaluate, loadItems } from '../../shared/eval/matching-dev/score.mjs';
import { formOf, splitOf } from './eval-split.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = path.resolve(ROOT, '../shared/eval');
const STORYLINES = path.join(ROOT, 'eval/storylines');
const args = process.argv.slice(2);
const opt = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : null);


const f3 = (x) => (Number.isFinite(x) ? x.toFixed(3) : ' n/a ');

/** Recall at the lowest threshold where precision stays ≥ p (0 when never). */
function recallAtPrecision(scores, labels, p) {
  const P = labels.filter(Boolean).length;
  if (!P) return NaN;
  const idx = scores.map((_, i) => i).sort((a, b) => scores[b] - scores[a]);
  let tp = 0, fp = 0, best = 0;
  for (let k = 0; k < idx.length; k++) {
    if (labels[idx[k]]) tp++; else fp++;
    const last = k === idx.length - 1 || scores[idx[k + 1]] !== scores[idx[k]];
    if (last && tp / (tp + fp) >= p) best = Math.max(best, tp / P);
  }
  return best;
}

async function main() {
  const watchlistPath = opt('--watchlist') ?? path.join(SHARED, 'matching-dev/seed-watchlist.yaml');
  /** [name, items, watchlist] */
  const sets = [['authored', path.join(SHARED, 'matching-dev/items.jsonl'), watchlistPath]];
  const realPath = path.join(ROOT, '.cache/eval/matching-real/items.jsonl');
  if (fs.existsSync(realPath)) sets.push(['real', realPath, watchlistPath]);
  else console.log(`(real set skipped: ${path.relative(ROOT, realPath)} is missing — see ../shared/eval/matching-real/README.md)`);
  // the invented storylines of eval/storylines/, each with its own watchlist (not with --watchlist: it is another storyline's)
  if (!opt('--watchlist')) {
    for (const name of fs.readdirSync(STORYLINES).sort()) {
      const dir = path.join(STORYLINES, name);
      if (fs.existsSync(path.join(dir, 'items.jsonl'))) sets.push([name, path.join(dir, 'items.jsonl'), path.join(dir, 'seed-watchlist.yaml')]);
    }
  }

  const adapter = await import(pathToFileURL(path.join(ROOT, 'bench/eval-adapter.mjs')).href);
  const threshold = adapter.RELEVANCE_THRESHOLD ?? 0.5;
  console.log(`watchlist: ${path.relative(ROOT, watchlistPath)} (eval/storylines/*: their own)   split: sha1(id)[0] even → tune, odd → report`);

  const dump = [];
  const ruleStats = new Map(); // rule → {tune: [right, n], report: [right, n]}
  let spent = 0, scored = 0;
  for (const [setName, file, watchlist] of sets) {
    await adapter.init({ watchlistPath: watchlist, statementsOnly: args.includes('--statements-only'), firstNamesOnly: args.includes('--first-names-only'), quoteStatements: args.includes('--quote-statements') });
    const items = loadItems(file).map((it) => ({ ...it, origin: it.origin ?? setName }));
    const preds = [];
    const raw = [];
    for (const it of items) {
      const t0 = performance.now();
      const out = await adapter.scoreStory({ title: it.title ?? '', text: it.text, lang: it.lang ?? null, url: it.url ?? null, published: it.published ?? null });
      spent += performance.now() - t0;
      scored++;
      raw.push(out);
      const best = new Map();
      for (const c of out.claims) {
        if (c.stance !== 'supports' && c.stance !== 'contradicts') continue;
        const prev = best.get(c.claim);
        if (!prev || c.score > prev.score) best.set(c.claim, { stance: c.stance, score: c.score });
      }
      preds.push({ relevance: out.relevance, claims: best });
      const gold = new Map((it.claims ?? []).map((c) => [c.claim, c.stance]));
      for (const c of out.claims) {
        if (c.score < 0.5 || (c.stance !== 'supports' && c.stance !== 'contradicts')) continue;
        const rule = `${c.stance}: ${c.rule ?? '?'}`;
        const s = ruleStats.get(rule) ?? { tune: [0, 0], report: [0, 0] };
        const h = s[splitOf(it.id)];
        h[1]++;
        if (gold.get(c.claim) === c.stance) h[0]++;
        ruleStats.set(rule, s);
      }
      dump.push({ id: it.id, set: setName, half: splitOf(it.id), form: formOf(it), label: it.relevance, gold: it.claims, relevance: out.relevance, claims: out.claims, features: out.features });
    }
    console.log(`\n== ${setName} (${items.length} items) ==`);
    console.log('half     group            n  rel2  AP     R@P.85  F1@thr  tangFP  contra P/R/F1 (tp/fp/fn)        support P/R/F1 (tp/fp/fn)');
    const row = (half, group, idx) => {
      if (!idx.length) return;
      const sub = idx.map((i) => items[i]);
      const m = evaluate(sub, idx.map((i) => preds[i]), threshold);
      const rap = recallAtPrecision(idx.map((i) => preds[i].relevance), sub.map((it) => it.relevance === 2), 0.85);
      const c = m.contradiction, s = m.support;
      console.log(
        `${half.padEnd(8)} ${group.padEnd(15)} ${String(sub.length).padStart(3)} ${String(m.positives).padStart(5)}  ${f3(m.relevance_ap)}  ${f3(rap)}   ${f3(m.at_threshold.f1)}   ${f3(m.tangential_fp_rate)}  ` +
          `${f3(c.precision)}/${f3(c.recall)}/${f3(c.f1)} (${c.tp}/${c.fp}/${c.fn})`.padEnd(33) + `${f3(s.precision)}/${f3(s.recall)}/${f3(s.f1)} (${s.tp}/${s.fp}/${s.fn})`,
      );
    };
    for (const half of ['tune', 'report', 'all']) {
      const inHalf = items.map((it, i) => (half === 'all' || splitOf(it.id) === half ? i : -1)).filter((i) => i >= 0);
      row(half, 'all', inHalf);
      if (half === 'all') continue;
      for (const form of ['short ≤60w', 'article', 'report passage']) row(half, form, inHalf.filter((i) => formOf(items[i]) === form));
      for (const lang of [...new Set(items.map((it) => it.lang))].sort()) if (lang !== 'en' || setName !== 'real') row(half, `lang ${lang}`, inHalf.filter((i) => items[i].lang === lang));
    }
  }
  console.log(`\nthroughput: ${(scored / (spent / 1000)).toFixed(0)} stories/s inside scoreStory (${scored} items)`);
  if (args.includes('--rules')) {
    console.log('\nSTANCE RULES — right / decided (precision) per half');
    console.log('rule                                         tune              report');
    for (const [rule, s] of [...ruleStats].sort()) {
      const cell = ([r, n]) => `${r}/${n}`.padStart(7) + ` (${n ? f3(r / n) : ' n/a '})`;
      console.log(`${rule.padEnd(44)} ${cell(s.tune)}   ${cell(s.report)}`);
    }
  }
  const out = opt('--dump');
  if (out) fs.writeFileSync(out, JSON.stringify(dump, null, 1));
}

main().catch((e) => {
  console.error(e.stack || e.message);
  process.exit(1);
});
