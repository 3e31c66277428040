/**
 * `veille seeds review <file>`: a proposed (or any) watchlist, one line per entity and per claim,
 * with what makes each checkable, so a person can review 40 claims in minutes.
 */
import { readFile } from 'node:fs/promises';
import YAML from 'yaml';
import { Watchlist } from '../config/watchlist.js';
import { PermanentError } from '../lib/errors.js';
import { checkability } from './claims.js';

const MAX_STATEMENT = 110;

const clip = (s: string) => (s.length > MAX_STATEMENT ? `${s.slice(0, MAX_STATEMENT - 1)}…` : s);

/** The review text of a watchlist file; a missing or invalid file fails with its name and the first problem. */
export async function reviewWatchlist(file: string): Promise<string> {
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (err) {
    throw new PermanentError(`cannot read ${file} (${(err as NodeJS.ErrnoException).code ?? String(err)})`, { cause: err });
  }
  let parsed: unknown;
  try {
    parsed = YAML.parse(raw);
  } catch (err) {
    throw new PermanentError(`${file} is not valid YAML: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
  const result = Watchlist.safeParse(parsed);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new PermanentError(`${file} is not a valid watchlist: ${issue.path.join('.') || '(top)'}: ${issue.message}`);
  }
  const wl = result.data;
  const lines = [`${wl.entities.length} entities, ${wl.claims.length} claims`, '', 'ENTITIES'];
  for (const e of wl.entities) {
    const aliases = e.aliases.map((a) => `${a.text}${a.needs_context ? '*' : ''}`).join(', ');
    lines.push(`  ${e.id} (${e.type}): ${aliases}`);
  }
  lines.push('  (* counts only near another entity or a context word)', '', 'CLAIMS  [checkability: D=date N=number E=entities]');
  for (const c of wl.claims) {
    const cues = `${c.dates.length ? 'D' : '-'}${c.quantities.length ? 'N' : '-'}${c.entities.length ? 'E' : '-'}`;
    lines.push(`  ${c.id} ${cues} ${String(checkability(c)).padStart(2)}  ${clip(c.statement)}`);
    if (c.entities.length) lines.push(`        entities: ${c.entities.join(', ')}`);
  }
  const threads = (wl as { threads?: { id: string; description?: string; claims?: string[] }[] }).threads ?? [];
  if (threads.length) {
    lines.push('', 'THREADS');
    for (const t of threads) lines.push(`  ${t.id} ${t.description ?? ''}: ${(t.claims ?? []).join(' ')}`);
  }
  return lines.join('\n');
}
