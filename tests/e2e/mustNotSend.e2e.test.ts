import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from './browser';
import { browserFixture, coveredDemoPlan, signInWithDraft } from './fixture';

const session = browserFixture();

// The draft's day; the browser's clock is set around it, so the test never depends on the real date.
const MEETING_DAY = '2027-04-22';
/** 10.00 in Copenhagen (summer time) on the day before the meeting. */
const DAY_BEFORE = new Date('2027-04-21T08:00:00Z');
/** 11.30 in Copenhagen on the meeting's day: its 11.00 start has passed. */
const HALF_AN_HOUR_IN = new Date('2027-04-22T09:30:00Z');

const TEXT = {
  da: {
    locale: 'da-DK',
    continueDraft: /^Fortsæt kladden/,
    minutes: 'Minutter',
    fix: 'Ret',
    endsInFrame: 'Slutter kl. 14.00',
    endsOver: 'Slutter kl. 14.20 – 20 min over rammen på 3 timer',
    frameFinding: 'Mødet slutter kl. 14.20 og går 20 min ud over rammen på 3 timer.',
    titleFinding: 'Mødet har ingen titel.',
    startFinding: 'Mødet begynder i dag kl. 11.00, og det tidspunkt er allerede passeret.',
  },
  en: {
    locale: 'en-GB',
    continueDraft: /^Continue the draft/,
    minutes: 'Minutes',
    fix: 'Fix',
    endsInFrame: 'Ends at 14:00',
    endsOver: 'Ends at 14:20 – 20 min over the 3-hour frame',
    frameFinding: 'The meeting ends at 14:20, 20 min past the 3-hour frame.',
    titleFinding: 'The meeting has no title.',
    startFinding: 'The meeting starts today at 11:00, and that time has already passed.',
  },
} as const;

async function openDraft(locale: keyof typeof TEXT, id: string): Promise<Page> {
  const page = await session.newPage({ locale: TEXT[locale].locale });
  await page.clock.setFixedTime(DAY_BEFORE);
  await signInWithDraft(page, coveredDemoPlan(id, MEETING_DAY));
  await page.getByRole('button', { name: TEXT[locale].continueDraft }).click();
  return page;
}

describe('plans that must not be sent', () => {
  for (const locale of ['da', 'en'] as const) {
    const text = TEXT[locale];
    it(`shows an overrun on the meeting card and in coverage, and blocks an empty title (${locale})`, async () => {
      const page = await openDraft(locale, `must-not-send-${locale}-${Date.now()}`);
      const coverage = page.getByTestId('coverage');
      const send = page.getByRole('button', { name: 'Send invitation' });
      const end = page.getByTestId('meeting-end');
      await expect.poll(() => send.getAttribute('aria-disabled')).not.toBe('true');
      expect(await end.textContent()).toBe(text.endsInFrame);

      // Lengthening the first block by 20 minutes runs the meeting past its frame: a warning.
      const minutes = page
        .locator('li[data-block-id]')
        .nth(0)
        .getByRole('spinbutton', { name: text.minutes });
      await minutes.fill('30');
      await minutes.press('Enter');
      await expect.poll(() => end.textContent()).toBe(text.endsOver);
      const frame = coverage.locator('[data-code="frame-exceeded"]');
      expect(await frame.textContent()).toContain(text.frameFinding);
      expect(await send.getAttribute('aria-disabled')).not.toBe('true');

      // A title of spaces is no title: an error, and Send is disabled until it is fixed.
      // The meeting card's title (the agenda's blocks have "Title" fields of their own in English).
      const title = page.locator('#meeting-title');
      await title.fill('   ');
      const nameless = coverage.locator('[data-code="title-empty"]');
      await nameless.waitFor();
      expect(await nameless.textContent()).toContain(text.titleFinding);
      expect(await send.getAttribute('aria-disabled')).toBe('true');
      await screenshot(page, `must-not-send-title-overrun-${locale}`);

      // "Fix" goes to the title field.
      await nameless.getByRole('button', { name: new RegExp(`^${text.fix}:`) }).click();
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.id))
        .toBe('meeting-title');
      await title.fill('Netværksmøde om tillid');
      await expect.poll(() => nameless.count()).toBe(0);
      await expect.poll(() => send.getAttribute('aria-disabled')).not.toBe('true');
      await page.context().close();
    });
  }

  it('refuses a meeting whose start has passed by the browser’s clock', async () => {
    const page = await openDraft('da', `must-not-send-late-${Date.now()}`);
    const send = page.getByRole('button', { name: 'Send invitation' });
    await expect.poll(() => send.getAttribute('aria-disabled')).not.toBe('true');
    await page.clock.setFixedTime(HALF_AN_HOUR_IN);
    await page.reload();
    await page.getByRole('button', { name: TEXT.da.continueDraft }).click();
    const late = page.getByTestId('coverage').locator('[data-code="start-in-past"]');
    await late.waitFor();
    expect(await late.textContent()).toContain(TEXT.da.startFinding);
    expect(await send.getAttribute('aria-disabled')).toBe('true');
    await screenshot(page, 'must-not-send-start-passed-da');
    await page.context().close();
  });
});
