import { Redis } from 'ioredis';
import { errorMessage } from '../lib/errors.js';

/**
 * What in a Redis's settings can lose queued jobs (Q5): no persistence at all (a restart comes back
 * empty; Veille re-derives its work from the store, but delayed retries and schedules' state go),
 * or an eviction policy other than `noeviction` (Redis drops job keys when memory is short).
 * Returns one sentence per problem; a Redis that refuses CONFIG says so.
 */
export async function redisDurabilityProblems(url: string): Promise<string[]> {
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1, enableOfflineQueue: false });
  client.on('error', () => {}); // answered below
  try {
    await client.connect();
    const [, policy] = (await client.config('GET', 'maxmemory-policy')) as string[];
    const [, appendonly] = (await client.config('GET', 'appendonly')) as string[];
    const [, save] = (await client.config('GET', 'save')) as string[];
    const problems: string[] = [];
    if (policy && policy !== 'noeviction') problems.push(`maxmemory-policy is ${policy}: Redis may evict queued jobs (set it to noeviction)`);
    if (appendonly !== 'yes' && !save?.trim()) problems.push('Redis has no persistence (appendonly no, save ""): a restart loses queued jobs and retries');
    return problems;
  } catch (err) {
    return [`could not read the Redis settings (${errorMessage(err)}): check persistence and maxmemory-policy noeviction by hand`];
  } finally {
    client.disconnect();
  }
}
