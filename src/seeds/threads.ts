/**
 * The storyline's sub-topics, proposed as threads: claims grouped around the entity they share.
 * An entity named in most claims is the storyline itself and splits nothing; the others, most
 * claims first, each take the claims not yet in a thread. Deterministic.
 */
import type { ProposedClaim } from './claims.js';

export interface ProposedThread {
  id: string;
  description: string;
  claims: string[];
  entities: string[];
}

export interface ThreadOptions {
  /** @defaultValue 6 */
  maxThreads?: number;
}

/** Entities in more than this share of the claims are the whole storyline, not a sub-topic. */
const CENTRAL_SHARE = 0.6;
const MIN_CLAIMS = 2;

export function proposeThreads(
  claims: readonly Pick<ProposedClaim, 'id' | 'entities'>[],
  entities: readonly { id: string; aliases: readonly { text: string }[] }[],
  options: ThreadOptions = {},
): ProposedThread[] {
  const order = new Map(entities.map((e, i) => [e.id, i]));
  const count = new Map<string, number>();
  for (const c of claims) for (const e of c.entities) count.set(e, (count.get(e) ?? 0) + 1);
  const central = (n: number) => n > Math.max(MIN_CLAIMS, claims.length * CENTRAL_SHARE);
  const hubs = [...count.entries()]
    .filter(([, n]) => n >= MIN_CLAIMS && !central(n))
    .sort((a, b) => b[1] - a[1] || (order.get(a[0]) ?? 0) - (order.get(b[0]) ?? 0))
    .map(([id]) => id);
  const taken = new Set<string>();
  const threads: ProposedThread[] = [];
  for (const hub of hubs) {
    if (threads.length >= (options.maxThreads ?? 6)) break;
    const mine = claims.filter((c) => !taken.has(c.id) && c.entities.includes(hub));
    if (mine.length < MIN_CLAIMS) continue;
    mine.forEach((c) => taken.add(c.id));
    const co = new Map<string, number>();
    for (const c of mine) for (const e of c.entities) if (e !== hub && !central(count.get(e) ?? 0)) co.set(e, (co.get(e) ?? 0) + 1);
    const partners = [...co.entries()].filter(([, n]) => n >= MIN_CLAIMS).sort((a, b) => b[1] - a[1]).map(([id]) => id);
    const name = (id: string) => entities.find((e) => e.id === id)?.aliases[0]?.text ?? id;
    threads.push({
      id: `T${threads.length + 1}`,
      description: [name(hub), ...partners.slice(0, 2).map(name)].join(' · '),
      claims: mine.map((c) => c.id),
      entities: [hub, ...partners],
    });
  }
  return threads;
}
