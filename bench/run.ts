import { domainBench } from './domain.bench';

/** `npm run bench`: every figure of the project, measured side by side in one run. */
async function main() {
  const rows = await domainBench();
  console.log('\nNetværksmøder benchmarks (median per call)\n');
  const width = Math.max(...rows.map((r) => r.name.length));
  for (const r of rows) {
    console.log(`${r.name.padEnd(width)}  ${r.medianMs.toFixed(3).padStart(9)} ms  ${r.note}`);
  }
  const missed = rows.filter((r) => r.note.includes('MISSED'));
  if (missed.length > 0) process.exitCode = 1;
}

await main();
