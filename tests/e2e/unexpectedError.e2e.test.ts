import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, screenshot } from './browser';
import { coveredDemoPlan, plannerWithDraft } from './drafts';

const appUrl = inject('appUrl');
const emulatorUrl = inject('emulatorUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

describe('when Microsoft 365 answers something nobody planned for', () => {
  it('says an unexpected error happened, not that the organiser is offline, and gives the error id', async () => {
    const plan = coveredDemoPlan(`unexpected-${Date.now()}`, '2027-05-20');
    const { context, page, send } = await plannerWithDraft(browser, appUrl, plan);
    await fetch(`${emulatorUrl}/_emulator/faults`, {
      method: 'PUT',
      body: JSON.stringify({ rules: [{ method: 'POST', path: '^/me/events$', status: 500 }] }),
    });
    await send.click();
    const alert = page.getByRole('alert').filter({ hasText: 'Der skete en uventet fejl' });
    await alert.waitFor();
    const text = (await alert.textContent()) ?? '';
    expect(text).not.toContain('Ingen forbindelse');
    expect(text).toMatch(/Giv jeres it-support dette fejl-id: [0-9a-f-]{36}$/);
    await screenshot(page, 'planner-unexpected-error-da');
    await context.close();
  });
});
