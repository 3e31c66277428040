import { afterAll, expect, it } from 'vitest';
import { Veille } from '../../src/main.js';
import { startServer, send } from '../helpers/http-server.js';
import { waitFor } from '../helpers/log-capture.js';
import { makeTestEnv } from '../helpers/test-env.js';
import { STORIES, pageBytes, rssFeed, type StoryKey } from '../fixtures/pipeline/stories.js';

const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  while (cleanups.length) await cleanups.pop()!().catch(() => {});
});

// PGlite delivers no NOTIFY: workers poll. A scheduler's next run is a delayed job in the poll
// queue; the worker must not sleep until it is due (15 minutes) while new polls wait.
it('on the embedded database, a poll added while the next scheduled one is delayed runs at once', async () => {
  const news = await startServer();
  cleanups.push(() => news.close());
  for (const key of Object.keys(STORIES) as StoryKey[]) news.route(STORIES[key].path, send('text/html', pageBytes(key)));
  news.route('/feeds/tribune.xml', send('application/rss+xml', rssFeed(news.url, ['bakery'])));
  const slack = await startServer({ '/hooks/slack': send('text/plain', 'ok') });
  cleanups.push(() => slack.close());
  const env = await makeTestEnv('embedded', {
    sources: [{ id: 'tribune', type: 'rss', url: `${news.url}/feeds/tribune.xml`, every: '15m' }],
    alerts: [{ id: 'newsroom', type: 'slack', webhook_url: `${slack.url}/hooks/slack`, on: ['relevant'], min_score: 0.3 }],
    fetch: { trusted_addresses: ['127.0.0.1'] },
  });
  cleanups.push(() => env.cleanup());
  const veille = await Veille.open(env.options());
  cleanups.push(() => veille.close());
  await veille.start();
  const polls = veille.queues.queues['poll-source'];
  await waitFor('the first scheduled poll done and the next one delayed', async () => {
    const c = await polls.getJobCounts('waiting', 'active', 'delayed', 'completed');
    return c.completed >= 1 && c.delayed >= 1 && !c.waiting && !c.active;
  });

  news.route('/feeds/tribune.xml', send('application/rss+xml', rssFeed(news.url, ['bakery', 'dms'])));
  await polls.add('poll-source', { sourceId: 'tribune' }, { jobId: 'poll-now' });
  const posted = await waitFor('the alert', () => slack.requests.find((r) => r.body.includes('WikiLeaks')), 20_000);
  expect(posted.body).toContain('Trump Jr');
});
