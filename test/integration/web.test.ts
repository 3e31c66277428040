import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoryScore } from '../../src/domain/types.js';
import { Veille } from '../../src/main.js';
import { routingFeedback } from '../../src/store/feedback.js';
import { makeTestEnv, type Mode, type TestEnv } from '../helpers/test-env.js';

/**
 * The web app served by a started worker (real HTTP on a free port), on the embedded store and on
 * Redis + Postgres: the stories list and its filters, a story's explanation, hostile feed titles,
 * the token, and the operations endpoints.
 */
const TOKEN = 'a-long-enough-test-token-0123456789';
const HOSTILE = '<script>alert(1)</script> "quoted" & <img src=x onerror=alert(2)>';

const contradiction: StoryScore = {
  relevance: 0.93,
  relevant: true,
  claims: [{ claim: 'C35', stance: 'contradicts', score: 0.9, evidence: 'RT bought about 3,000 promoted tweets, the company said.', reason: 'the story gives 3,000 promoted tweets; the claim says 1,823', rule: 'number' }],
  entities: [{ id: 'rt', alias: 'RT', count: 3 }],
  why: [],
};
const support: StoryScore = { ...contradiction, relevance: 0.81, claims: [{ claim: 'C02', stance: 'supports', score: 0.8, evidence: 'A VK executive emailed Donald Trump Jr. in January.' }] };
const unrelated: StoryScore = { relevance: 0.05, relevant: false, claims: [], entities: [], why: [] };

for (const mode of ['embedded', 'redis'] as Mode[]) {
  describe(`the web app (${mode === 'embedded' ? 'embedded store' : 'Redis + Postgres'})`, () => {
    let env: TestEnv;
    let veille: Veille;
    let url = '';
    const ids: Record<string, string> = {};

    beforeAll(async () => {
      env = await makeTestEnv(mode, {
        watchlist: './watchlist.yaml',
        // a feed nobody answers (the discard port): its failures show on the sources page
        sources: [{ id: 'wire', name: 'The Capitol Wire', type: 'rss', url: 'http://127.0.0.1:9/feed.xml', every: '1h' }],
        digests: [{ id: 'daily', to: ['desk@example.org'], cron: '0 7 * * *', tz: 'Europe/Paris' }],
        fetch: { trusted_addresses: ['127.0.0.1'] },
        web: { port: 0, token: TOKEN },
      });
      veille = await Veille.open(env.options());
      await veille.start();
      url = veille.webUrl!;
      const store = veille.backends.store;
      const save = (url: string, title: string, text: string, siteName: string | null) =>
        store.saveStory({ sourceId: 'wire', url, canonicalUrl: url, title, text, summary: '', byline: null, publishedAt: '2017-11-02T16:05:00Z', lang: 'en', siteName });
      ids.rt = await save('https://wire.example.org/rt', HOSTILE, 'RT bought about 3,000 promoted tweets, the company said. Twitter disagreed.', 'The Capitol Wire');
      ids.rt2 = await save('https://bytes.example.org/rt', 'RT bought 3,000 tweets, says a second outlet', 'RT bought about 3,000 promoted tweets.', 'Bytewise');
      ids.vk = await save('https://wire.example.org/vk', 'VK executive emailed Trump Jr.', 'A VK executive emailed Donald Trump Jr. in January about a page.', 'The Capitol Wire');
      ids.storm = await save('https://wire.example.org/storm', 'Storm closes schools', 'A storm closed the schools on Monday.', 'The Capitol Wire');
      await store.saveMatch(ids.rt, contradiction);
      await store.saveMatch(ids.rt2, contradiction);
      await store.saveMatch(ids.vk, support);
      await store.saveMatch(ids.storm, unrelated);
      await store.pool.query('UPDATE veille.stories SET cluster_id = $1 WHERE id = ANY($2)', [ids.rt, [ids.rt, ids.rt2]]);
      for (const id of [ids.rt, ids.rt2, ids.vk]) await store.pool.query(`INSERT INTO veille.digest_buffer (digest_id, story_id, relevance) VALUES ('daily', $1, 0.9)`, [id]);
    }, 120_000);

    afterAll(async () => {
      await veille?.close();
      await env?.cleanup();
    });

    const get = (path: string, headers: Record<string, string> = { authorization: `Bearer ${TOKEN}` }) => fetch(`${url}${path}`, { headers, redirect: 'manual' });
    const page = async (path: string) => {
      const res = await get(path);
      expect(res.status).toBe(200);
      return res.text();
    };

    it('serves health and readiness without the token', async () => {
      const health = await get('/healthz', {});
      expect(health.status).toBe(200);
      const ready = await get('/readyz', {});
      expect(ready.status).toBe(200);
      expect(await ready.json()).toMatchObject({ ready: true, store: true, queue: true, config: true });
    });

    it('asks for the token everywhere else: the sign-in form, a wrong bearer, the cookie it sets', async () => {
      const anonymous = await get('/stories', {});
      expect(anonymous.status).toBe(302);
      expect(anonymous.headers.get('location')).toBe('/login');
      expect((await get('/stories', { authorization: 'Bearer wrong-token-wrong-token' })).status).toBe(302);
      expect((await get('/metrics', {})).status).toBe(401);

      const refused = await fetch(`${url}/login`, { method: 'POST', body: new URLSearchParams({ token: 'not-it' }), redirect: 'manual' });
      expect(refused.headers.get('location')).toBe('/login?failed=1');
      const login = await fetch(`${url}/login`, { method: 'POST', body: new URLSearchParams({ token: TOKEN }), redirect: 'manual' });
      expect(login.status).toBe(303);
      const cookie = login.headers.get('set-cookie')!;
      expect(cookie).toMatch(/HttpOnly/);
      expect(cookie).not.toContain(TOKEN);
      const withCookie = await get('/stories', { cookie: cookie.split(';')[0] });
      expect(withCookie.status).toBe(200);
    });

    it('lists relevant stories newest first with their findings and other outlets, a hostile title inert', async () => {
      const body = await page('/stories');
      expect(body).not.toContain('<script>alert(1)');
      expect(body).not.toContain('<img src=x');
      expect(body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(body).toContain('✗ C35');
      expect(body).toContain('✓ C02');
      expect(body).toContain('also in 1 outlet');
      expect(body).not.toContain('Storm closes schools');
      expect(await page('/stories?relevant=0')).toContain('Storm closes schools');
    });

    it('filters by stance, claim, source, language, date and free text', async () => {
      const contradicting = await page('/stories?stance=contradicts');
      expect(contradicting).toContain('✗ C35');
      expect(contradicting).not.toContain('VK executive emailed');
      expect(await page('/stories?claim=C02')).toContain('VK executive emailed');
      expect(await page('/stories?claim=C02')).not.toContain('second outlet');
      expect(await page('/stories?q=emailed')).toContain('VK executive emailed');
      expect(await page('/stories?q=emailed')).not.toContain('second outlet');
      // threads of the shipped watchlist: C02 is in T1, C35 in T3
      expect(await page('/stories?thread=T1')).toContain('VK executive emailed');
      expect(await page('/stories?thread=T1')).not.toContain('second outlet');
      expect(await page('/stories?thread=T3')).toContain('second outlet');
      expect(await page('/stories?source=nowhere')).toContain('No story matches');
      expect(await page('/stories?lang=fr')).toContain('No story matches');
      expect(await page('/stories?since=2999-01-01')).toContain('No story matches');
    });

    it("explains a story: the claim, the story's sentence beside the seed's, the reason, the other outlets, the text", async () => {
      const body = await page(`/stories/${ids.rt}`);
      expect(body).toContain('RT bought about 3,000 promoted tweets, the company said.');
      expect(body).toContain('1823 tweets promotionnels'); // the seed's sentence for C35, from the shipped watchlist
      expect(body).toContain('the story gives 3,000 promoted tweets; the claim says 1,823');
      expect(body).toContain('Bytewise');
      expect(body).toContain('Twitter disagreed.');
      expect(body).not.toContain('<script>alert(1)');
      expect((await get('/stories/0000000000000000')).status).toBe(404);
    });

    it('tracks every claim: how many stories contradict or support it, since when, and the first', async () => {
      const body = await page('/claims');
      const row = (id: string) => new RegExp(`<tr class="claim" id="${id}">([\\s\\S]*?)</tr>`).exec(body)?.[1] ?? '';
      expect(row('C35')).toMatch(/2 contradicting stories<\/a> since 2017-11-02, first from (The Capitol Wire|Bytewise)/);
      expect(row('C02')).toContain('1 supporting story');
      expect(row('C01')).toContain('no story yet');
    });

    it('takes feedback only with the form\'s CSRF token, and applies it at once', async () => {
      const story = await page(`/stories/${ids.rt}`);
      const csrf = /name="_csrf" value="([0-9a-f]+)"/.exec(story)?.[1];
      expect(csrf).toBeTruthy();
      const post = (id: string, fields: Record<string, string>) =>
        fetch(`${url}/stories/${id}/feedback`, { method: 'POST', headers: { authorization: `Bearer ${TOKEN}` }, body: new URLSearchParams(fields), redirect: 'manual' });

      expect((await post(ids.rt, { kind: 'not_relevant' })).status).toBe(403);
      expect((await post(ids.rt, { kind: 'not_relevant', _csrf: 'f'.repeat(48) })).status).toBe(403);
      expect(await veille.backends.store.pendingDigestStories('daily')).toHaveLength(3);

      const marked = await post(ids.rt, { kind: 'not_relevant', _csrf: csrf! });
      expect(marked.status).toBe(303);
      expect(marked.headers.get('location')).toBe(`/stories/${ids.rt}?feedback=ok`);
      // out of the pending digest with the other outlet's copy; the cluster's later copies are not alerted
      const pending = await veille.backends.store.pendingDigestStories('daily');
      expect(pending.map((r) => r.story.id)).toEqual([ids.vk]);
      const second = (await veille.backends.store.getStory(ids.rt2))!;
      expect((await routingFeedback(veille.backends.store.pool, second)).notRelevant).toBe(true);

      expect((await post(ids.vk, { kind: 'mute_claim', claim: 'C02', days: '7', _csrf: csrf! })).status).toBe(303);
      const vk = (await veille.backends.store.getStory(ids.vk))!;
      const heard = await routingFeedback(veille.backends.store.pool, vk);
      expect([...heard.mutedClaims]).toEqual(['C02']);
      expect(heard.notRelevant).toBe(false);

      expect(await page(`/stories/${ids.rt}?feedback=ok`)).toContain('token holder marked not relevant');
      const exported = (await page('/feedback.jsonl')).trim().split('\n').map((l) => JSON.parse(l));
      expect(exported.map((r) => r.kind)).toEqual(['not_relevant', 'mute_claim']);
      expect(exported[0]).toMatchObject({ who: 'token holder', story: { id: ids.rt, title: HOSTILE }, matcher: { relevance: 0.93 } });
    });

    it('previews the next digest as its e-mail: the story marked not relevant is gone', async () => {
      const digests = await page('/digests');
      expect(digests).toContain('daily');
      expect(digests).toContain('1 story');
      const preview = await page('/digests/daily/preview');
      expect(preview).toContain('VK executive emailed Trump Jr.');
      expect(preview).not.toContain('second outlet');
      expect(preview).not.toContain('alert(1)');
      expect((await get('/digests/nope/preview')).status).toBe(404);
    });

    it('keeps the history of sent digests and opens any of them as it was sent', async () => {
      const run = await veille.backends.store.openDigestRun('daily', 'daily-web-test', new Date().toISOString());
      await veille.backends.store.markDigestRunSent(run.id, 'outbox');
      const digests = await page('/digests');
      expect(digests).toContain('/digests/runs/daily-web-test');
      expect(digests).toContain('0 stories'); // nothing waits any more
      const sent = await page('/digests/runs/daily-web-test');
      expect(sent).toContain('VK executive emailed Trump Jr.');
      expect((await get('/digests/runs/nope')).status).toBe(404);
    });

    it("lists a digest's stories for its e-mail's \"and N more\" link, and takes a one-click unsubscribe without the token", async () => {
      const listed = await page('/stories?relevant=0&digest=daily');
      expect(listed).toContain('VK executive emailed Trump Jr.');
      expect(listed).not.toContain('Storm closes schools');
      const unsubscribe = await fetch(`${url}/digests/daily/unsubscribe`, { method: 'POST', body: new URLSearchParams({ 'List-Unsubscribe': 'One-Click' }) });
      expect(unsubscribe.status).toBe(200);
      expect(await unsubscribe.text()).toContain('sent to the people who run it');
      const ops = await veille.backends.store.pool.query(`SELECT message FROM veille.ops_alerts WHERE key = 'unsubscribe:daily'`);
      expect(ops.rows[0].message).toContain('remove them from digests[].to');
      expect((await fetch(`${url}/digests/nope/unsubscribe`, { method: 'POST' })).status).toBe(404);
    });

    it("lists the sources with their health and queues a poll on request", async () => {
      const sources = await page('/sources');
      expect(sources).toContain('The Capitol Wire');
      expect(sources).toContain('http://127.0.0.1:9/feed.xml');
      const csrf = /name="_csrf" value="([0-9a-f]+)"/.exec(sources)![1];
      const poll = (fields: Record<string, string>, id = 'wire') =>
        fetch(`${url}/sources/${id}/poll`, { method: 'POST', headers: { authorization: `Bearer ${TOKEN}` }, body: new URLSearchParams(fields), redirect: 'manual' });
      expect((await poll({})).status).toBe(403);
      expect((await poll({ _csrf: csrf }, 'nowhere')).status).toBe(404);
      const queued = await poll({ _csrf: csrf });
      expect(queued.status).toBe(303);
      expect(await page(queued.headers.get('location')!)).toContain('A poll of wire is queued.');
    });

    it('exposes Prometheus metrics that count what is stored', async () => {
      const text = await page('/metrics');
      const value = (name: string) => Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1]);
      expect(value('veille_stories')).toBe(4);
      expect(value('veille_stories_matched')).toBe(4);
      expect(value('veille_stories_relevant')).toBe(3);
      expect(value('veille_config_reload_ok')).toBe(1);
      expect(text).toMatch(/^veille_process_process_resident_memory_bytes \d+/m);
    });
  });
}
