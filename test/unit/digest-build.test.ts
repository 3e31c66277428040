import { describe, expect, it } from 'vitest';
import { SECTION_TITLES, buildDigest, otherOutletCount } from '../../src/digest/build-digest.js';
import { sameStory, titleTokens, urlKey } from '../../src/digest/cluster.js';
import type { ClaimHit, DigestEntry, EntityHit } from '../../src/domain/types.js';

function entry(
  id: string,
  fields: {
    title: string;
    url?: string;
    sourceId?: string;
    publishedAt?: string | null;
    relevance?: number;
    claims?: ClaimHit[];
    entities?: EntityHit[];
  },
): DigestEntry {
  return {
    story: {
      id,
      sourceId: fields.sourceId ?? 'wire',
      url: fields.url ?? `https://news.example.org/${id}`,
      title: fields.title,
      publishedAt: fields.publishedAt === undefined ? '2018-11-14T08:00:00Z' : fields.publishedAt,
      lang: 'en',
      siteName: null,
      summary: '',
    },
    score: { relevance: fields.relevance ?? 0.7, relevant: true, claims: fields.claims ?? [], entities: fields.entities ?? [], why: [] },
    alsoIn: [],
  };
}

const trumpJr: EntityHit = { id: 'donald_trump_jr', alias: 'Donald Trump Jr.', count: 3 };
const trumpJrHandle: EntityHit = { id: 'donald_trump_jr', alias: '@DonaldJTrumpJr', count: 1 };
const rt: EntityHit = { id: 'rt', alias: 'RT', count: 2 };
const vk: EntityHit = { id: 'vk', alias: 'VK', count: 2 };

// the same wire story run by two outlets, with their own headline suffix and tracking parameters
const lemondeRt = entry('lemonde-rt', {
  title: 'Twitter says RT bought 3,000 promoted tweets - Le Monde',
  url: 'https://www.lemonde.fr/rt-tweets?utm_source=rss',
  sourceId: 'lemonde',
  relevance: 0.8,
  claims: [{ claim: 'C14', stance: 'contradicts', score: 0.9, evidence: 'RT bought 3,000 promoted tweets.' }],
  entities: [rt],
});
const reutersRt = entry('reuters-rt', {
  title: 'Twitter says RT bought 3,000 promoted tweets | Reuters',
  url: 'https://www.reuters.com/rt-tweets',
  sourceId: 'reuters',
  publishedAt: '2018-11-15T10:00:00Z',
  relevance: 0.75,
  claims: [{ claim: 'C14', stance: 'contradicts', score: 0.7, evidence: 'Twitter said RT bought 3,000 tweets.' }],
  entities: [rt],
});
const dmsSupport = entry('dms', {
  title: 'Trump Jr. exchanged direct messages with WikiLeaks',
  relevance: 0.9,
  claims: [{ claim: 'C3', stance: 'supports', score: 0.8, evidence: 'He exchanged messages with WikiLeaks.' }],
  entities: [trumpJr],
});
const vkOutreach = entry('vk-1', { title: 'VK founder reached out to the campaign', relevance: 0.65, entities: [vk] });
const vkFollowUp = entry('vk-2', { title: 'Congress asks VK for its records', relevance: 0.85, entities: [vk] });
const trumpJrTestimony = entry('jr-1', { title: 'Trump Jr. testimony released', relevance: 0.6, entities: [trumpJrHandle, trumpJr] });
const unrelatedSingle = entry('misc', { title: 'Mueller files new charges', relevance: 0.55, entities: [{ id: 'mueller', alias: 'Mueller', count: 1 }] });

const claims = {
  C3: { statement: 'Trump Jr. exchanged Twitter DMs with WikiLeaks.', quote: 'a échangé des messages' },
  C14: { statement: 'RT paid for about 1,823 promoted tweets.', quote: 'environ 1823 tweets promotionnels' },
  C99: { statement: 'not cited by any story', quote: '…' },
};

function digestOf(entries: DigestEntry[]) {
  return buildDigest({ id: 'daily-2018-11-15', digestId: 'daily', periodStart: '2018-11-14T07:00:00Z', periodEnd: '2018-11-15T07:00:00Z', entries, claims });
}

describe('buildDigest clustering', () => {
  it('makes one entry of the same story in two outlets, listing the other in alsoIn', () => {
    const digest = digestOf([reutersRt, lemondeRt]);
    expect(digest.storyCount).toBe(1);
    const [only] = digest.sections[0].entries;
    expect(only.story.id).toBe('lemonde-rt'); // the stronger contradiction leads
    expect(only.alsoIn).toEqual([{ url: 'https://www.reuters.com/rt-tweets', title: reutersRt.story.title, sourceId: 'reuters', lang: 'en' }]);
    expect(otherOutletCount(only)).toBe(1);
  });

  it('merges the same URL seen twice, without listing the story as also in itself', () => {
    const again = entry('lemonde-rt-2', { ...lemondeRt.story, title: 'Un autre titre', url: 'http://lemonde.fr/rt-tweets/#comments' });
    const digest = digestOf([lemondeRt, again]);
    expect(digest.storyCount).toBe(1);
    expect(digest.sections[0].entries[0].alsoIn).toEqual([]);
  });

  it('keeps stories apart when their headlines differ or the rerun is days later', () => {
    expect(sameStory(vkOutreach, vkFollowUp)).toBe(false);
    const weekLater = { ...reutersRt, story: { ...reutersRt.story, url: 'https://www.reuters.com/x', publishedAt: '2018-11-22T10:00:00Z' } };
    expect(sameStory(lemondeRt, weekLater)).toBe(false);
  });

  it('normalises URLs and headlines', () => {
    expect(urlKey('https://www.Example.org/a/?utm_medium=x&b=2&a=1#top')).toBe(urlKey('http://example.org/a?a=1&b=2'));
    expect([...titleTokens('L’ingérence de la Russie - Le Monde')]).toEqual(['ingerence', 'russie']);
  });
});

describe('buildDigest sections and order', () => {
  const all = [unrelatedSingle, vkOutreach, trumpJrTestimony, reutersRt, dmsSupport, vkFollowUp, lemondeRt];

  it('puts contradictions first, then supports, then relevant stories by thread', () => {
    const digest = digestOf(all);
    expect(digest.sections.map((s) => [s.title, s.entries.map((e) => e.story.id)])).toEqual([
      [SECTION_TITLES.contradiction, ['lemonde-rt']],
      [SECTION_TITLES.support, ['dms']],
      ['VK', ['vk-2', 'vk-1']], // ranked by relevance within the thread
      [SECTION_TITLES.other, ['jr-1', 'misc']],
    ]);
    expect(digest.storyCount).toBe(6);
  });

  it('names a thread by a name rather than a handle, or by entityNames', () => {
    const jr2 = entry('jr-2', { title: 'Trump Jr. subpoenaed by the Senate', relevance: 0.7, entities: [trumpJrHandle] });
    const digest = digestOf([trumpJrTestimony, jr2]);
    expect(digest.sections.map((s) => s.title)).toEqual(['Donald Trump Jr.']);
    const named = buildDigest({ ...digestInput([trumpJrTestimony, jr2]), entityNames: { donald_trump_jr: 'Donald Trump Jr. (eldest son)' } });
    expect(named.sections[0].title).toBe('Donald Trump Jr. (eldest son)');
  });

  it('is the same whatever the input order', () => {
    const expected = digestOf(all);
    expect(digestOf([...all].reverse())).toEqual(expected);
    expect(digestOf([all[3], all[0], all[6], all[2], all[5], all[1], all[4]])).toEqual(expected);
  });

  it('does not count claim hits below minClaimScore as contradictions', () => {
    const weak = entry('weak', {
      title: 'RT denies buying tweets',
      relevance: 0.6,
      claims: [{ claim: 'C14', stance: 'contradicts', score: 0.3, evidence: 'RT denies it.' }],
      entities: [rt],
    });
    const digest = buildDigest({ ...digestInput([weak, lemondeRt]), minClaimScore: 0.6 });
    expect(digest.sections.map((s) => [s.title, s.entries.map((e) => e.story.id)])).toEqual([
      [SECTION_TITLES.contradiction, ['lemonde-rt']],
      [SECTION_TITLES.other, ['weak']],
    ]);
  });

  it('keeps only the claims the stories cite', () => {
    expect(Object.keys(digestOf(all).claims)).toEqual(['C14', 'C3']);
  });

  it('shows at most maxStories, strongest sections first, and counts the rest', () => {
    const digest = buildDigest({ ...digestInput(all), maxStories: 3 });
    expect(digest.sections.map((s) => [s.title, s.entries.map((e) => e.story.id)])).toEqual([
      [SECTION_TITLES.contradiction, ['lemonde-rt']],
      [SECTION_TITLES.support, ['dms']],
      ['VK', ['vk-2']],
    ]);
    expect(digest.storyCount).toBe(6);
    expect(digest.hiddenCount).toBe(3);
    expect(digestOf(all).hiddenCount).toBe(0); // the default (25) holds them all
  });

  it('gives no sections for no entries', () => {
    expect(digestOf([])).toMatchObject({ sections: [], storyCount: 0, claims: {} });
  });
});

function digestInput(entries: DigestEntry[]) {
  return { id: 'd', digestId: 'daily', periodStart: null, periodEnd: '2018-11-15T07:00:00Z', entries, claims };
}
