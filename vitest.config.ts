import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Tests that measure the event loop's delay (F11: big pages parsed off the main thread, at most
 * 100 ms of lag) run last and alone: on a 2-core machine, two other test files and their servers
 * can keep this process off the CPU for longer than that, whatever its own code does.
 */
const EVENT_LOOP_TESTS = ['test/faults/f11-big-pages.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // integration tests start PGlite, redis-server and local HTTP/SMTP servers: keep two at a time on 2 cores
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'suite',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...EVENT_LOOP_TESTS],
          globalSetup: ['test/global-setup.ts'],
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'event-loop',
          include: EVENT_LOOP_TESTS,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
