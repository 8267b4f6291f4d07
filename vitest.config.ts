import { defineConfig } from 'vitest/config';

/** Unit and integration tests sit next to the code; browser tests live in tests/e2e. */
export default defineConfig({
  test: {
    include: [
      'src/**/*.test.ts',
      'src/**/*.test.tsx',
      'scripts/**/*.test.ts',
      'tests/**/*.test.ts',
    ],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    setupFiles: ['tests/setup/reactCleanup.ts'],
    // Worker threads, each running file after file in one module graph: on two cores, a fresh
    // process and module graph per file was most of the unit tests' time (171 s against 64 s).
    // Files keep no state in modules they share; the run passes with its files shuffled.
    pool: 'threads',
    isolate: false,
    // The JSON report lets .ci/run print the plain "N passed, N failed" line CI reads.
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
  },
});
