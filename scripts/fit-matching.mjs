#!/usr/bin/env node
// npm run fit:matching [-- --feedback feedback.jsonl] — fits the relevance combination (src/matchers/relevance-weights.ts).
//
// Data: the TUNE halves (scripts/eval-split.mjs) of both development sets — the 100 authored items
// (../shared/eval/matching-dev/items.jsonl) and the 120 real texts materialised from public GitHub
// repositories into .cache/eval/matching-real (see ../shared/eval/matching-real/README.md for the
// repositories and commits). The report halves are never read here.
// Model: L2-regularised logistic regression on the signals of RelevanceFeatures (label: relevance 2),
// features standardised, the regularisation strength chosen by 5-fold cross-validation (log-loss),
// then refitted on the whole tuning data and written back on the features' own scale.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { averagePrecision, loadItems } from '../../shared/eval/matching-dev/score.mjs';
import { splitOf } from './eval-split.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = path.resolve(ROOT, '../shared/eval');
const OUT = path.join(ROOT, 'src/matchers/relevance-weights.ts');
const FEATURES = ['evidence', 'specific', 'thread', 'tangential', 'outsiders'];
const LAMBDAS = [0.003, 0.01, 0.03, 0.1, 0.3, 1, 3];
/** Fewer feedback labels than this are noise next to the development sets. */
const MIN_FEEDBACK_ROWS = 20;

const sigmoid = (z) => 1 / (1 + Math.exp(-z));

/** Newton-free gradient descent with L2 on the weights (not the bias); X standardised. */
function fit(X, y, lambda) {
  const d = X[0].length;
  let w = new Array(d).fill(0), b = 0;
  const n = X.length;
  for (let it = 0; it < 4000; it++) {
    const gw = new Array(d).fill(0);
    let gb = 0;
    for (let i = 0; i < n; i++) {
      const p = sigmoid(b + X[i].reduce((s, x, j) => s + x * w[j], 0));
      const e = p - y[i];
      gb += e;
      for (let j = 0; j < d; j++) gw[j] += e * X[i][j];
    }
    const lr = 0.5;
    for (let j = 0; j < d; j++) w[j] -= lr * (gw[j] / n + lambda * w[j]);
    b -= lr * (gb / n);
  }
  return { w, b };
}
const logLoss = (m, X, y) =>
  -X.reduce((s, x, i) => {
    const p = Math.min(1 - 1e-9, Math.max(1e-9, sigmoid(m.b + x.reduce((t, v, j) => t + v * m.w[j], 0))));
    return s + (y[i] ? Math.log(p) : Math.log(1 - p));
  }, 0) / X.length;

async function main() {
  const sets = [path.join(SHARED, 'matching-dev/items.jsonl')];
  const real = path.join(ROOT, '.cache/eval/matching-real/items.jsonl');
  if (fs.existsSync(real)) sets.push(real);
  else console.warn(`warning: ${path.relative(ROOT, real)} missing: fitting on the authored items only`);
  // rows from the shared seed watchlist (entities and claims only, as a user's first watchlist) and from the
  // shipped one (with threads, tangential topics and corrections): the weights must serve both
  const watchlists = [path.join(SHARED, 'matching-dev/seed-watchlist.yaml'), path.join(ROOT, 'config/watchlist.yaml')];
  const adapter = await import(pathToFileURL(path.join(ROOT, 'bench/eval-adapter.mjs')).href);
  const rows = [];
  // w: 0 the seed watchlist, 1 the shipped one, 2 a storyline's own, 3 a proposal from seeds
  const addRows = async (watchlistPath, files, w) => {
    await adapter.init({ watchlistPath });
    for (const file of files) {
      for (const it of loadItems(file)) {
        if (splitOf(it.id) !== 'tune') continue;
        const out = await adapter.scoreStory({ title: it.title ?? '', text: it.text, lang: it.lang ?? null, url: it.url ?? null, published: it.published ?? null });
        rows.push({ id: it.id, w, x: FEATURES.map((f) => out.features[f] ?? 0), y: it.relevance === 2 ? 1 : 0 });
      }
    }
  };
  for (const [w, watchlistPath] of watchlists.entries()) await addRows(watchlistPath, sets, w);
  // the storylines of eval/storylines/ (other topics, each with its own user-sized watchlist, items in five
  // languages), and every storyline with the watchlist `veille seeds import` proposes from its seeds (what a
  // user starts with): the weights must serve a user's own storyline and a first proposal, not only the shipped one
  const { importSeeds } = await import(pathToFileURL(path.join(ROOT, 'dist/seeds/index.js')).href);
  const proposals = fs.mkdtempSync(path.join(os.tmpdir(), 'veille-fit-'));
  const imported = async (seeds, name) => {
    const file = path.join(proposals, `${name}.yaml`);
    await importSeeds(seeds, file, { now: new Date(0) });
    return file;
  };
  await addRows(await imported(path.join(SHARED, '../seeds'), 'matching-dev'), sets, 3);
  const storylines = path.join(ROOT, 'eval/storylines');
  for (const name of fs.existsSync(storylines) ? fs.readdirSync(storylines).sort() : []) {
    const dir = path.join(storylines, name);
    const items = path.join(dir, 'items.jsonl');
    if (!fs.existsSync(path.join(dir, 'seed-watchlist.yaml')) || !fs.existsSync(items)) continue;
    await addRows(path.join(dir, 'seed-watchlist.yaml'), [items], 2);
    if (fs.existsSync(path.join(dir, 'seeds'))) await addRows(await imported(path.join(dir, 'seeds'), name), [items], 3);
  }
  fs.rmSync(proposals, { recursive: true, force: true });
  // readers' feedback from the web app (`veille feedback export > feedback.jsonl`): stories marked
  // relevant / not relevant join the data, scored with the shipped watchlist, once there are enough
  const feedbackFile = process.argv.includes('--feedback') ? process.argv[process.argv.indexOf('--feedback') + 1] : null;
  if (feedbackFile) {
    const lines = fs.readFileSync(feedbackFile, 'utf8').split('\n').filter((l) => l.trim());
    const labelled = new Map(); // story id → last word on it
    for (const line of lines) {
      const f = JSON.parse(line);
      if (f.kind === 'relevant' || f.kind === 'not_relevant') labelled.set(f.story.id, f);
    }
    if (labelled.size < MIN_FEEDBACK_ROWS) {
      console.log(`feedback: ${labelled.size} stories marked relevant or not relevant in ${feedbackFile}; at least ${MIN_FEEDBACK_ROWS} are needed, not used`);
    } else {
      await adapter.init({ watchlistPath: watchlists[1] });
      for (const f of labelled.values()) {
        const out = await adapter.scoreStory({ title: f.story.title ?? '', text: f.story.text ?? '', lang: f.story.lang ?? null, url: f.story.url ?? null, published: null });
        rows.push({ id: `fb-${f.story.id}`, w: 1, x: FEATURES.map((k) => out.features[k] ?? 0), y: f.kind === 'relevant' ? 1 : 0 });
      }
      console.log(`feedback: ${labelled.size} stories from ${feedbackFile} added to the ${rows.length - labelled.size} development rows`);
    }
  }
  const mean = FEATURES.map((_, j) => rows.reduce((s, r) => s + r.x[j], 0) / rows.length);
  const sd = FEATURES.map((_, j) => Math.sqrt(rows.reduce((s, r) => s + (r.x[j] - mean[j]) ** 2, 0) / rows.length) || 1);
  const X = rows.map((r) => r.x.map((v, j) => (v - mean[j]) / sd[j]));
  const y = rows.map((r) => r.y);
  const fold = rows.map((r) => parseInt(r.id.replace(/\D/g, ''), 10) % 5);
  let best = null;
  for (const lambda of LAMBDAS) {
    let loss = 0;
    const cvScores = new Array(X.length);
    for (let k = 0; k < 5; k++) {
      const tr = X.map((_, i) => i).filter((i) => fold[i] !== k);
      const te = X.map((_, i) => i).filter((i) => fold[i] === k);
      const m = fit(tr.map((i) => X[i]), tr.map((i) => y[i]), lambda);
      loss += logLoss(m, te.map((i) => X[i]), te.map((i) => y[i])) * te.length;
      for (const i of te) cvScores[i] = sigmoid(m.b + X[i].reduce((t, v, j) => t + v * m.w[j], 0));
    }
    loss /= X.length;
    const ap = (keep) => {
      const idx = rows.map((r, i) => (keep(r) ? i : -1)).filter((i) => i >= 0);
      return averagePrecision(idx.map((i) => cvScores[i]), idx.map((i) => !!y[i])).toFixed(3);
    };
    const real = (r) => r.id.startsWith('rd-');
    console.log(
      `lambda ${lambda}: cross-validated log-loss ${loss.toFixed(4)}; AP authored/real: seed watchlist ${ap((r) => r.w === 0 && !real(r))}/${ap((r) => r.w === 0 && real(r))}, shipped watchlist ${ap((r) => r.w === 1 && !real(r))}/${ap((r) => r.w === 1 && real(r))}; storylines ${ap((r) => r.w === 2)}; proposed watchlists ${ap((r) => r.w === 3)}`,
    );
    if (!best || loss < best.loss) best = { lambda, loss };
  }
  const m = fit(X, y, best.lambda);
  const dev = rows.filter((r) => !r.id.startsWith('fb-') && r.w < 2);
  const fromStorylines = rows.filter((r) => r.w === 2);
  const fromProposals = rows.filter((r) => r.w === 3);
  const fromFeedback = rows.length - dev.length - fromStorylines.length - fromProposals.length;
  const weights = Object.fromEntries(FEATURES.map((f, j) => [f, +(m.w[j] / sd[j]).toFixed(4)]));
  const bias = +(m.b - FEATURES.reduce((s, f, j) => s + (m.w[j] * mean[j]) / sd[j], 0)).toFixed(4);
  const src = `import type { LogisticModel } from './logistic.js';

/**
 * Relevance as a fitted combination of the signals of RelevanceFeatures (relevance.ts).
 * Written by \`npm run fit:matching\` (scripts/fit-matching.mjs): L2 logistic regression on the tuning
 * halves of the authored and real development sets (${dev.length / 2} items, ${dev.filter((r) => r.y).length / 2} relevant, each scored
 * with the seed watchlist and with the shipped one), the tuning halves of eval/storylines (${fromStorylines.length} items,
 * ${fromStorylines.filter((r) => r.y).length} relevant, each with its own watchlist), and all of these again with the watchlist
 * \`veille seeds import\` proposes from the storyline's seeds (${fromProposals.length} rows)${fromFeedback ? ` and ${fromFeedback} stories readers marked in the web app` : ''},
 * regularisation ${best.lambda} chosen by 5-fold cross-validation (log-loss ${best.loss.toFixed(3)}). Do not edit by hand.
 */
export const RELEVANCE_MODEL: LogisticModel | null = {
  bias: ${bias},
  weights: ${JSON.stringify(weights, null, 4).replace(/"(\w+)":/g, '$1:').replace(/\n}/, '\n  }')},
};
`;
  fs.writeFileSync(OUT, src);
  console.log(`wrote ${path.relative(ROOT, OUT)}: bias ${bias}`, weights);
}

main().catch((e) => {
  console.error(e.stack || e.message);
  process.exit(1);
});
