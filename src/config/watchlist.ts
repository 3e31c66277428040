import { z } from 'zod';

export const Alias = z.object({
  text: z.string().min(1),
  lang: z.array(z.string()).default(['any']).describe('languages the alias is used in; "any" for all'),
  kind: z.string().optional().describe('handle | description | inflection | misspelling | …'),
  needs_context: z.boolean().default(false).describe('counts only near another entity or a context word'),
  note: z.string().optional(),
});
export type Alias = z.infer<typeof Alias>;

export const Entity = z.object({
  id: z.string().min(1),
  type: z.string().default('other'),
  aliases: z.array(Alias).min(1),
  weight: z.number().min(0).max(10).optional().describe('how specific the entity is to the storyline'),
});
export type Entity = z.infer<typeof Entity>;

export const Quantity = z.object({
  value: z.number(),
  unit: z.string().optional(),
  approx: z.boolean().default(false),
  text: z.string().optional(),
});

export const ClaimDate = z.object({
  value: z.union([z.string(), z.number()]).transform(String),
  what: z.string().optional(),
});

export const Correction = z.object({
  statement: z.string().min(1).describe('the true fact, in a sentence'),
  entities: z.array(z.string()).default([]).describe('entity ids the true fact names'),
});
export type Correction = z.infer<typeof Correction>;

export const Thread = z.object({
  id: z.string().min(1),
  description: z.string().default('').describe("the sub-topic in a sentence or two: its words count as the storyline's"),
  claims: z.array(z.string()).default([]),
  entities: z.array(z.string()).default([]),
});
export type Thread = z.infer<typeof Thread>;

export const Claim = z.object({
  id: z.string().min(1),
  source: z.string().optional(),
  quote: z.string().default(''),
  statement: z.string().min(1),
  entities: z.array(z.string()).default([]),
  quantities: z.array(Quantity).default([]),
  dates: z.array(ClaimDate).default([]),
  seed_note: z.string().optional(),
  seed_error: z.string().optional().describe('the seed itself is wrong here; the correct fact contradicts the claim'),
  correction: Correction.optional().describe('the seed states this claim wrongly: the true fact, which contradicts the claim as written'),
});
export type Claim = z.infer<typeof Claim>;

export const Watchlist = z
  .object({
    version: z.literal(1),
    language_of_seeds: z.string().optional(),
    entities: z.array(Entity).min(1),
    claims: z.array(Claim).default([]),
    context_words: z.array(z.string()).default([]).describe('words that make needs_context aliases count'),
    seed_errors_and_caveats: z.array(z.string()).default([]),
    threads: z.array(Thread).default([]).describe("the storyline's sub-topics, used by relevance"),
    tangential: z.array(z.string()).default([]).describe('topics near the storyline but not part of it: they count against relevance'),
  })
  .passthrough()
  .superRefine((wl, ctx) => {
    const ids = new Set<string>();
    wl.entities.forEach((e, i) => {
      if (ids.has(e.id)) ctx.addIssue({ code: 'custom', path: ['entities', i, 'id'], message: `duplicate entity id "${e.id}"` });
      ids.add(e.id);
    });
    const claimIds = new Set<string>();
    wl.claims.forEach((c, i) => {
      if (claimIds.has(c.id)) ctx.addIssue({ code: 'custom', path: ['claims', i, 'id'], message: `duplicate claim id "${c.id}"` });
      claimIds.add(c.id);
      c.entities.forEach((ref, j) => {
        if (!ids.has(ref)) ctx.addIssue({ code: 'custom', path: ['claims', i, 'entities', j], message: `unknown entity "${ref}"` });
      });
      c.correction?.entities.forEach((ref, j) => {
        if (!ids.has(ref)) ctx.addIssue({ code: 'custom', path: ['claims', i, 'correction', 'entities', j], message: `unknown entity "${ref}"` });
      });
    });
    const threadIds = new Set<string>();
    wl.threads.forEach((t, i) => {
      if (threadIds.has(t.id)) ctx.addIssue({ code: 'custom', path: ['threads', i, 'id'], message: `duplicate thread id "${t.id}"` });
      threadIds.add(t.id);
      t.claims.forEach((ref, j) => {
        if (!claimIds.has(ref)) ctx.addIssue({ code: 'custom', path: ['threads', i, 'claims', j], message: `unknown claim "${ref}"` });
      });
      t.entities.forEach((ref, j) => {
        if (!ids.has(ref)) ctx.addIssue({ code: 'custom', path: ['threads', i, 'entities', j], message: `unknown entity "${ref}"` });
      });
    });
  });
export type Watchlist = z.infer<typeof Watchlist>;
