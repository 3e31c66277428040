import { describe, expect, it } from 'vitest';
import { createHostLimiter } from '../../src/fetch/host-limiter.js';

async function runAll(limiter: ReturnType<typeof createHostLimiter>, hosts: string[]) {
  const active = new Map<string, number>();
  const peak = new Map<string, number>();
  const order: number[] = [];
  await Promise.all(
    hosts.map(async (host, i) => {
      const release = await limiter.acquire(host);
      active.set(host, (active.get(host) ?? 0) + 1);
      peak.set(host, Math.max(peak.get(host) ?? 0, active.get(host)!));
      order.push(i);
      await new Promise((resolve) => setImmediate(resolve));
      active.set(host, active.get(host)! - 1);
      release();
    }),
  );
  return { peak, order };
}

describe('createHostLimiter', () => {
  it('keeps at most N requests in flight per host, hosts independent', async () => {
    const { peak } = await runAll(createHostLimiter(2), ['a', 'a', 'a', 'a', 'a', 'b', 'b', 'b']);
    expect(peak.get('a')).toBe(2);
    expect(peak.get('b')).toBe(2);
  });

  it('serves waiters in arrival order', async () => {
    const { order } = await runAll(createHostLimiter(1), ['a', 'a', 'a', 'a']);
    expect(order).toEqual([0, 1, 2, 3]);
  });

  it('applies the politeness delay without losing requests', async () => {
    const { peak, order } = await runAll(createHostLimiter(2, 5), ['a', 'a', 'a']);
    expect(order).toHaveLength(3);
    expect(peak.get('a')).toBeLessThanOrEqual(2);
  });

  it('gives up waiting on abort and does not leak the slot', async () => {
    const limiter = createHostLimiter(1);
    const first = await limiter.acquire('a');
    const controller = new AbortController();
    const waiting = limiter.acquire('a', controller.signal);
    controller.abort(new Error('job cancelled'));
    await expect(waiting).rejects.toThrow('job cancelled');
    first();
    first(); // twice is harmless
    const again = await limiter.acquire('a');
    again();
  });
});
