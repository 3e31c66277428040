import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // integration tests start PGlite, redis-server and local HTTP/SMTP servers: keep two at a time on 2 cores
    maxWorkers: 2,
  },
});
