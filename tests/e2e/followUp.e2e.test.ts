import { AxeBuilder } from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { demoTokenFor } from '../../src/auth/demoToken';
import { launchBrowser, screenshot } from './browser';
import { coveredDemoPlan, ORGANISER, plannerWithDraft } from './drafts';

const appUrl = inject('appUrl');
const emulatorUrl = inject('emulatorUrl');
const CHAIR = 'birgitte.holm@egeskov.example';
const VICE = 'mads.noergaard@egeskov.example';
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

interface Mailbox {
  events: { id: string; iCalUId: string; transactionId: string | null }[];
  notices: { kind: string; iCalUId: string }[];
}
async function mailbox(address: string): Promise<Mailbox> {
  return (await fetch(`${emulatorUrl}/_emulator/mailboxes/${encodeURIComponent(address)}`)).json();
}

/** Answers an invitation as the attendee would in Outlook: on their own copy, through Graph. */
async function answerAs(address: string, iCalUId: string, answer: 'accept' | 'decline') {
  const copy = (await mailbox(address)).events.find((e) => e.iCalUId === iCalUId);
  if (!copy) throw new Error(`${address} has no copy`);
  const res = await fetch(`${emulatorUrl}/v1.0/me/events/${copy.id}/${answer}`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${demoTokenFor(address)}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify({ sendResponse: true, comment: '' }),
  });
  expect(res.status).toBe(202);
}

describe('the organiser follows a sent meeting up', () => {
  it('sees the answers per role, what a decline leaves uncovered, and cancels to everyone', async () => {
    const plan = coveredDemoPlan(`follow-${Date.now()}`, '2027-06-03');
    const { context, page, send } = await plannerWithDraft(browser, appUrl, plan);
    await send.click();
    await page.getByText('Invitationen er sendt').waitFor();
    const event = (await mailbox(ORGANISER)).events.find(
      (e) => e.transactionId === `netvaerksmoeder-${plan.id}`,
    );
    if (!event) throw new Error('not booked');

    // As in Outlook: the chair accepts, the vice-chair declines.
    await answerAs(CHAIR, event.iCalUId, 'accept');
    await answerAs(VICE, event.iCalUId, 'decline');

    await page.getByRole('button', { name: 'Tilbage' }).click();
    await page
      .getByRole('button', {
        name: /^Følg op: 1\. netværksmøde om social kapital, .*3\. juni 2027/,
      })
      .click();
    const table = page.getByTestId('role-attendance');
    await table.waitFor();
    expect(
      await table.locator('tr[data-role="medChair"] td[data-answer="accepted"]').textContent(),
    ).toContain('Birgitte Holm');
    expect(
      await table.locator('tr[data-role="medViceChair"] td[data-answer="declined"]').textContent(),
    ).toContain('Mads Nørgaard');
    const coverage = page.getByTestId('coverage');
    expect(
      await coverage.locator('[data-code="attendance-role-declined"]').count(),
    ).toBeGreaterThan(0);
    await screenshot(page, 'follow-up-da');
    // Tabster's focus sentinels (Fluent's Dialog) are aria-hidden by design and never read.
    const axe = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .exclude('[data-tabster-dummy]')
      .analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual(
      [],
    );

    // The .ics for outside guests: parsed with an iCalendar library, it holds the agenda.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Hent som .ics til gæster udefra' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('2027-06-03-1-netvaerksmoede-om-social-kapital.ics');
    const ics = new ICAL.Event(
      new ICAL.Component(
        ICAL.parse(readFileSync((await download.path()) ?? '', 'utf8')),
      ).getFirstSubcomponent('vevent') as ICAL.Component,
    );
    expect(ics.uid).toBe(event.iCalUId);
    expect(ics.startDate.toJSDate().toISOString()).toBe('2027-06-03T09:00:00.000Z');
    for (const block of plan.agenda) expect(ics.description).toContain(block.title.da);

    await page.getByRole('button', { name: 'Aflys mødet' }).click();
    await page.getByRole('dialog').waitFor();
    await screenshot(page, 'follow-up-cancel-da');
    await page.getByRole('button', { name: 'Aflys og send beskeden' }).click();
    await page.getByText('Mødet er aflyst, og alle inviterede har fået besked.').waitFor();
    const missing: string[] = [];
    for (const invitee of plan.invitees) {
      if (invitee.email === ORGANISER) continue;
      const box = await mailbox(invitee.email);
      if (!box.notices.some((n) => n.kind === 'cancellation' && n.iCalUId === event.iCalUId)) {
        missing.push(invitee.email);
      }
    }
    expect(missing).toEqual([]);
    await context.close();
  });
});
