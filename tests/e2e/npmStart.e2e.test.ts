/**
 * The README's main command, `npm start`, as a developer meets it: its own dev server and emulator
 * (not the test build the other browser tests use), opened in Chromium where its start-up line
 * says, signed in as whom it names. Fails on a blank first screen, a console error or a CSP
 * violation.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STRINGS } from '../../src/ui/strings';
import { screenshot } from './browser';
import { isListening, type NpmStart, startNpmStart } from './npmStart';
import { browserFixture, signInAs } from './fixture';

/** `npm start`'s last start-up line: where to open the app and whom to sign in as. */
const STARTUP_LINE =
  /^Netværksmøder kører: åbn (http:\/\/localhost:\d+) og log ind som (.+) \(arrangør, (.+)\)\.$/;
const t = STRINGS.da;

const session = browserFixture();
let started: NpmStart;
let startup: RegExpExecArray;

beforeAll(async () => {
  started = await startNpmStart();
  // The dev server's first compile takes a minute or more on two busy cores.
  startup = await started.waitForLine(STARTUP_LINE, 420_000);
}, 450_000);

afterAll(() => started?.dispose());

/** Console errors, uncaught errors and CSP violations of a page, as they happen. */
async function watch(page: Page): Promise<string[]> {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  // Chromium reports a violation as this event even when the code that caused it goes on.
  await page.exposeFunction('reportCspViolation', (v: string) => problems.push(`CSP: ${v}`));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { reportCspViolation(v: string): void }).reportCspViolation(
        `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`,
      ),
    ),
  );
  return problems;
}

describe('npm start', () => {
  it('ends its start-up output with where to open the app and whom to sign in as', async () => {
    const [, url, name, department] = startup;
    expect(url).toBe(`http://localhost:${started.appPort}`);
    // The organiser the emulator serves, not a name written into the script.
    const tenant = (await (
      await fetch(`http://127.0.0.1:${started.emulatorPort}/_emulator/tenant`)
    ).json()) as { people: { role: string; displayName: string; department?: string }[] };
    const organiser = tenant.people.find((p) => p.role === 'organiser');
    expect(name).toBe(organiser?.displayName);
    expect(department).toBe(organiser?.department);
    // Last, after webpack's own report; nothing has come after it.
    await new Promise((r) => setTimeout(r, 1_000));
    const lines = started.output().trimEnd().split('\n');
    expect(lines.at(-1)).toBe(startup[0]);
    expect(lines.slice(0, -1).some((l) => / compiled successfully in /.test(l))).toBe(true);
    expect(lines.filter((l) => STARTUP_LINE.test(l))).toHaveLength(1);
  });

  it('shows the sign-in screen, then the start screen, with no error or CSP violation', async () => {
    const [, url = '', name = ''] = startup;
    const page = await session.newPage({
      locale: 'da-DK',
      viewport: { width: 1280, height: 800 },
    });
    const context = page.context();
    const problems = await watch(page);
    try {
      await page.goto(`${url}/`);
      const signIn = page.getByRole('button', { name: t.demoSignIn({ name }) });
      // Not blank: the sign-in screen's heading and button are drawn.
      await signIn.waitFor({ timeout: 30_000 });
      await page.getByRole('heading', { name: t.demoTitle }).waitFor();
      await screenshot(page, 'npm-start-01-sign-in');

      await signInAs(page, new RegExp(name), url);
      expect(await page.getByTestId('signed-in-user').innerText()).toBe(t.signedInAs({ name }));
      await page.getByRole('heading', { name: t.invitedTo }).waitFor();
      await page.getByRole('heading', { name: t.programmes }).waitFor();
      // A fresh emulator state: both lists read from the emulator, empty.
      await page.getByText(t.noInvitations).waitFor();
      await page.getByText(t.noEarlierMeetings).waitFor();
      await screenshot(page, 'npm-start-02-signed-in');
    } catch (error) {
      // A blank page times out waiting; the console says why.
      await screenshot(page, 'npm-start-failed');
      expect(problems, String(error)).toEqual([]);
      throw error;
    } finally {
      await context.close();
    }
    expect(problems).toEqual([]);
  }, 120_000);

  it('stops the emulator and the dev server together on Ctrl-C', async () => {
    expect(await isListening(started.appPort)).toBe(true);
    expect(await isListening(started.emulatorPort)).toBe(true);
    // npm passes the signal on, waits for the script, then ends by the same signal.
    expect([0, 'SIGINT']).toContain(await started.stop('SIGINT', 30_000));
    await expect
      .poll(
        async () => [await isListening(started.appPort), await isListening(started.emulatorPort)],
        { timeout: 10_000 },
      )
      .toEqual([false, false]);
  }, 60_000);
});
