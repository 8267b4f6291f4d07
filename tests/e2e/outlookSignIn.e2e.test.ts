import type { BrowserContext, Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { userFromDemoToken } from '../../src/auth/demoToken';
import { ROLE_LABELS } from '../../src/domain';
import { violationsInThemes } from './axeThemes';
import { screenshot } from './browser';
import { appUrl, browserFixture, CHAIR, emulatorUrl, ORGANISER, outlookHostUrl } from './fixture';
import { openOutlook, outlook } from './outlookHost';

const urls = { appUrl, outlookHostUrl };
const session = browserFixture();

/** The users named by the bearer tokens of every Graph call the context's pages make. */
function graphCallers(context: BrowserContext): string[] {
  const users: string[] = [];
  context.on('request', (r) => {
    if (!r.url().startsWith(`${emulatorUrl}/v1.0/`)) return;
    const token = (r.headers()['authorization'] ?? '').replace(/^Bearer /, '');
    users.push(userFromDemoToken(token) ?? token);
  });
  return users;
}

/** Searches the directory from the organiser's pane: a Graph call with the pane's token. */
async function searchDirectory(frame: Frame) {
  await frame.getByRole('button', { name: /^1\. netværksmøde/ }).click();
  await frame.locator('#invite-role').click();
  await frame.getByRole('option', { name: ROLE_LABELS.medChair.da, exact: true }).click();
  await frame.locator('#person-search').click();
  await frame.locator('#person-search').fill('Birgitte');
  await frame
    .getByRole('option', { name: /^Birgitte Holm/ })
    .first()
    .waitFor();
}

/** Errors and CSP violations on a page of its own (the dialog's window). */
function watch(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return errors;
}

/** Clicks the pane's sign-in, answers Office's prompt with Allow, and gives the dialog's window. */
async function openDialog(page: Page, frame: Frame, button: RegExp): Promise<Page> {
  await frame.getByRole('button', { name: button }).click();
  const prompt = page.getByRole('dialog', { name: 'Netværksmøder' });
  await prompt.getByText('wants to display a new window').waitFor();
  const [popup] = await Promise.all([
    page.waitForEvent('popup'),
    prompt.getByRole('button', { name: 'Allow' }).click(),
  ]);
  await popup.waitForLoadState();
  return popup;
}

describe('signing in to the pane with nested app authentication (NestedAppAuth 1.1)', () => {
  it('signs in as the mailbox at once, without a dialog', async () => {
    const { context, page, pane, errors } = await openOutlook(session.browser, urls, {
      wait: '1',
    });
    const users = graphCallers(context);
    await outlook(page, (o) => o.openPane());
    const frame = await pane();
    await frame.getByRole('button', { name: /^1\. netværksmøde/ }).waitFor();
    expect(await outlook(page, (o) => o.calls())).not.toContain('displayDialogAsync');
    expect(await frame.getByTestId('dialog-sign-in').count()).toBe(0);
    await searchDirectory(frame);
    expect(new Set(users)).toEqual(new Set([ORGANISER]));
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('signing in to the pane through Office’s dialog, where NestedAppAuth 1.1 is missing', () => {
  it('asks first, opens the sign-in window on Allow, and the pane works as the one who signed in', async () => {
    const { context, page, pane, errors } = await openOutlook(session.browser, urls, {
      naa: 'false',
    });
    const users = graphCallers(context);
    const frame = await pane();
    await frame.getByTestId('dialog-sign-in').waitFor();
    // Nothing opens by itself: a browser shows a window only when the user asks.
    expect(await outlook(page, (o) => o.calls())).not.toContain('displayDialogAsync');
    await screenshot(page, 'outlook-sign-in-1-dialog-offered');
    expect(await violationsInThemes(page, { frame, selector: 'iframe#pane' })).toEqual([]);

    // Ignore at Office's prompt: the pane says what happened and offers it again.
    await frame.getByRole('button', { name: 'Log ind i et vindue' }).click();
    await page
      .getByRole('dialog', { name: 'Netværksmøder' })
      .getByRole('button', { name: 'Ignore' })
      .click();
    await frame
      .getByRole('alert')
      .getByText(/svaret var Ignorer/)
      .waitFor();
    expect(await outlook(page, (o) => o.dialogs())).toEqual([{ url: null, outcome: 12009 }]);

    const popup = await openDialog(page, frame, /Log ind i et vindue/);
    const dialogErrors = watch(popup);
    expect(new URL(popup.url()).pathname).toBe('/outlook-signin.html');
    expect(new URL(popup.url()).searchParams.get('hint')).toBe(ORGANISER);
    await popup.getByRole('heading', { name: 'Log ind i Netværksmøder' }).waitFor();
    // The demo tenant's stand-in for Entra ID's page: the mailbox's person offered first.
    const signInAs = popup.getByRole('button', { name: 'Log ind som Signe Vestergaard' });
    await signInAs.waitFor();
    await screenshot(popup, 'outlook-sign-in-2-dialog-window');
    await Promise.all([popup.waitForEvent('close'), signInAs.click()]);

    await frame.getByRole('button', { name: /^1\. netværksmøde/ }).waitFor();
    expect(await outlook(page, (o) => o.dialogs())).toEqual([
      { url: null, outcome: 12009 },
      { url: expect.stringContaining('/outlook-signin.html') as string, outcome: 'answered' },
    ]);
    expect(await outlook(page, (o) => o.calls())).toContain('messageParent');
    // Graph is called with the token the dialog sent, naming the person who signed in there.
    await searchDirectory(frame);
    expect(new Set(users)).toEqual(new Set([ORGANISER]));
    await screenshot(page, 'outlook-sign-in-3-signed-in');
    expect(dialogErrors).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says so when the user closes the window, and an attendee signs in in English', async () => {
    const { context, page, pane, errors } = await openOutlook(session.browser, urls, {
      naa: 'false',
      mode: 'attendee',
      locale: 'en-GB',
      user: CHAIR,
      subject: 'Network meeting',
      itemId: 'AAMk+copy/2',
    });
    const users = graphCallers(context);
    const frame = await pane();
    const closing = await openDialog(page, frame, /Sign in in a window/);
    await closing.close();
    await frame
      .getByRole('alert')
      .getByText(/window was closed/)
      .waitFor();
    expect((await outlook(page, (o) => o.dialogs())).at(-1)?.outcome).toBe('closed');

    const popup = await openDialog(page, frame, /Sign in in a window/);
    await popup.getByRole('heading', { name: 'Sign in to Netværksmøder' }).waitFor();
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('en');
    await Promise.all([
      popup.waitForEvent('close'),
      popup.getByRole('button', { name: 'Sign in as Birgitte Holm' }).click(),
    ]);
    // The attendee's pane reads her copy with her token.
    await expect.poll(() => users).toContain(CHAIR);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says sign-in is not possible where Outlook offers neither', async () => {
    const { context, pane, errors } = await openOutlook(session.browser, urls, {
      naa: 'false',
      dialog: 'false',
    });
    const frame = await pane();
    await frame
      .getByTestId('nested-auth-unsupported')
      .getByText(/DialogApi 1\.1/)
      .waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
