import { domainBench } from './domain.bench';
import { findTimeBench } from './findTime.bench';
import { firstScreenBench } from './firstScreen.bench';
import { graphBench } from './graph.bench';
import { invitationsBench } from './invitations.bench';
import { sendCheckBench } from './sendCheck.bench';
import { outlookPaneBench } from './outlookPane.bench';
import { sidePanelBench } from './sidePanel.bench';

/** `npm run bench`: every figure of the project, measured side by side in one run. */
async function main() {
  // The first screen goes first: its demo page reads the emulator this process serves, and after
  // the other benchmarks have filled the heap, collection pauses here slowed the app's page only.
  const firstScreen = await firstScreenBench();
  // After the first screen, whose build it reads.
  const sendCheck = await sendCheckBench();
  const outlookPane = await outlookPaneBench();
  const sidePanel = await sidePanelBench();
  const domain = await domainBench();
  const graph = await graphBench();
  const invitations = await invitationsBench();
  const findTime = await findTimeBench();
  const rows = [
    ...domain.map((r) => ({ name: r.name, value: `${r.medianMs.toFixed(3)} ms`, note: r.note })),
    ...graph,
    ...invitations,
    ...findTime,
    ...firstScreen,
    ...sendCheck,
    ...outlookPane,
    ...sidePanel,
  ];
  console.log('\nNetværksmøder benchmarks (times are medians per call)\n');
  const width = Math.max(...rows.map((r) => r.name.length));
  const valueWidth = Math.max(...rows.map((r) => r.value.length));
  for (const r of rows)
    console.log(`${r.name.padEnd(width)}  ${r.value.padStart(valueWidth)}  ${r.note}`);
  if (rows.some((r) => r.note.includes('MISSED'))) process.exitCode = 1;
}

await main();
