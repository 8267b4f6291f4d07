/** Drafts for browser tests: a covered plan on the demo tenant, put where the app keeps drafts. */
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { MeetingPlan } from '../../src/domain';
import { demoPlan } from '../../src/emulator/demoPlan';
import { buildDemoTenant } from '../../src/emulator/demoTenant';

/** The demo organiser. */
export const ORGANISER = 'signe.vestergaard@egeskov.example';

let tenant: ReturnType<typeof buildDemoTenant> | undefined;

/** A plan on the demo tenant with every role covered, as an organiser would have it ready. */
export function coveredDemoPlan(id: string, date = '2027-04-22'): MeetingPlan {
  tenant ??= buildDemoTenant();
  return demoPlan(tenant, { id, date, workplaces: 2 });
}

/** Opens the app and signs in as a demo person, picked by name, in either language. */
export async function signInAs(page: Page, appUrl: string, name: RegExp) {
  await page.goto(`${appUrl}/`);
  await page.getByRole('combobox').click();
  await page.getByRole('option', { name }).click();
  await page.getByRole('button', { name: /^(Log ind som|Sign in as)/ }).click();
  await page.getByTestId('signed-in-user').waitFor();
}

/** Signs in as the demo organiser and leaves a draft for the start screen to offer. */
export async function signInWithDraft(page: Page, appUrl: string, plan: MeetingPlan) {
  await signInAs(page, appUrl, /Signe Vestergaard/);
  await page.evaluate(
    ([key, value]) => localStorage.setItem(key as string, value as string),
    [`nm.draft.${ORGANISER}`, JSON.stringify({ savedAt: new Date().toISOString(), plan })],
  );
  await page.reload();
}

/**
 * A Danish browser session of the organiser with a covered draft open in the planner, Send
 * enabled: where the tests of sending and following up start.
 */
export async function plannerWithDraft(browser: Browser, appUrl: string, plan: MeetingPlan) {
  const context = await browser.newContext({
    locale: 'da-DK',
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  await signInWithDraft(page, appUrl, plan);
  await page.getByRole('button', { name: /^Fortsæt kladden/ }).click();
  const send = page.getByRole('button', { name: 'Send invitation' });
  await expect.poll(() => send.getAttribute('aria-disabled')).not.toBe('true');
  return { context, page, send };
}
