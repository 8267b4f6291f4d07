import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/domain';
import { STRINGS } from '../../src/ui/strings';
import { wcagAxe } from './axeThemes';
import { screenshot } from './browser';
import { browserFixture, coveredDemoPlan, ORGANISER } from './fixture';

const session = browserFixture();

/** The organiser's draft (22 April 2027, a Thursday, at 11.00) open in the planner. */
async function planner(locale: Locale, id: string): Promise<Page> {
  const page = await session.withDraft(coveredDemoPlan(id, '2027-04-22'), {
    // An English host for English; a Danish host for Danish: the machine's own format is irrelevant.
    locale: locale === 'da' ? 'da-DK' : 'en-US',
  });
  await page
    .getByRole('button', { name: new RegExp(`^${STRINGS[locale].continueDraft({ title: '' })}`) })
    .click();
  await page.getByRole('heading', { name: STRINGS[locale].plannerTitle }).waitFor();
  return page;
}

/** The plan as the planner keeps it (its draft in local storage): what the pickers changed. */
async function savedPlan(page: Page): Promise<{ date: string; start: string }> {
  const raw = await page.evaluate((key) => localStorage.getItem(key), `nm.draft.${ORGANISER}`);
  return (JSON.parse(raw ?? '{}') as { plan: { date: string; start: string } }).plan;
}

async function firstBlockHeading(page: Page): Promise<string> {
  return (await page.locator('li[data-block-id] [id$="-heading"]').first().textContent()) ?? '';
}

const CASES = [
  {
    locale: 'da' as const,
    april: 'april 2027',
    monday: 'mandag',
    mondayShort: 'Ma',
    sunday: 'søndag',
    // Fluent words a day cell "day, month, year" itself; the month is the app's.
    picked: '30, april, 2027',
    shownDate: '30.04.2027',
    options: ['11.00', '11.05', '11.10'],
    shownTime: '11.10',
    block: /^11\.10–11\.20 /,
    badDate: '31.04.2027',
    badTime: '25.00',
  },
  {
    locale: 'en' as const,
    april: 'April 2027',
    monday: 'Monday',
    mondayShort: 'Mo',
    sunday: 'Sunday',
    picked: '30, April, 2027',
    shownDate: '30 Apr 2027',
    options: ['11:00', '11:05', '11:10'],
    shownTime: '11:10',
    block: /^11:10–11:20 /,
    badDate: '31/04/2027',
    badTime: '11 AM',
  },
];

describe('date and time pickers in the app’s language', () => {
  for (const c of CASES) {
    it(`picks a date and a time by keyboard, in ${c.locale}, and says why typed text is refused`, async () => {
      const t = STRINGS[c.locale];
      const page = await planner(c.locale, `pickers-${c.locale}-${Date.now()}`);
      const date = page.getByRole('combobox', { name: t.date });
      expect(await date.inputValue()).toBe(c.locale === 'da' ? '22.04.2027' : '22 Apr 2027');

      // Open the calendar from the keyboard: the app's month and day names, Monday first.
      await date.focus();
      await date.press('ArrowDown');
      const calendar = page.getByRole('dialog', { name: t.calendar });
      await calendar.waitFor();
      await calendar.getByText(c.april, { exact: true }).first().waitFor();
      const heads = calendar.getByRole('columnheader');
      expect(await heads.count()).toBe(7);
      expect(await heads.first().getAttribute('aria-label')).toBe(c.monday);
      expect((await heads.first().textContent())?.trim()).toBe(c.mondayShort);
      expect(await heads.last().getAttribute('aria-label')).toBe(c.sunday);
      expect(await calendar.getByRole('button', { name: t.goToToday }).count()).toBe(1);
      await screenshot(page, `pickers-calendar-${c.locale}`);
      if (c.locale === 'da') {
        const result = await wcagAxe(page)
          .exclude('#invite-preview')
          .exclude('[data-tabster-dummy]')
          .analyze();
        expect(
          result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' '))}`),
        ).toEqual([]);
      }

      // Arrow keys from the chosen day (Thursday 22nd): a week down, a day right; Enter picks.
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowRight');
      await expect
        // The focused day cell holds the day's button, named in full.
        .poll(() =>
          page.evaluate(
            () => document.activeElement?.querySelector('button')?.getAttribute('aria-label') ?? '',
          ),
        )
        .toContain(c.picked);
      await page.keyboard.press('Enter');
      await screenshot(page, `pickers-picked-${c.locale}`);
      await calendar.waitFor({ state: 'hidden', timeout: 5000 });
      await expect.poll(() => date.inputValue()).toBe(c.shownDate);
      await expect
        .poll(async () => (await savedPlan(page)).date, { timeout: 5000 })
        .toBe('2027-04-30');

      // The start time from the 5-minute list, by keyboard.
      const start = page.getByRole('combobox', { name: t.startTime });
      await start.focus();
      await start.press('ArrowDown');
      const list = page.getByRole('listbox');
      await list.waitFor({ timeout: 5000 });
      for (const o of c.options)
        expect(await list.getByRole('option', { name: o }).count()).toBe(1);
      await start.press('ArrowDown');
      await start.press('ArrowDown');
      await screenshot(page, `pickers-times-${c.locale}`);
      await start.press('Enter');
      await expect.poll(() => start.inputValue()).toBe(c.shownTime);
      await expect.poll(() => firstBlockHeading(page)).toMatch(c.block);
      await expect.poll(async () => (await savedPlan(page)).start, { timeout: 5000 }).toBe('11:10');

      // Typed text that is not a date or a time: a message naming it, the plan unchanged.
      await date.fill(c.badDate);
      await date.press('Tab');
      await page.getByText(t.badDate({ text: c.badDate })).waitFor({ timeout: 5000 });
      expect((await savedPlan(page)).date).toBe('2027-04-30');
      await start.fill(c.badTime);
      await start.press('Tab');
      await page.getByText(t.badTime({ text: c.badTime })).waitFor({ timeout: 5000 });
      expect(await start.inputValue()).toBe(c.badTime);
      expect(await firstBlockHeading(page)).toMatch(c.block);
      expect((await savedPlan(page)).start).toBe('11:10');
      await screenshot(page, `pickers-refused-${c.locale}`);

      // Typing in the locale's own way works too.
      await date.fill(c.locale === 'da' ? '6.5.2027' : '6 May 2027');
      await date.press('Tab');
      await expect
        .poll(async () => (await savedPlan(page)).date, { timeout: 5000 })
        .toBe('2027-05-06');
      await page.context().close();
    });
  }
});
