import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, screenshot } from './browser';

const appUrl = inject('appUrl');
const emulatorUrl = inject('emulatorUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

async function signedIn(name: RegExp): Promise<Page> {
  const context = await browser.newContext({
    locale: 'da-DK',
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  await page.goto(`${appUrl}/`);
  await page.getByRole('combobox').click();
  await page.getByRole('option', { name }).click();
  await page.getByRole('button', { name: /Log ind som/ }).click();
  await page.getByRole('heading', { name: 'Programmer' }).waitFor();
  return page;
}

async function createsSoFar(): Promise<number> {
  const log = (await (await fetch(`${emulatorUrl}/_emulator/requests`)).json()) as {
    method: string;
    path: string;
  }[];
  return log.filter((r) => r.method === 'POST' && r.path === '/me/events').length;
}

describe('the organiser’s planner', () => {
  it('keeps Send disabled, saying why, while an error stands', async () => {
    const page = await signedIn(/Signe Vestergaard/);
    await page.getByRole('button', { name: 'Planlæg: 1. netværksmøde' }).click();
    await page.getByRole('heading', { name: 'Planlæg netværksmøde' }).waitFor();
    const coverage = page.getByTestId('coverage');
    expect(await coverage.locator('[data-code="top-management-missing"]').count()).toBe(1);
    expect(await coverage.locator('[data-code="med-vice-chair-missing"]').textContent()).toContain(
      'MED-næstformanden er ikke inviteret',
    );
    const send = page.getByRole('button', { name: 'Send invitation' });
    expect(await send.getAttribute('aria-disabled')).toBe('true');
    expect(await page.locator('#send-blocked').textContent()).toMatch(
      /^Kan ikke sendes, før fejlene er rettet \(\d+\)$/,
    );
    const before = await createsSoFar();
    await send.click({ force: true });
    await send.press('Enter');
    expect(await createsSoFar()).toBe(before);
    await screenshot(page, 'planner-blocked-da');
    await page.context().close();
  });

  it('brings the draft back after a reload, and keeps no token in storage', async () => {
    const page = await signedIn(/Signe Vestergaard/);
    await page.getByRole('button', { name: 'Planlæg: 2. netværksmøde' }).click();
    await page.getByLabel('Sted').fill('Byrådssalen');
    await page.getByLabel('Starttid').fill('09:00');
    await expect
      .poll(() => page.locator('ol li').first().textContent())
      .toBe('09.00–09.10Velkomst og dagens program');
    await page.getByText('Kladden er gemt').waitFor();
    await page.reload();
    await page.getByRole('button', { name: /^Fortsæt kladden: 2\. netværksmøde/ }).click();
    expect(await page.getByLabel('Sted').inputValue()).toBe('Byrådssalen');
    expect(await page.getByLabel('Starttid').inputValue()).toBe('09:00');
    expect(await page.locator('ol li').first().textContent()).toBe(
      '09.00–09.10Velkomst og dagens program',
    );
    const stored = await page.evaluate(() =>
      Object.keys(localStorage).map((k) => [k, localStorage.getItem(k) ?? '']),
    );
    expect(stored.map(([k]) => k)).toEqual(['nm.draft.signe.vestergaard@egeskov.example']);
    expect(
      stored.some(([, v]) => /demo\.[A-Za-z0-9_-]{10,}|access_?token|Bearer/i.test(v ?? '')),
    ).toBe(false);
    await screenshot(page, 'planner-draft-restored-da');
    await page.context().close();
  });
});
