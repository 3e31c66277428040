#!/usr/bin/env node
// npm run eval:import [-- --verbose] [--only name,name] — how good is the watchlist `veille seeds import` proposes from a storyline's
// seed articles, next to the hand-written watchlist of the same storyline, on the same labelled items.
//
// Storylines: every folder under ../shared/eval and eval/storylines with a `seed-watchlist.yaml` (the
// hand-written watchlist) and an `items.jsonl` (labelled items); its seeds are `<folder>/seeds/` when present,
// otherwise the project's shared seeds (../shared/seeds). For matching-dev, the real texts of
// .cache/eval/matching-real/items.jsonl (labelled against the same watchlist) are scored too when
// materialised (see ../shared/eval/matching-real/README.md).
//
// The proposal's claims have their own ids; to score them against labels written for the hand-written
// claims, each proposed claim is mapped to the hand-written claim whose seed sentence it shares (word
// overlap, below). A proposed claim that maps to none keeps its own id: whatever it flags counts as a
// false finding, as it would for a user. The mapping is evaluation-only; the matcher never sees it.
//
// "alerted items" needs no mapping: does an item get any contradiction (score ≥ 0.5), against does it
// have any labelled contradiction (the shared scorer's item-level alerting view).
//
// Demo check: the example pages (examples/pages, expectations in examples/README.md) are extracted and
// scored with the proposal; every contradiction at score ≥ 0.9 is listed, and it is false unless it is
// the one the README expects (rt-3000-tweets against the claim the hand-written watchlist calls C35).
//
// Figures per half (scripts/eval-split.mjs: sha1(id)[0] even → tune, odd → report) and in all.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import YAML from 'yaml';
import { evaluate, loadItems } from '../../shared/eval/matching-dev/score.mjs';
import { splitOf } from './eval-split.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = path.resolve(ROOT, '../shared');
const OUT = path.join(ROOT, '.cache/eval/import');
const DEMO_CONTRADICTION = { page: 'rt-3000-tweets.html', claim: 'C35' };
const HIGH = 0.9;
const args = process.argv.slice(2);

const f3 = (x) => (Number.isFinite(x) ? x.toFixed(3) : ' n/a ');
const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const words = (s) => new Set(fold(s ?? '').split(' ').filter((w) => w.length > 3));

/** A claim's numbers and full dates, as comparable keys ("n1823", "d2016-10-12"). */
const factsOf = (claim) => [
  ...(claim.quantities ?? []).map((q) => `n${q.value}`),
  ...(claim.dates ?? []).map((d) => String(d.value)).filter((v) => /^\d{4}-\d{2}-\d{2}/.test(v)).map((v) => `d${v.slice(0, 10)}`),
];

/** proposed claim id → hand-written claim id sharing its seed sentence or its statement (Jaccard ≥ 0.4, or the hand-written one ≥ 70% inside it). */
function mapClaims(proposed, reference) {
  // a hand-written claim is known by its seed sentence and by its statement (the same fact, told by another seed:
  // "my whopping 3 responses" quoted in English by one seed, « mes 3 réponses » in French by another)
  const refWords = reference.claims.flatMap((c) => [c.quote, c.statement].filter(Boolean).map((text) => [c.id, words(text)]));
  const map = new Map();
  for (const claim of proposed.claims) {
    const p = words(claim.quote || claim.statement);
    let best = null;
    for (const [id, r] of refWords) {
      let both = 0;
      for (const w of r) if (p.has(w)) both++;
      const score = Math.max(both / (p.size + r.size - both || 1), both / (r.size || 1) >= 0.7 ? 0.4 : 0);
      if (score >= 0.4 && (!best || score > best.score)) best = { id, score };
    }
    // the same fact told by another seed: the same number (or the same full date) and a name in common
    if (!best) {
      const values = new Set(factsOf(claim));
      const names = new Set(claim.entities ?? []);
      const same = reference.claims.filter((c) => factsOf(c).some((v) => values.has(v)) && (c.entities ?? []).some((e) => names.has(e)));
      if (same.length === 1) best = { id: same[0].id, score: 0.4 };
    }
    if (best) map.set(claim.id, best.id);
  }
  return map;
}

function storylines() {
  const found = [];
  const dirs = [
    ...fs.readdirSync(path.join(SHARED, 'eval')).sort().map((name) => [name, path.join(SHARED, 'eval', name)]),
    // the project's invented storylines (eval/storylines/README.md): seeds in Spanish, German, English and French
    ...fs.readdirSync(path.join(ROOT, 'eval/storylines')).sort().map((name) => [name, path.join(ROOT, 'eval/storylines', name)]),
  ];
  for (const [name, dir] of dirs) {
    const watchlist = path.join(dir, 'seed-watchlist.yaml');
    const items = path.join(dir, 'items.jsonl');
    if (!fs.existsSync(watchlist) || !fs.existsSync(items)) continue;
    const seeds = fs.existsSync(path.join(dir, 'seeds')) ? path.join(dir, 'seeds') : path.join(SHARED, 'seeds');
    const sets = [['authored', items]];
    const real = path.join(ROOT, '.cache/eval/matching-real/items.jsonl');
    if (name === 'matching-dev' && fs.existsSync(real)) sets.push(['real', real]);
    found.push({ name, dir, watchlist, seeds, sets });
  }
  return found;
}

function importSeeds(storyline) {
  const file = path.join(OUT, `${storyline.name}.yaml`);
  fs.mkdirSync(OUT, { recursive: true });
  fs.rmSync(file, { force: true }); // import refuses to overwrite: each run proposes afresh
  execFileSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/cli.ts'), 'seeds', 'import', storyline.seeds, '-o', file], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  return file;
}

async function scoreSet(adapter, items, rename) {
  const preds = [];
  for (const it of items) {
    const out = await adapter.scoreStory({ title: it.title ?? '', text: it.text, lang: it.lang ?? null, url: it.url ?? null, published: it.published ?? null });
    const best = new Map();
    for (const c of out.claims) {
      if (c.stance !== 'supports' && c.stance !== 'contradicts') continue;
      const id = rename(c.claim);
      const prev = best.get(id);
      if (!prev || c.score > prev.score) best.set(id, { stance: c.stance, score: c.score });
    }
    preds.push({ relevance: out.relevance, claims: best });
  }
  return preds;
}

async function demoContradictions(adapter, rename) {
  const { extractArticle } = await import(pathToFileURL(path.join(ROOT, 'dist/index.js')).href);
  const pagesDir = path.join(ROOT, 'examples/pages');
  const found = [];
  for (const page of fs.readdirSync(pagesDir).filter((f) => f.endsWith('.html') && f !== 'list.html')) {
    const article = extractArticle(fs.readFileSync(path.join(pagesDir, page), 'latin1').includes('charset=windows-1252')
      ? new TextDecoder('windows-1252').decode(fs.readFileSync(path.join(pagesDir, page)))
      : fs.readFileSync(path.join(pagesDir, page), 'utf8'), `https://demo.example/${page}`);
    const out = await adapter.scoreStory({ title: article.title, text: article.text, lang: article.lang ?? null, url: article.url, published: article.publishedAt ?? null });
    for (const c of out.claims) {
      if (c.stance !== 'contradicts' || c.score < HIGH) continue;
      const right = page === DEMO_CONTRADICTION.page && rename(c.claim) === DEMO_CONTRADICTION.claim;
      found.push({ page, claim: c.claim, as: rename(c.claim), score: c.score, right });
    }
  }
  return found;
}

async function main() {
  const adapter = await import(pathToFileURL(path.join(ROOT, 'bench/eval-adapter.mjs')).href);
  const threshold = adapter.RELEVANCE_THRESHOLD ?? 0.5;
  const only = args.includes('--only') ? new Set(args[args.indexOf('--only') + 1].split(',')) : null;
  for (const storyline of storylines().filter((s) => !only || only.has(s.name))) {
    const proposedFile = importSeeds(storyline);
    const reference = YAML.parse(fs.readFileSync(storyline.watchlist, 'utf8'));
    const proposed = YAML.parse(fs.readFileSync(proposedFile, 'utf8'));
    const map = mapClaims(proposed, reference);
    const mappedRefs = new Set(map.values());
    console.log(`\n== storyline ${storyline.name}: seeds ${path.relative(ROOT, storyline.seeds)} ==`);
    console.log(`hand-written: ${reference.entities.length} entities, ${reference.claims.length} claims`);
    console.log(
      `imported:     ${proposed.entities.length} entities, ${proposed.claims.length} claims → ${path.relative(ROOT, proposedFile)}; ` +
        `${map.size} claims share a seed sentence with ${mappedRefs.size} hand-written ones`,
    );
    const watchlists = [
      ['hand-written', storyline.watchlist, (id) => id],
      ['imported', proposedFile, (id) => map.get(id) ?? `imported:${id}`],
    ];
    const results = new Map();
    for (const [label, file, rename] of watchlists) {
      await adapter.init({ watchlistPath: file });
      for (const [setName, itemsFile] of storyline.sets) {
        const items = loadItems(itemsFile);
        const preds = await scoreSet(adapter, items, rename);
        // --verbose: per item, the labelled contradictions next to the ones found (claims by their hand-written ids)
        if (args.includes('--verbose') && label === 'imported') {
          items.forEach((it, i) => {
            const gold = (it.claims ?? []).filter((c) => c.stance === 'contradicts').map((c) => c.claim);
            const found = [...preds[i].claims].filter(([, c]) => c.stance === 'contradicts' && c.score >= threshold).map(([id]) => id);
            if (gold.length || found.length) console.log(`  ${setName} ${splitOf(it.id)} ${it.id}  labelled ${gold.join(',') || '-'}  found ${found.join(',') || '-'}`);
          });
        }
        for (const half of ['tune', 'report', 'all']) {
          const idx = items.map((it, i) => (half === 'all' || splitOf(it.id) === half ? i : -1)).filter((i) => i >= 0);
          results.set(`${label}|${setName}|${half}`, evaluate(idx.map((i) => items[i]), idx.map((i) => preds[i]), threshold));
        }
      }
      if (storyline.name === 'matching-dev' && label === 'imported') {
        const demo = await demoContradictions(adapter, rename);
        const wrong = demo.filter((d) => !d.right);
        console.log(`demo stories, contradictions at ≥ ${HIGH} with the imported watchlist: ${demo.length} (${wrong.length} false)`);
        for (const d of demo) console.log(`  ${d.right ? 'right' : 'FALSE'}  ${d.page}  ${d.claim} (as ${d.as})  ${d.score.toFixed(2)}`);
      }
    }
    console.log('set       half     watchlist      AP     F1@thr  contra P/R/F1          support P/R/F1         alerted items P/R/F1   AP ratio  contra-F1 ratio');
    for (const [setName] of storyline.sets) {
      for (const half of ['tune', 'report', 'all']) {
        const hand = results.get(`hand-written|${setName}|${half}`);
        for (const [label] of watchlists) {
          const m = results.get(`${label}|${setName}|${half}`);
          const c = m.contradiction, s = m.support, a = m.contradiction_alert_item_level;
          const ratios = label === 'imported' ? `${f3(m.relevance_ap / hand.relevance_ap)}    ${f3(c.f1 / hand.contradiction.f1)}` : '';
          console.log(
            `${setName.padEnd(9)} ${half.padEnd(8)} ${label.padEnd(14)} ${f3(m.relevance_ap)}  ${f3(m.at_threshold.f1)}   ` +
              `${f3(c.precision)}/${f3(c.recall)}/${f3(c.f1)}`.padEnd(23) + `${f3(s.precision)}/${f3(s.recall)}/${f3(s.f1)}`.padEnd(23) + `${f3(a.precision)}/${f3(a.recall)}/${f3(a.f1)}`.padEnd(23) + ratios,
          );
        }
      }
    }
  }
}

main().catch((e) => {
  console.error(e.stack || e.message);
  process.exit(1);
});
