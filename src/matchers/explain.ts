/**
 * A human explanation of one story's score, for `veille explain`: which entities matched and by
 * which alias (quoted from the story), which ambiguous aliases were set aside and why, which claims
 * were weighed for a stance and why (the cue, the quantities and dates compared, the sentence), and
 * how the relevance adds up.
 */
import type { Watchlist } from '../config/watchlist.js';
import type { StoryInput, StoryScore } from '../domain/types.js';
import { createScorer, type DetailedScorer } from './scorer.js';
import { STANCE_THRESHOLD } from './stance.js';

const scorers = new WeakMap<Watchlist, DetailedScorer>();

/** Excerpt of the story around [start, end) with the match in brackets. */
function excerpt(doc: string, start: number, end: number, context = 40): string {
  const before = doc.slice(Math.max(0, start - context), start).replace(/\s+/g, ' ');
  const after = doc.slice(end, end + context).replace(/\s+/g, ' ');
  return `${start > context ? '…' : ''}${before}[${doc.slice(start, end)}]${after}${end + context < doc.length ? '…' : ''}`;
}

const REASONS: Record<string, string> = {
  case: 'not written like the name',
  'part-of-other-name': 'part of another name',
  'no-context': 'no other entity or context word nearby',
  retweet: 'a retweet marker ("RT @…")',
};

const f2 = (x: number) => x.toFixed(2);

export function explainScore(story: StoryInput, score: StoryScore, watchlist: Watchlist): string {
  let scorer = scorers.get(watchlist);
  if (!scorer) {
    scorer = createScorer(watchlist);
    scorers.set(watchlist, scorer);
  }
  const { analysis, candidates, stances, breakdown } = scorer.details(story);
  const name = (id: string) => scorer.model.names.get(id) ?? id;
  const lines: string[] = [];
  lines.push(`Story: ${story.title || '(untitled)'}${story.url ? ` <${story.url}>` : ''}`);
  lines.push(`Relevance: ${f2(score.relevance)} (${score.relevant ? 'relevant' : 'not relevant'})`);
  lines.push('');

  lines.push(analysis.entities.length ? 'Entities:' : 'Entities: none of the watchlist');
  for (const e of analysis.entities) {
    const entity = watchlist.entities.find((x) => x.id === e.id);
    const aliases = [...new Set(e.occurrences.map((o) => entity?.aliases[o.aliasIndex]?.text ?? '?'))];
    const flags = [e.inTitle ? 'in title' : '', e.ambiguousOnly ? 'ambiguous aliases only' : ''].filter(Boolean).join(', ');
    lines.push(
      `  ${name(e.id)} (${e.id}) ×${e.count}${flags ? ` [${flags}]` : ''}: specificity ${f2(scorer.model.specificity.get(e.id) ?? 0)}, evidence ${f2(breakdown.entityEvidence.get(e.id) ?? 0)}`,
    );
    lines.push(`    aliases: ${aliases.map((a) => `"${a}"`).join(', ')}`);
    const first = e.occurrences[0];
    lines.push(`    first: ${excerpt(analysis.doc, first.start, first.end)}`);
  }
  if (analysis.rejected.length) {
    lines.push('Set aside (ambiguous aliases):');
    for (const r of analysis.rejected.slice(0, 10)) {
      lines.push(`  "${r.alias}" → ${name(r.entityId)}: ${REASONS[r.reason] ?? r.reason} — ${excerpt(analysis.doc, r.start, r.end, 25)}`);
    }
  }
  if (breakdown.pairs.length) {
    lines.push('Entity pairs that share seed claims:');
    for (const p of [...breakdown.pairs].sort((a, b) => b.shared - a.shared)) lines.push(`  ${name(p.a)} + ${name(p.b)}: ${p.shared} claim(s)`);
  }
  lines.push('');
  if (stances.length) {
    lines.push(`Claims weighed (a stance is asserted from ${f2(STANCE_THRESHOLD)} on specific evidence; "possible" is listed, never alerted):`);
    for (const c of stances) {
      const claim = watchlist.claims.find((x) => x.id === c.claim);
      const verdict = c.score < STANCE_THRESHOLD ? `no stance (closest: ${c.stance} ${f2(c.score)})` : c.stance === 'possible' ? `possible ${f2(c.score)} (not asserted)` : `${c.stance} ${f2(c.score)}`;
      lines.push(`  ${c.claim} ${verdict} — ${claim?.statement ?? ''}`);
      if (claim?.seed_error && c.stance === 'contradicts' && c.score >= STANCE_THRESHOLD) lines.push(`    the seed itself is wrong here: ${claim.correction?.statement ?? claim.seed_error}`);
      lines.push(`    story: “${c.evidence}”`);
      if (claim?.quote) lines.push(`    seed:  “${claim.quote.replace(/\s+/g, ' ').trim()}”`);
      lines.push(`    why: ${c.reason}`);
    }
  } else lines.push('Claims weighed for a stance: none');
  if (candidates.length) {
    lines.push('Claim candidates (entities of a claim in one sentence, for relevance):');
    for (const c of candidates) {
      lines.push(`  ${c.claim} ${f2(c.score)}: ${c.entities.map(name).join(', ')}; claim wording overlap ${f2(c.vocabularyOverlap)}`);
    }
  }
  lines.push('');
  const t = breakdown.terms;
  const f = breakdown.features;
  lines.push(
    `Relevance evidence: names ${f2(t.entities)}, names the seed claims link ${f2(t.pairs)}, a claim's names in one sentence ${f2(t.candidate)}, ` +
      `the claims' wording ${f2(t.vocabulary)}, a claim stance ${f2(t.stance)}${breakdown.dateFactor !== 1 ? `, date factor ×${breakdown.dateFactor}` : ''}`,
  );
  lines.push(`Relevance (fitted combination of that evidence ${f2(f.evidence)}, specific names ${f2(f.specific)}, thread ${f2(f.thread)}, tangential ${f.tangential}, people the watchlist does not follow ${f2(f.outsiders)}) → ${f2(breakdown.relevance)}`);
  if (breakdown.thread) lines.push(`Closest thread: ${breakdown.thread.id} (${f2(breakdown.thread.score)})${breakdown.tangential ? `; tangential topics: ${breakdown.tangential}` : ''}`);
  lines.push('Why:');
  for (const w of score.why) lines.push(`  - ${w}`);
  return lines.join('\n');
}
