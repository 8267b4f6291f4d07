/**
 * `npm run verify:tenant`: runs the scenario (scenario.ts) and prints what was seen.
 *
 *   npm run verify:tenant
 *     against the Graph emulator, started in this process (part of `npm test`);
 *   npm run verify:tenant -- --tenant <tenant id> --client <client id> <mailbox 1> <mailbox 2>
 *       [--group <group id>] [--attendee-sign-in]
 *     against a real tenant, signed in with device codes: the organiser, and with
 *     --attendee-sign-in mailbox 1 too. See README.md, "Checking a tenant".
 *
 * Exits 1 when a documented behaviour failed, 2 on wrong arguments.
 */
import { parseArgs } from 'node:util';
import { emulatorTarget } from './emulatorTarget';
import { formatTable, summary } from './report';
import { runScenario } from './scenario';
import type { VerifyTarget } from './target';
import { tenantTarget } from './tenantTarget';

const USAGE =
  'usage: npm run verify:tenant [-- --tenant <tenant id> --client <client id> <mailbox 1> <mailbox 2> [--group <group id>] [--attendee-sign-in]]';

async function targetFromArguments(args: readonly string[]): Promise<VerifyTarget> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      tenant: { type: 'string' },
      client: { type: 'string' },
      group: { type: 'string' },
      'attendee-sign-in': { type: 'boolean', default: false },
    },
  });
  if (!values.tenant && !values.client && positionals.length === 0) return emulatorTarget();
  const [first, second] = positionals;
  if (!values.tenant || !values.client || !first || !second || positionals.length > 2)
    throw new UsageError(USAGE);
  return tenantTarget(
    {
      tenantId: values.tenant,
      clientId: values.client,
      mailboxes: [first, second],
      groupId: values.group,
      attendeeSignIn: values['attendee-sign-in'],
    },
    (line) => console.log(line),
  );
}

class UsageError extends Error {}

try {
  const target = await targetFromArguments(process.argv.slice(2));
  try {
    console.log(
      target.kind === 'emulator'
        ? 'verify:tenant against the Graph emulator (in this process)'
        : `verify:tenant as ${target.organiser.email}`,
    );
    const rows = await runScenario(target, Date.now());
    console.log(formatTable(rows));
    console.log(summary(rows));
    process.exitCode = rows.some((r) => r.verdict === 'FAIL') ? 1 : 0;
  } finally {
    await target.close();
  }
} catch (e) {
  console.error(e instanceof UsageError ? e.message : e);
  process.exitCode = e instanceof UsageError ? 2 : 1;
}
