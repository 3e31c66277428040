import { describe, expect, it } from 'vitest';
import { findingScore } from '../../src/alerts/route.js';
import { Watchlist } from '../../src/config/watchlist.js';
import type { StoryInput } from '../../src/domain/types.js';
import { createScorer, explainScore, type StanceProvider } from '../../src/matchers/index.js';

// A storyline written for these tests (no real events). Jane Roe, Northwind Bank, Acme Corp; the seeds got
// one fact wrong (K3: the Zeta Group, not Jane Roe, hacked the servers), stated as a structured correction.
const base = {
  version: 1 as const,
  language_of_seeds: 'en',
  entities: [
    { id: 'jane_roe', type: 'person', aliases: [{ text: 'Jane Roe' }, { text: 'Roe' }] },
    { id: 'northwind', type: 'org', aliases: [{ text: 'Northwind Bank' }, { text: 'Northwind' }] },
    { id: 'acme', type: 'org', aliases: [{ text: 'Acme Corp' }, { text: 'Acme' }] },
    { id: 'zeta_group', type: 'org', aliases: [{ text: 'Zeta Group' }] },
    { id: 'geneva_meeting', type: 'event', aliases: [{ text: 'Geneva meeting' }] },
    { id: 'harbour_board', type: 'org', aliases: [{ text: 'Harbour Board' }] },
  ],
  claims: [
    {
      id: 'K1',
      statement: 'On 4 March 2019 Jane Roe emailed Northwind Bank executives, offering 250 million dollars for the shipyard.',
      entities: ['jane_roe', 'northwind'],
      quantities: [{ value: 250_000_000, unit: 'USD' }],
      dates: [{ value: '2019-03-04' }],
    },
    {
      id: 'K5',
      statement: 'Jane Roe asked Northwind Bank for the minutes of its board meetings about the shipyard.',
      entities: ['jane_roe', 'northwind'],
    },
    {
      id: 'K6',
      statement: 'On 10 May 2019 Jane Roe met the Harbour Board to present the shipyard plan.',
      entities: ['jane_roe', 'harbour_board'],
      dates: [{ value: '2019-05-10' }],
    },
    {
      id: 'K3',
      statement: 'Jane Roe hacked the Acme servers and leaked the shipyard files.',
      entities: ['jane_roe', 'acme'],
      correction: { statement: 'The Zeta Group hacked the Acme servers; Jane Roe only leaked the files.', entities: ['zeta_group'] },
    },
    {
      id: 'K4',
      statement: 'The shipyard sale was not discussed at the Geneva meeting between Acme and Northwind.',
      entities: ['acme', 'geneva_meeting', 'northwind'],
    },
    {
      id: 'K7',
      statement: 'Acme showed interest, but it is unclear whether Acme pursued the shipyard idea.',
      entities: ['acme'],
    },
  ],
};
const watchlist = Watchlist.parse(base);
const scorer = createScorer(watchlist);
const find = (text: string, claim: string, extra: Partial<StoryInput> = {}) => scorer.score({ title: '', text, ...extra }).claims.find((c) => c.claim === claim);

describe('the watchlist fields threads, tangential and correction', () => {
  it('are optional: a watchlist with entities and claims only still loads and scores', () => {
    const bare = Watchlist.parse({ ...base, claims: base.claims.map(({ correction: _c, ...claim }) => claim) });
    expect(bare.threads).toEqual([]);
    expect(bare.tangential).toEqual([]);
    const score = createScorer(bare).score({ title: '', text: 'On 4 March 2019 Jane Roe emailed Northwind Bank executives, offering $250 million for the shipyard.' });
    expect(score.claims.find((c) => c.claim === 'K1')).toMatchObject({ stance: 'supports' });
  });

  it('reject a thread naming an unknown claim and a correction naming an unknown entity', () => {
    const bad = Watchlist.safeParse({
      ...base,
      threads: [{ id: 'T1', claims: ['K99'] }],
      claims: [{ ...base.claims[3], correction: { statement: 'x', entities: ['nobody'] } }],
    });
    expect(bad.success).toBe(false);
    const messages = bad.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(messages).toContain('threads.0.claims.0: unknown claim "K99"');
    expect(messages).toContain('claims.0.correction.entities.0: unknown entity "nobody"');
  });

  it('a thread makes a story about it relevant even when it matches no claim; a tangential topic counts against', () => {
    const threaded = createScorer(
      Watchlist.parse({
        ...base,
        threads: [{ id: 'T1', description: 'The shipyard takeover: bids, financing, dockworkers and the harbour concession.', claims: ['K1', 'K5'], entities: ['jane_roe', 'northwind'] }],
        tangential: ['the Northwind pension fund scandal'],
      }),
    );
    const onThread = { title: 'Dockworkers fear the shipyard takeover', text: 'Jane Roe’s bid for the shipyard worries dockworkers, who fear the harbour concession and its financing will change hands.' };
    const tangent = { title: 'Northwind pension fund scandal widens', text: 'The Northwind pension fund scandal widened as auditors found missing payments; Jane Roe was not involved.' };
    const a = threaded.score(onThread);
    expect(a.claims.filter((c) => c.stance !== 'possible')).toEqual([]);
    expect(a.why.join('\n')).toContain('about the thread T1');
    expect(a.relevance).toBeGreaterThan(threaded.score(tangent).relevance);
    expect(threaded.score(tangent).why.join('\n')).toContain('tangential');
  });
});

describe('three stance outcomes, asserted only on specific evidence', () => {
  it('a different figure for the claim’s own event contradicts, in plain words', () => {
    const hit = find('Jane Roe offered Northwind Bank $400 million for the shipyard in her email of March 4, 2019.', 'K1');
    expect(hit).toMatchObject({ stance: 'contradicts' });
    expect(hit!.reason).toBe('The story gives $400 million; the claim says $250 million.');
  });

  it('a denial by the claim’s actors of its predicate contradicts', () => {
    expect(find('Jane Roe never emailed Northwind Bank executives about the shipyard, her lawyer said.', 'K1')).toMatchObject({ stance: 'contradicts' });
  });

  it('a negation that is not a denial of the claim by or about its actors is only possible, and never alerted', () => {
    const text = 'Northwind Bank executives said they had not yet replied to offers emailed for the shipyard.';
    const hit = find(text, 'K1');
    expect(hit?.stance ?? 'none').not.toBe('contradicts');
    const score = scorer.score({ title: '', text });
    expect(findingScore('contradiction', score, 0.5)).toBe(0);
  });

  it('the correct fact of a seed error (a structured correction) contradicts, and says so', () => {
    const hit = find('Investigators found that the Zeta Group hacked the Acme servers; Jane Roe only leaked the files.', 'K3');
    expect(hit).toMatchObject({ stance: 'contradicts' });
    expect(hit!.reason).toContain('what the seeds got wrong');
    // the same words without the entity the correction names are not the correct fact
    expect(find('Jane Roe leaked the files after the Acme servers were hacked, investigators found.', 'K3')?.stance).not.toBe('contradicts');
  });

  it('the correct fact told without any of the claim’s names still contradicts it; the topic alone does not', () => {
    const told = find('The Zeta Group broke into the company’s servers in March and stole the shipyard files, investigators said.', 'K3');
    expect(told).toMatchObject({ stance: 'contradicts' });
    expect(told!.reason).toContain('what the seeds got wrong');
    expect(find('Hackers broke into the company’s servers in March and stole the shipyard files, investigators said.', 'K3')?.stance ?? 'none').toBe('none');
    expect(find('The Zeta Group opened an office in the harbour in March, its spokesman said.', 'K3')?.stance ?? 'none').toBe('none');
    // the same with a free-text seed_error note: the name it gives, unknown to the watchlist, is the correct fact's
    // (the story names a watchlist entity, Northwind, that K3 does not: a story naming none is not about the storyline)
    const noted = Watchlist.parse({
      ...base,
      claims: base.claims.map(({ correction: _c, ...claim }) =>
        claim.id === 'K3' ? { ...claim, seed_error: 'Jane Roe only leaked the files; the hacking was done by the Orbis Collective.' } : claim,
      ),
    });
    const hit = createScorer(noted)
      .score({ title: '', text: 'Northwind Bank said researchers traced the intrusion to the Orbis Collective, which stole the shipyard files in March.' })
      .claims.find((c) => c.claim === 'K3');
    expect(hit).toMatchObject({ stance: 'contradicts' });
    expect(hit!.reason).toMatch(/Orbis Collective\.$/);
  });

  it('two words of a free-text correct fact beside the claim’s own topic word state it, with no name the watchlist does not know', () => {
    const noted = Watchlist.parse({
      ...base,
      claims: base.claims.map(({ correction: _c, ...claim }) =>
        claim.id === 'K3' ? { ...claim, seed_error: 'Jane Roe only leaked the files; the hacking was done by hired contractors working for the port.' } : claim,
      ),
    });
    const k3 = (text: string) => createScorer(noted).score({ title: '', text }).claims.find((c) => c.claim === 'K3');
    expect(k3('Acme said its servers were hacked by the port contractors, Jane Roe said.')).toMatchObject({ stance: 'contradicts' });
    // the same words in the sentence after the hacking is told are no attribution of it
    expect(k3('Jane Roe said the Acme servers were hacked in March. Port contractors had installed them, Jane Roe said.')?.stance ?? 'none').not.toBe('contradicts');
  });

  it('one common word of a seed error’s correct fact in a sentence about the claim is not the correct fact', () => {
    const noted = Watchlist.parse({
      ...base,
      claims: base.claims.map(({ correction: _c, ...claim }) =>
        claim.id === 'K3' ? { ...claim, seed_error: 'Jane Roe only leaked the files; the hacking was done by the Orbis Collective.' } : claim,
      ),
    });
    const text = 'The Orbis Collective held a press conference on Monday. Jane Roe said the Acme servers were hacked and that it was done in March.';
    const hit = createScorer(noted).score({ title: '', text }).claims.find((c) => c.claim === 'K3');
    expect(hit?.stance ?? 'none').not.toBe('contradicts');
  });

  it('a story quoting the words a seed_error note quotes states the correct fact, without the note’s topic word', () => {
    const noted = Watchlist.parse({
      ...base,
      claims: [
        ...base.claims,
        {
          id: 'K9',
          statement: 'On 2 May 2019 Jane Roe criticised Acme over its shipyard bid.',
          entities: ['jane_roe', 'acme'],
          dates: [{ value: '2019-05-02' }],
          seed_error: "Jane Roe did not criticise Acme that day: she praised its bid ('A bold and generous offer that will save the yard').",
        },
      ],
    });
    const k9 = (text: string) => createScorer(noted).score({ title: '', text }).claims.find((c) => c.claim === 'K9');
    expect(k9('Jane Roe on Acme: "A bold and generous offer that will save the yard!"')).toMatchObject({ stance: 'contradicts' });
    // two of the quoted words are not the quotation
    expect(k9('Jane Roe said Acme made an offer for the yard.')?.stance ?? 'none').not.toBe('contradicts');
  });

  it('a compatible, less precise fact supports', () => {
    expect(find('In March 2019 Jane Roe emailed Northwind Bank executives with a $250 million offer for the shipyard.', 'K1')).toMatchObject({ stance: 'supports' });
  });
});

describe('who did what to whom', () => {
  it('the claim’s words with its names the other way round do not support it, and say why; the passive does', () => {
    const asked = 'Jane Roe asked Northwind Bank for the minutes of its board meetings about the shipyard, a clerk said.';
    expect(find(asked, 'K5')).toMatchObject({ stance: 'supports' });
    const reversed = 'Northwind Bank asked Jane Roe for the minutes of her board meetings about the shipyard, a clerk said.';
    expect(find(reversed, 'K5')?.stance ?? 'none').not.toBe('supports');
    // veille explain lists it among the claims weighed, with the reason
    expect(scorer.details({ title: '', text: reversed }).stances.find((c) => c.claim === 'K5')?.reason).toContain('the other way round');
    expect(find('Northwind Bank was asked by Jane Roe for the minutes of its board meetings about the shipyard, a clerk said.', 'K5')).toMatchObject({ stance: 'supports' });
  });
});

describe('sibling claims, negative and open claims, dates of another event', () => {
  it('a date that is a sibling claim’s own does not contradict another claim of the same people', () => {
    const text = 'On 4 March 2019 Jane Roe emailed Northwind Bank executives, offering $250 million for the shipyard, before she met the Harbour Board.';
    expect(find(text, 'K1')).toMatchObject({ stance: 'supports' });
    expect(find(text, 'K6')?.stance).not.toBe('contradicts');
  });

  it('the date of a document ("the plan … was dated 2 April 2019") does not contradict the claim’s date', () => {
    const dated = 'The shipyard plan Jane Roe presented when she met the Harbour Board was dated 2 April 2019, the board said.';
    expect(find(dated, 'K6')?.stance).not.toBe('contradicts');
    // the same date for the meeting itself does
    expect(find('The shipyard plan Jane Roe presented when she met the Harbour Board on 2 April 2019 was approved, the board said.', 'K6')).toMatchObject({ stance: 'contradicts' });
  });

  it('a sentence supports the sibling it fits, not every claim about the same people', () => {
    const text = 'Jane Roe asked Northwind Bank for the minutes of its board meetings about the shipyard, the bank confirmed.';
    expect(find(text, 'K5')).toMatchObject({ stance: 'supports' });
    expect(find(text, 'K1')?.stance).not.toBe('supports');
  });

  it('a figure two sibling claims give is supported for the one whose event the sentence tells, only possible for the other', () => {
    // the regulator's order gives the 14 batches; the spokeswoman's correction gives them too, but no one corrected anything here
    const recall = createScorer(
      Watchlist.parse({
        version: 1,
        language_of_seeds: 'en',
        entities: [
          { id: 'authority', type: 'org', aliases: [{ text: 'Harbour Medicines Authority' }] },
          { id: 'calvex', type: 'product', aliases: [{ text: 'Calvex' }] },
          { id: 'brackton', type: 'org', aliases: [{ text: 'Brackton Pharma' }, { text: 'Brackton' }] },
          { id: 'nina_fell', type: 'person', aliases: [{ text: 'Nina Fell' }] },
          { id: 'calvex_recall', type: 'event', aliases: [{ text: 'Calvex recall' }] },
        ],
        claims: [
          {
            id: 'A1',
            statement: 'The Harbour Medicines Authority ordered the recall of 14 batches of Calvex made by Brackton Pharma.',
            entities: ['authority', 'calvex', 'brackton'],
            quantities: [{ value: 14, unit: 'batches' }],
          },
          {
            id: 'A2',
            statement: 'Brackton spokeswoman Nina Fell withdrew her statement that only four batches were involved and confirmed that 14 batches were being recalled.',
            entities: ['nina_fell', 'brackton', 'calvex_recall', 'calvex'],
            quantities: [
              { value: 4, unit: 'batches' },
              { value: 14, unit: 'batches' },
            ],
          },
        ],
      }),
    );
    const claims = recall.score({ title: '', text: '@HarbourMA: We have today ordered the recall of 14 batches of Calvex made by Brackton (Calvex recall).' }).claims;
    expect(claims.find((c) => c.claim === 'A1')).toMatchObject({ stance: 'supports' });
    expect(claims.find((c) => c.claim === 'A2')?.stance ?? 'none').not.toBe('supports');
  });

  it('the claim’s names and another watchlist name are not its fact: a story naming them all only stays possible', () => {
    // "Acme" is ambiguous alone (needs_context), so the claim's wording keeps it as a word; sixteen more claims make it rare
    const named = Watchlist.parse({
      ...base,
      entities: base.entities.map((e) => (e.id === 'acme' ? { ...e, aliases: [{ text: 'Acme Corp' }, { text: 'Acme', needs_context: true }] } : e)),
      claims: [
        ...base.claims,
        {
          id: 'K8',
          statement: 'Jane Roe, Northwind Bank and the Harbour Board signed the lease of the former Acme dock.',
          entities: ['jane_roe', 'northwind', 'harbour_board'],
        },
        ...Array.from({ length: 16 }, (_, i) => ({ id: `F${i}`, statement: `Northwind Bank opened branch ${i + 1} in the north.`, entities: ['northwind'] })),
      ],
    });
    const k8 = (text: string) => createScorer(named).score({ title: '', text }).claims.find((c) => c.claim === 'K8');
    const met = k8('Jane Roe, Northwind Bank and the Harbour Board met Acme on Friday.');
    expect(met?.stance === 'supports' && met.score >= 0.5).toBe(false);
    // the lease itself, with the same names, does support it
    expect(k8('Jane Roe, Northwind Bank and the Harbour Board signed the dock lease on Friday.')).toMatchObject({ stance: 'supports' });
  });

  it('a negative claim is not contradicted by a story that repeats its negation', () => {
    const text = 'The shipyard sale was not discussed at the Geneva meeting between Acme and Northwind, a participant confirmed.';
    expect(find(text, 'K4')?.stance).not.toBe('contradicts');
  });

  it('a negative claim is contradicted by a story asserting what it negates', () => {
    expect(find('Acme and Northwind discussed the shipyard sale at length at the Geneva meeting, a participant said.', 'K4')).toMatchObject({ stance: 'contradicts' });
  });

  it('a claim negating a verb and its object is not contradicted by the verb alone, used of something else', () => {
    const negated = Watchlist.parse({
      ...base,
      claims: [
        ...base.claims,
        { id: 'K8', statement: 'Jane Roe later said the Harbour Board provided no blueprints of the dry dock.', entities: ['jane_roe', 'harbour_board'] },
      ],
    });
    const k8 = (text: string) => createScorer(negated).score({ title: '', text }).claims.find((c) => c.claim === 'K8');
    expect(k8('Jane Roe said she would provide the Harbour Board with the minutes of her meeting.')?.stance ?? 'none').not.toBe('contradicts');
    expect(k8('The Harbour Board provided blueprints of the dry dock to Jane Roe in May, a clerk said.')).toMatchObject({ stance: 'contradicts' });
  });

  it('an open claim is not contradicted by a story that only names what it leaves open', () => {
    const text = 'Acme’s chief called the shipyard idea interesting and said nothing more about it.';
    expect(find(text, 'K7')?.stance).not.toBe('contradicts');
  });
});

describe('explanations in plain words', () => {
  it('veille explain shows every claim weighed, why a finding stayed possible, and no word stems or rule names', () => {
    const story = { title: '', text: 'Northwind Bank executives said they had not yet replied to offers emailed for the shipyard. Jane Roe declined to comment.' };
    const text = explainScore(story, scorer.score(story), watchlist);
    expect(text).toMatch(/\n {2}K1 (possible|no stance)/);
    expect(text).toMatch(/\n {4}why: [A-Z][^\n]*\./);
    for (const internal of ['opposite-words', 'seed-correction', 'predicate words', 'under a negation', 'unspecific']) expect(text).not.toContain(internal);
  });

  it('quotes figures and words as the story and the claim write them, in any language, never as word stems', () => {
    const riversideWatchlist = Watchlist.parse({
      version: 1,
      language_of_seeds: 'en',
      entities: [
        { id: 'acme', type: 'org', aliases: [{ text: 'Acme Corp' }, { text: 'Acme' }] },
        { id: 'riverside', type: 'place', aliases: [{ text: 'Riverside' }] },
      ],
      claims: [
        { id: 'K1', statement: '214 residents of Riverside sued Acme Corp over the flood.', entities: ['acme', 'riverside'], quantities: [{ value: 214, unit: 'residents' }] },
        { id: 'K2', statement: 'Acme Corp wrote to the Riverside council about the dam.', entities: ['acme', 'riverside'] },
      ],
    });
    const riverside = createScorer(riversideWatchlist);
    const reason = (text: string, lang: string, claim: string) => riverside.score({ title: '', text, lang }).claims.find((c) => c.claim === claim)?.reason;
    expect(reason('214 жителей Riverside подали иск против Acme.', 'ru', 'K1')).toBe('The story gives 214 жителей, as the claim does (214 residents).');
    expect(reason('Rund 214 Bewohner von Riverside verklagten Acme wegen der Flut.', 'de', 'K1')).toBe('The story gives rund 214 Bewohner, as the claim does (214 residents).');
    // the claim's word as the story inflects it (the matcher compares Russian words by their stems)
    const letter = { title: '', text: 'Acme написала письма совету Riverside о плотине.', lang: 'ru' };
    const text = explainScore(letter, riverside.score(letter), riversideWatchlist);
    expect(text).toContain('It says “написала”, as the claim does.');
  });
});

describe('stance providers', () => {
  it('the pipeline asks the configured provider for each (sentence, claim) pair', async () => {
    const asked: string[] = [];
    const strict: StanceProvider = {
      id: 'test-model',
      assess(sentence, claim) {
        asked.push(claim.id);
        return claim.id === 'K1' ? { stance: 'contradicts', score: 0.9, reason: 'The model reads a different offer.' } : null;
      },
    };
    const withModel = createScorer(watchlist, { stance: strict });
    const story = { title: '', text: 'On 4 March 2019 Jane Roe emailed Northwind Bank executives, offering $250 million for the shipyard.' };
    const score = await withModel.assess(story);
    expect(asked).toContain('K1');
    expect(score.claims).toEqual([expect.objectContaining({ claim: 'K1', stance: 'contradicts', score: 0.9, reason: 'The model reads a different offer.', evidence: story.text })]);
    // without a provider, assess is the rule-based score
    expect((await scorer.assess(story)).claims).toEqual(scorer.score(story).claims);
  });

  it('the rule-based matcher is itself a provider over one sentence', async () => {
    const verdict = await scorer.ruleStance.assess(
      { text: 'Jane Roe offered Northwind Bank $400 million for the shipyard in her email of March 4, 2019.', story: { title: '', text: '' } },
      watchlist.claims[0],
    );
    expect(verdict).toMatchObject({ stance: 'contradicts', reason: 'The story gives $400 million; the claim says $250 million.' });
  });
});
