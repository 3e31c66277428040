import { afterAll, expect, inject, it } from 'vitest';
import { QueueSet } from '../../src/jobs/connection.js';
import { QUEUE } from '../../src/jobs/names.js';
import { syncSchedules } from '../../src/jobs/schedules.js';
import { VeilleConfig } from '../../src/config/schema.js';

const sets: QueueSet[] = [];
afterAll(async () => {
  for (const s of sets) {
    await Promise.all(Object.values(s.queues).map((q) => q.obliterate({ force: true }).catch(() => {})));
    await s.close();
  }
});

function config(cron: string, every: string) {
  return VeilleConfig.parse({
    sources: [{ id: 'wire', type: 'rss', url: 'https://news.example.org/rss', every }],
    digests: [{ id: 'daily', to: ['desk@example.org'], cron, tz: 'Europe/Paris' }],
  });
}

it('Q8 10 replicas upsert the schedulers at once, then the cron changes: 1 scheduler and at most 1 pending job each', async () => {
  const prefix = `q8${process.pid}`;
  for (let i = 0; i < 10; i++) sets.push(new QueueSet({ connection: { kind: 'redis', url: inject('redisUrl') }, prefix }));
  const check = async () => {
    const polls = sets[0].queues[QUEUE.pollSource];
    const digests = sets[0].queues[QUEUE.sendDigest];
    expect((await polls.getJobSchedulers(0, -1)).map((s) => s.key)).toEqual(['source-wire']);
    expect((await digests.getJobSchedulers(0, -1)).map((s) => s.key)).toEqual(['digest-daily']);
    // the scheduler's next run, plus at most the one it started: never one per replica
    expect(await digests.getDelayedCount()).toBe(1);
    const pending = await polls.getJobCounts('delayed', 'waiting', 'prioritized');
    expect(pending.delayed + pending.waiting + pending.prioritized).toBeLessThanOrEqual(1);
  };
  await Promise.all(sets.map((s) => syncSchedules(s, config('0 8 * * *', '15m'))));
  await check();
  await Promise.all(sets.map((s) => syncSchedules(s, config('30 7 * * 1-5', '30m'))));
  await check();
  const [scheduler] = await sets[0].queues[QUEUE.sendDigest].getJobSchedulers(0, -1);
  expect(scheduler.pattern).toBe('30 7 * * 1-5');
});
