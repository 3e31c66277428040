import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadWatchlist } from '../../src/config/load.js';
import type { Watchlist } from '../../src/config/watchlist.js';
import { createScorer, explainScore } from '../../src/matchers/index.js';

const SEED_WATCHLIST = path.resolve(__dirname, '../../config/watchlist.yaml');

// Stories written for these tests.
const onStoryline = {
  title: 'Congress releases WikiLeaks messages to Donald Trump Jr.',
  text:
    'House investigators on Tuesday released the private Twitter messages that WikiLeaks sent to Donald Trump Jr. during the 2016 campaign. ' +
    'The group asked the candidate’s son to share his father’s tax returns and promoted a search site for the hacked emails. ' +
    'Trump Jr. answered a handful of times and forwarded one message to campaign officials, including Jared Kushner.',
  publishedAt: '2017-11-20',
};
const russianVk = {
  title: 'Бывший сотрудник «ВКонтакте» рассказал о письмах штабу Трампа',
  text:
    'Константин Сидорков в ноябре 2016 года писал Дональду Трампу-младшему и Дэну Скавино, предлагая штабу Трампа ' +
    'продвижение на платформе ВКонтакте. По словам источника, ответа он не получил.',
  lang: 'ru',
};
const offTopic = {
  title: 'Donald Trump Jr. opens a fishing lodge in Alaska',
  text: 'The lodge, which Donald Trump Jr. bought with two friends, will host anglers from June. Local officials welcomed the investment.',
  publishedAt: '2019-05-02',
};
const traps = [
  { title: 'VK Cloud opens a data centre near Kazan', text: 'VK Cloud said the site will serve Russian banks and retailers.' },
  { title: 'Goldman Sachs beats estimates', text: 'Goldman Sachs reported higher trading revenue in the quarter.' },
  { title: 'RT if you agree', text: 'RT if you think the referee got it wrong tonight.' },
  { title: 'ARTICLE: Partnerships in the art market', text: 'The ARTICLE discusses gallery PARTNERSHIPS.' },
];

let watchlist: Watchlist;
beforeAll(async () => {
  watchlist = await loadWatchlist(SEED_WATCHLIST);
});

describe('createScorer with the seed watchlist', () => {
  it('puts an on-storyline story above the threshold and an off-topic one below', () => {
    const scorer = createScorer(watchlist);
    expect(scorer.relevanceThreshold).toBe(0.5);
    const on = scorer.score(onStoryline);
    const off = scorer.score(offTopic);
    expect(on.relevant).toBe(true);
    expect(on.relevance).toBeGreaterThan(scorer.relevanceThreshold);
    expect(off.relevance).toBeLessThan(scorer.relevanceThreshold);
    expect(on.relevance).toBeGreaterThan(off.relevance);
  });

  it('scores a Russian story about the VK outreach as relevant', () => {
    const score = createScorer(watchlist).score(russianVk);
    expect(score.entities.map((e) => e.id)).toEqual(
      expect.arrayContaining(['vk', 'konstantin_sidorkov', 'trump_campaign', 'donald_trump_jr', 'dan_scavino']),
    );
    expect(score.relevant).toBe(true);
  });

  it('gives keyword traps no relevance', () => {
    const scorer = createScorer(watchlist);
    for (const trap of traps) expect(scorer.score(trap)).toMatchObject({ relevance: 0, relevant: false, entities: [] });
  });

  it('names the entities and the claim stances in `why`', () => {
    const score = createScorer(watchlist).score(onStoryline);
    expect(score.why[0]).toMatch(/^names .*Donald Trump Jr\. \(\d times\).*WikiLeaks \(\d times\)/);
    expect(score.why.join('\n')).toMatch(/(supports|contradicts) claim C\d\d: [A-Z].*\. The story: “/);
    // plain words: no word stems, no rule names
    expect(score.why.join('\n')).not.toMatch(/storyline words|predicate|polarity|under a negation/);
    expect(score.entities).toEqual(expect.arrayContaining([{ id: 'wikileaks', alias: 'WikiLeaks', count: 2 }]));
  });

  it('emits claim stances with their evidence sentence, and none on an off-topic story', () => {
    const claims = createScorer(watchlist).score(onStoryline).claims;
    // the DMs between WikiLeaks and Trump Jr. (C16): supported by the first sentence
    expect(claims).toContainEqual(expect.objectContaining({ claim: 'C16', stance: 'supports', evidence: expect.stringMatching(/^House investigators/) }));
    for (const c of claims) expect(c.score).toBeGreaterThanOrEqual(0.5);
    expect(createScorer(watchlist).score(offTopic).claims).toEqual([]);
  });

  it('honours the threshold option and an entity weight override', () => {
    const { relevance } = createScorer(watchlist).score(onStoryline);
    expect(relevance).toBeLessThan(1);
    // a threshold just above the story's relevance leaves it out, one just below takes it
    expect(createScorer(watchlist, { relevanceThreshold: (relevance + 1) / 2 }).score(onStoryline).relevant).toBe(false);
    expect(createScorer(watchlist, { relevanceThreshold: relevance - 0.001 }).score(onStoryline).relevant).toBe(true);
    const heavier: Watchlist = {
      ...watchlist,
      entities: watchlist.entities.map((e) => (e.id === 'donald_trump_jr' ? { ...e, weight: 5 } : e)),
    };
    expect(createScorer(heavier).score(offTopic).relevance).toBeGreaterThan(createScorer(watchlist).score(offTopic).relevance);
  });

  it('does not take a post for the storyline because the storyline’s people wrote or reposted it', () => {
    const scorer = createScorer(watchlist);
    // written for this test: the same post, its people named only as its authors, then in what it says
    const repost = { title: '@realDonaldTrump: RT @DonaldJTrumpJr: Great crowd at our office in Ohio tonight!', text: 'RT @DonaldJTrumpJr: Great crowd at our office in Ohio tonight!', publishedAt: '2016-10-06' };
    const about = { title: '@realDonaldTrump: Great crowd with @DonaldJTrumpJr at our office in Ohio tonight!', text: 'Great crowd with @DonaldJTrumpJr at our office in Ohio tonight!', publishedAt: '2016-10-06' };
    expect(scorer.score(repost).relevance).toBeLessThan(scorer.score(about).relevance);
    expect(scorer.score(repost).relevant).toBe(false);
  });

  it('lowers stories published long before the storyline', () => {
    const scorer = createScorer(watchlist);
    const early = scorer.score({ ...onStoryline, publishedAt: '2009-01-01' });
    expect(early.relevance).toBeLessThan(scorer.score(onStoryline).relevance);
  });
});

describe('explainScore', () => {
  it('lists entities with the aliases quoted from the story, claims weighed with why, candidates and the score', () => {
    const scorer = createScorer(watchlist);
    const text = explainScore(onStoryline, scorer.score(onStoryline), watchlist);
    expect(text).toContain('Relevance: ');
    expect(text).toMatch(/WikiLeaks \(wikileaks\) ×2/);
    expect(text).toContain('[Donald Trump Jr]');
    expect(text).toMatch(/Claims weighed \(a stance is asserted from 0\.50 on specific evidence; "possible" is listed, never alerted\):\n {2}C\d\d (supports|contradicts|possible|no stance)/);
    expect(text).toMatch(/\n {4}why: /);
    expect(text).toMatch(/Claim candidates \(entities of a claim in one sentence, for relevance\):\n {2}C\d\d/);
  });

  it('says why an ambiguous alias was set aside', () => {
    const story = traps[1];
    const text = explainScore(story, createScorer(watchlist).score(story), watchlist);
    expect(text).toContain('"Goldman" → Rob Goldman: part of another name');
  });
});
