// Prints the plain closing line CI reads ("N passed, N failed"), from vitest's JSON reports
// (unit and integration tests, then browser tests).
import { existsSync, readFileSync } from 'node:fs';

const reports = ['vitest.json', 'vitest-e2e.json']
  .map((name) => new URL(`../test-results/${name}`, import.meta.url))
  .filter((file) => existsSync(file))
  .map((file) => JSON.parse(readFileSync(file, 'utf8')));
const sum = (key) => reports.reduce((total, r) => total + r[key], 0);
const skipped = sum('numPendingTests') + sum('numTodoTests');
console.log(
  `tests: ${sum('numPassedTests')} passed, ${sum('numFailedTests')} failed${skipped ? `, ${skipped} skipped` : ''}`,
);
if (sum('numTotalTests') === 0) process.exitCode = 1;
