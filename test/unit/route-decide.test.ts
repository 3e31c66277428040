import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimTexts, decideRoutes, type RouteConfig } from '../../src/alerts/route.js';
import { parseYaml } from '../../src/config/load.js';
import { AlertConfig, DigestConfig } from '../../src/config/schema.js';
import { Watchlist } from '../../src/config/watchlist.js';
import type { Alert, Story, StoryScore } from '../../src/domain/types.js';

const WATCHLIST = parseYaml(Watchlist, readFileSync(path.resolve('test/fixtures/config/small-watchlist.yaml'), 'utf8'), 'watchlist.yaml', {});

const dmStory: Story = {
  id: 'story-dm',
  sourceId: 'wire',
  url: 'https://news.example.org/trump-jr-wikileaks',
  canonicalUrl: 'https://news.example.org/trump-jr-wikileaks',
  title: 'WikiLeaks first wrote to Trump Jr. in September 2016',
  text: 'WikiLeaks sent its first direct message to Donald Trump Jr. in September 2016, not in April 2017.',
  byline: null,
  publishedAt: '2017-11-14T09:00:00Z',
  lang: 'en',
  siteName: 'Example News',
  clusterId: null,
  fetchedAt: '2017-11-14T09:05:00Z',
};

const entities: StoryScore['entities'] = [
  { id: 'donald_trump_jr', alias: 'Donald Trump Jr.', count: 2 },
  { id: 'wikileaks', alias: 'WikiLeaks', count: 2 },
];

/** relevant, and contradicts claim C2 strongly */
const contradicting: StoryScore = {
  relevance: 0.72,
  relevant: true,
  claims: [{ claim: 'C2', stance: 'contradicts', score: 0.83, evidence: 'WikiLeaks sent its first direct message to Donald Trump Jr. in September 2016.' }],
  entities,
  why: ['entities: Donald Trump Jr., WikiLeaks'],
};

/** relevant, no claim stance */
const merelyRelevant: StoryScore = { relevance: 0.72, relevant: true, claims: [], entities, why: [] };

/** a contradiction too weak to report (under contradiction_threshold 0.6) */
const weakContradiction: StoryScore = {
  ...merelyRelevant,
  claims: [{ claim: 'C2', stance: 'contradicts', score: 0.4, evidence: 'WikiLeaks wrote to him.' }],
};

const contradictionsSlack = AlertConfig.parse({
  id: 'factcheck-slack',
  type: 'slack',
  webhook_url: 'https://hooks.slack.example/T0/B0/x',
  on: ['contradiction'],
  min_score: 0.6,
});
const relevantStrictWebhook = AlertConfig.parse({ id: 'strict-webhook', type: 'webhook', url: 'https://hooks.example.org/a', on: ['relevant'], min_score: 0.9 });
const relevantWebhook = AlertConfig.parse({ id: 'desk-webhook', type: 'webhook', url: 'https://hooks.example.org/b', on: ['relevant'], min_score: 0.5 });
const everythingWebhook = AlertConfig.parse({ id: 'all-webhook', type: 'webhook', url: 'https://hooks.example.org/c', on: ['relevant', 'contradiction'], min_score: 0.5 });
const disabledSlack = AlertConfig.parse({ ...contradictionsSlack, id: 'old-slack', enabled: false });

const broadDigest = DigestConfig.parse({ id: 'broad', to: ['desk@example.org'], min_relevance: 0.5 });
const strictDigest = DigestConfig.parse({ id: 'strict', to: ['chief@example.org'], min_relevance: 0.8 });
const pausedDigest = DigestConfig.parse({ id: 'paused', to: ['desk@example.org'], min_relevance: 0, enabled: false });

/** the alert a channel will render (the outbox stores it as JSON) */
const alertOf = (row: { payload: unknown }) => row.payload as Alert;

function route(score: StoryScore, alerts: AlertConfig[], digests: DigestConfig[] = [], story = dmStory) {
  const config: RouteConfig = { alerts, digests, contradictionThreshold: 0.6 };
  return decideRoutes(story, score, config, WATCHLIST);
}

describe('decideRoutes: alert channels', () => {
  it('a contradiction above the threshold reaches a channel subscribed to contradictions', () => {
    const { outbox } = route(contradicting, [contradictionsSlack]);
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({ channelId: 'factcheck-slack', kind: 'contradiction' });
    expect(alertOf(outbox[0]).story).toMatchObject({ id: 'story-dm', url: dmStory.url, title: dmStory.title });
    expect(alertOf(outbox[0]).claims.C2.statement).toBe('WikiLeaks first wrote to Trump Jr. in April 2017.');
  });

  it('a merely relevant story does not reach a contradictions channel', () => {
    expect(route(merelyRelevant, [contradictionsSlack]).outbox).toEqual([]);
  });

  it('a contradiction under matching.contradiction_threshold is not alerted as one', () => {
    expect(route(weakContradiction, [contradictionsSlack]).outbox).toEqual([]);
  });

  it('a relevance below a channel min_score gets nothing; at or above it, an alert', () => {
    expect(route(merelyRelevant, [relevantStrictWebhook]).outbox).toEqual([]);
    expect(route(merelyRelevant, [relevantWebhook]).outbox.map((r) => [r.channelId, r.kind])).toEqual([['desk-webhook', 'relevant']]);
  });

  it('a story that is not relevant reaches no relevant-only channel', () => {
    const irrelevant: StoryScore = { relevance: 0.2, relevant: false, claims: [], entities: [], why: [] };
    expect(route(irrelevant, [relevantWebhook, contradictionsSlack]).outbox).toEqual([]);
  });

  it('a disabled channel gets nothing', () => {
    expect(route(contradicting, [disabledSlack]).outbox).toEqual([]);
  });

  it('a channel subscribed to several kinds gets one alert, of the strongest finding', () => {
    const { outbox } = route(contradicting, [everythingWebhook]);
    expect(outbox.map((r) => r.kind)).toEqual(['contradiction']);
  });

  it('the outbox id is the same for the same (story, channel) and differs across channels and stories', () => {
    const first = route(contradicting, [contradictionsSlack, everythingWebhook]).outbox;
    const again = route(contradicting, [contradictionsSlack, everythingWebhook]).outbox;
    expect(again.map((r) => r.id)).toEqual(first.map((r) => r.id));
    expect(first[0].id).not.toBe(first[1].id);
    expect(alertOf(first[0]).id).toBe(first[0].id);
    const other = route(contradicting, [contradictionsSlack], [], { ...dmStory, id: 'story-other' }).outbox;
    expect(other[0].id).not.toBe(first[0].id);
    for (const row of first) expect(row.id).toMatch(/^[A-Za-z0-9_-]+$/); // a BullMQ-safe job id
  });
});

describe('decideRoutes: digests', () => {
  it('a story joins the digests whose min_relevance it reaches, enabled ones only', () => {
    const { digests } = route(merelyRelevant, [], [broadDigest, strictDigest, pausedDigest]);
    expect(digests).toEqual([{ digestId: 'broad', relevance: 0.72 }]);
  });

  it('a very relevant story joins every enabled digest', () => {
    const { digests } = route({ ...merelyRelevant, relevance: 0.93 }, [], [broadDigest, strictDigest, pausedDigest]);
    expect(digests.map((d) => d.digestId)).toEqual(['broad', 'strict']);
  });

  it('a story under every min_relevance, with no claim finding, joins none', () => {
    const faint: StoryScore = { relevance: 0.3, relevant: false, claims: [], entities, why: [] };
    expect(route(faint, [], [broadDigest, strictDigest]).digests).toEqual([]);
  });
});

describe('claimTexts', () => {
  it('carries the statement, the seed quote and the seed error of each claim hit', () => {
    const withBoth: StoryScore = {
      ...contradicting,
      claims: [...contradicting.claims, { claim: 'C1', stance: 'supports', score: 0.7, evidence: 'They exchanged messages for a year.' }],
    };
    expect(claimTexts(WATCHLIST, withBoth)).toEqual({
      C2: {
        statement: 'WikiLeaks first wrote to Trump Jr. in April 2017.',
        quote: 'En avril',
        seedError: 'The messages place this request in July 2017, not April.',
      },
      C1: {
        statement: 'Donald Trump Jr. and WikiLeaks exchanged private Twitter direct messages for almost a year.',
        quote: "pendant près d'un an",
      },
    });
  });

  it('skips a claim id the watchlist no longer has', () => {
    const stale: StoryScore = { ...merelyRelevant, claims: [{ claim: 'C99', stance: 'supports', score: 0.9, evidence: '…' }] };
    expect(claimTexts(WATCHLIST, stale)).toEqual({});
  });
});
