/**
 * `veille seeds review <file>`: a proposed (or any) watchlist, one line per entity and per claim,
 * with what makes each checkable, so a person can review 40 claims in minutes.
 */
import { readFile } from 'node:fs/promises';
import YAML from 'yaml';
import { Watchlist } from '../config/watchlist.js';
import { PermanentError } from '../lib/errors.js';
import { checkability } from './claims.js';
import { findEvents } from './events.js';

const MAX_STATEMENT = 110;

const clip = (s: string) => (s.length > MAX_STATEMENT ? `${s.slice(0, MAX_STATEMENT - 1)}…` : s);

/** How often the seeds name each entity, as the import wrote it above the entity ("# 35 mentions in 5 documents"); empty for a hand-written file. */
function mentionCounts(doc: YAML.Document): Map<string, { mentions: number; documents: number }> {
  const counts = new Map<string, { mentions: number; documents: number }>();
  const entities = doc.get('entities');
  if (!YAML.isSeq(entities)) return counts;
  entities.items.forEach((item, i) => {
    // the first entity's comment is read as the list's own
    const comment = YAML.isMap(item) ? (item.commentBefore ?? (i === 0 ? entities.commentBefore : undefined)) : undefined;
    const m = MENTIONS_COMMENT.exec(comment ?? '');
    const id = YAML.isMap(item) ? item.get('id') : null;
    if (m && typeof id === 'string') counts.set(id, { mentions: Number(m[1]), documents: Number(m[2]) });
  });
  return counts;
}
const MENTIONS_COMMENT = /(\d+) mentions? in (\d+) documents?/;

/** The review text of a watchlist file; a missing or invalid file fails with its name and the first problem. */
export async function reviewWatchlist(file: string): Promise<string> {
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (err) {
    throw new PermanentError(`cannot read ${file} (${(err as NodeJS.ErrnoException).code ?? String(err)})`, { cause: err });
  }
  // one parse: the document's values for the schema, its comments for the import's counts
  const doc = YAML.parseDocument(raw);
  let parsed: unknown;
  try {
    if (doc.errors.length) throw doc.errors[0];
    parsed = doc.toJS();
  } catch (err) {
    throw new PermanentError(`${file} is not valid YAML: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
  const result = Watchlist.safeParse(parsed);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new PermanentError(`${file} is not a valid watchlist: ${issue.path.join('.') || '(top)'}: ${issue.message}`);
  }
  const wl = result.data;
  const seen = mentionCounts(doc);
  const lines = [`${wl.entities.length} entities, ${wl.claims.length} claims`, '', 'ENTITIES'];
  for (const e of wl.entities) {
    const aliases = e.aliases.map((a) => `${a.text}${a.needs_context ? '*' : ''}`).join(', ');
    const count = seen.get(e.id);
    lines.push(`  ${e.id} (${e.type}${count ? `, ${count.mentions}× in ${count.documents} doc${count.documents === 1 ? '' : 's'}` : ''}): ${aliases}`);
  }
  lines.push('  (* counts only near another entity or a context word)', '', 'CLAIMS  [checkability: D=date N=number A=a named actor\'s deed E=entities]');
  for (const c of wl.claims) {
    const deed = c.entities.length > 0 && findEvents(c.statement).length > 0;
    const cues = `${c.dates.length ? 'D' : '-'}${c.quantities.length ? 'N' : '-'}${deed ? 'A' : '-'}${c.entities.length ? 'E' : '-'}`;
    lines.push(`  ${c.id} ${cues} ${String(checkability(c, deed)).padStart(2)}  ${clip(c.statement)}`);
    if (c.entities.length) lines.push(`        entities: ${c.entities.join(', ')}`);
  }
  const threads = (wl as { threads?: { id: string; description?: string; claims?: string[] }[] }).threads ?? [];
  if (threads.length) {
    lines.push('', 'THREADS');
    for (const t of threads) lines.push(`  ${t.id} ${t.description ?? ''}: ${(t.claims ?? []).join(' ')}`);
  }
  return lines.join('\n');
}
