import { defineConfig } from 'vitest/config';

/** Browser tests: Debian's Chromium driven by playwright-core, one file at a time. */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    globalSetup: ['tests/e2e/globalSetup.ts'],
    testTimeout: 60_000,
    hookTimeout: 240_000,
    fileParallelism: false,
    // One worker process for every file, not a fresh one per file: the files keep no state in
    // the modules they share (the fixture's only cache is the demo tenant, the same for all).
    isolate: false,
    reporters: ['default', ['json', { outputFile: 'test-results/vitest-e2e.json' }]],
  },
});
