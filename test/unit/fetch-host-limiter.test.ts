import { afterEach, describe, expect, it, vi } from 'vitest';
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

  describe('politeness delay (fake clock)', () => {
    afterEach(() => void vi.useRealTimers());

    /** Acquires for `host`; `started` flips when the slot and the delay are through. */
    function track(limiter: ReturnType<typeof createHostLimiter>, host: string, delayMs?: number) {
      const state = { started: false, release: (() => {}) as () => void };
      void limiter.acquire(host, undefined, delayMs).then((release) => {
        state.started = true;
        state.release = release;
      });
      return state;
    }

    it('starts the next request no sooner than the delay after the previous one finished', async () => {
      vi.useFakeTimers();
      const limiter = createHostLimiter(1, 100);
      const first = track(limiter, 'a');
      await vi.advanceTimersByTimeAsync(0);
      expect(first.started).toBe(true);
      const second = track(limiter, 'a');
      await vi.advanceTimersByTimeAsync(500); // the first request is slow
      expect(second.started).toBe(false);
      first.release();
      await vi.advanceTimersByTimeAsync(99);
      expect(second.started).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(second.started).toBe(true);
    });

    it('spaces starts by the delay even with free slots, hosts independent', async () => {
      vi.useFakeTimers();
      const limiter = createHostLimiter(2, 100);
      const [a1, a2, b1] = [track(limiter, 'a'), track(limiter, 'a'), track(limiter, 'b')];
      await vi.advanceTimersByTimeAsync(0);
      expect([a1.started, a2.started, b1.started]).toEqual([true, false, true]);
      await vi.advanceTimersByTimeAsync(100);
      expect(a2.started).toBe(true);
    });

    it('lets a longer per-request delay (Crawl-delay) win over the configured one', async () => {
      vi.useFakeTimers();
      const limiter = createHostLimiter(1, 100);
      const first = track(limiter, 'a');
      await vi.advanceTimersByTimeAsync(0);
      first.release();
      const second = track(limiter, 'a', 2000);
      await vi.advanceTimersByTimeAsync(1999);
      expect(second.started).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(second.started).toBe(true);
      second.release();
      const third = track(limiter, 'a', 10); // a shorter one does not shorten the configured delay
      await vi.advanceTimersByTimeAsync(99);
      expect(third.started).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(third.started).toBe(true);
    });
  });
});
