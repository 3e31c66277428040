import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decideRoutes } from '../../src/alerts/route.js';
import { renderSlack } from '../../src/alerts/slack.js';
import { renderWebhook } from '../../src/alerts/webhook.js';
import type { Watchlist } from '../../src/config/watchlist.js';
import type { Alert, StoryScore } from '../../src/domain/types.js';
import { silentLogger } from '../../src/lib/logger.js';
import { openBackends, type Backends } from '../../src/store/open.js';

const watchlist = { entities: [], claims: [{ id: 'C35', statement: 'RT paid for about 1,823 promoted tweets.', quote: 'environ 1823 tweets promotionnels', entities: [], dates: [] }] } as unknown as Watchlist;

const score: StoryScore = {
  relevance: 0.9,
  relevant: true,
  claims: [{ claim: 'C35', stance: 'contradicts', score: 0.88, evidence: 'RT bought about 3,000 promoted tweets.', reason: 'the story gives 3,000 promoted tweets; the claim says 1,823' }],
  entities: [{ id: 'rt', alias: 'RT', count: 3 }],
  why: [],
};

let dir = '';
let backends: Backends;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'veille-cluster-view-'));
  backends = await openBackends({ dataDir: dir, log: silentLogger });
}, 60_000);

afterAll(async () => {
  await backends?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function story(sourceId: string, url: string, siteName: string | null): Promise<string> {
  return backends.store.saveStory({ sourceId, url, canonicalUrl: url, title: 'RT bought 3,000 promoted tweets', text: 'RT bought about 3,000 promoted tweets.', summary: '', byline: null, publishedAt: '2017-11-02T16:05:00Z', lang: 'en', siteName });
}

describe('an alert on a story other outlets ran too (embedded store)', () => {
  it('names the other outlets of the cluster, by name, and links the story page when the web app is public', async () => {
    const first = await story('src-wire', 'https://wire.example.org/rt', 'The Capitol Wire');
    const second = await story('src-bytes', 'https://bytewise.example.com/rt', null);
    const third = await story('src-vigie', 'https://vigie.example.fr/rt', 'La Vigie');
    await backends.store.pool.query('UPDATE veille.stories SET cluster_id = $1 WHERE id = ANY($2)', [first, [first, second, third]]);
    const lead = (await backends.store.getStory(third))!;
    const mates = await backends.store.clusterMates(third);
    expect(mates.map((m) => m.id).sort()).toEqual([first, second].sort());

    const slackChannel = { id: 'newsroom', type: 'slack' as const, webhook_url: 'https://hooks.slack.example/x', on: ['contradiction' as const], min_score: 0.5, enabled: true, tz: 'Europe/Paris', timeout: 15_000 };
    const decision = decideRoutes(lead, score, { alerts: [slackChannel], digests: [], contradictionThreshold: 0.6, publicUrl: 'https://veille.example.org', sourceNames: { 'src-bytes': 'Bytewise' } }, watchlist, mates);
    const alert = decision.outbox[0].payload as Alert;
    expect(alert).toMatchObject({ outlet: 'La Vigie', clusterId: first, storyPage: `https://veille.example.org/stories/${third}` });
    expect(alert.alsoIn?.map((a) => a.outlet).sort()).toEqual(['Bytewise', 'The Capitol Wire']);

    const message = JSON.stringify(renderSlack(alert, slackChannel));
    expect(message).toContain('Contradicts C35 · RT bought 3,000 promoted tweets');
    expect(message).toContain('La Vigie · 2017-11-02 17:05 Europe/Paris');
    expect(message).toMatch(/also in 2 outlets: <https:\/\/[^|]+\|(Bytewise|The Capitol Wire)>/);
    expect(message).toContain(`<https://veille.example.org/stories/${third}|Open in Veille>`);
    expect(message).not.toContain('src-'); // source ids never reach the channel

    expect(renderWebhook(alert).cluster).toEqual({ id: first, outlets: expect.arrayContaining([{ name: 'Bytewise', url: 'https://bytewise.example.com/rt' }]) });
  });
});
