/**
 * One truth in two languages: an organiser whose UI is English reads the plan's texts as the
 * organiser wrote them (marked where not yet translated), and a meeting's follow-up shows what
 * its attendees received, in the language it was sent in.
 */
import { describe, expect, it } from 'vitest';
import { bookingFromPlan, formatDate, type MeetingPlan } from '../../src/domain';
import { createEventBody } from '../../src/graph/eventMapping';
import { screenshot } from './browser';
import {
  browserFixture,
  browserLocale,
  coveredDemoPlan,
  emulator,
  ORGANISER,
  signInAs,
  signInWithDraft,
  VICE,
} from './fixture';

// No other browser test books on this day.
const DATE = '2027-10-21';
const TITLE = '1. netværksmøde om social kapital – ældreplejen';
const BLOCK = 'Velkomst ved ældrechefen';

const session = browserFixture();

/** A covered plan whose title and first block were renamed in Danish only. */
function renamedInDanish(id: string): MeetingPlan {
  const plan = coveredDemoPlan(id, DATE);
  const [first, ...rest] = plan.agenda;
  if (!first) throw new Error('the demo plan has blocks');
  return {
    ...plan,
    // As the planner stores an edit in Danish: the same words in English, until translated.
    title: { da: TITLE, en: TITLE, edited: ['da'] },
    agenda: [{ ...first, title: { da: BLOCK, en: BLOCK, edited: ['da'] } }, ...rest],
  };
}

describe('an English-UI organiser', () => {
  it('continues a draft written in Danish: its words, each marked not yet translated until written in English', async () => {
    const plan = renamedInDanish(`lang-draft-${Date.now()}`);
    const page = await session.newPage({ locale: browserLocale('en') });
    await signInWithDraft(page, plan);
    await page.getByRole('button', { name: `Continue the draft: ${TITLE}` }).click();
    const title = page.locator('#meeting-title');
    await title.waitFor();
    expect(await title.inputValue()).toBe(TITLE);
    const hints = page.getByTestId('untranslated');
    // The title and the renamed block, nothing else (the template's texts are translated).
    await expect.poll(() => hints.count()).toBe(2);
    expect(await page.locator('#meeting-title-hint').textContent()).toMatch(
      /^Not yet translated: this text was written in Danish and is shown and sent as written/,
    );
    const block = page.locator(`li[data-block-id="${plan.agenda[0]?.id ?? ''}"]`);
    expect(await block.getByText('Not yet translated', { exact: true }).count()).toBe(1);
    expect(await block.getByRole('textbox', { name: 'Title' }).inputValue()).toBe(BLOCK);
    await block.scrollIntoViewIfNeeded();
    await screenshot(page, 'untranslated-en');

    // Written in English: that text's mark goes, the block's stays, and the draft keeps both.
    await title.fill('1st network meeting on social capital – eldercare');
    await expect.poll(() => hints.count()).toBe(1);
    expect(await page.locator('#meeting-title-hint').count()).toBe(0);
    await expect
      .poll(() =>
        page.evaluate((key) => {
          const stored = JSON.parse(localStorage.getItem(key) ?? '{}') as {
            plan?: MeetingPlan;
          };
          return stored.plan?.title;
        }, `nm.draft.${ORGANISER}`),
      )
      .toEqual({
        da: TITLE,
        en: '1st network meeting on social capital – eldercare',
        edited: ['da', 'en'],
      });
    await page.context().close();
  });

  it('follows up a meeting sent in Danish with the title its attendees received', async () => {
    // Translated into English too, but sent in Danish: the Danish words are what went out.
    const plan: MeetingPlan = {
      ...renamedInDanish(`lang-sent-${Date.now()}`),
      title: { da: TITLE, en: '1st network meeting on social capital', edited: ['da', 'en'] },
    };
    const res = await emulator.postAs(
      ORGANISER,
      '/me/events',
      createEventBody(bookingFromPlan(plan, 'da')),
    );
    expect(res.status).toBe(201);
    const sent = await emulator.booked(plan);
    const received = (await emulator.mailbox(VICE)).events.find((e) => e.iCalUId === sent?.iCalUId);
    expect(received?.subject).toBe(TITLE);

    const page = await session.newPage({ locale: browserLocale('en') });
    await signInAs(page, /Signe Vestergaard/);
    await page
      .getByRole('button', { name: `Follow up: ${TITLE}, ${formatDate(plan.date, 'en')}` })
      .first()
      .click();
    const heading = page.getByTestId('meeting-title');
    await heading.waitFor();
    expect(await heading.textContent()).toBe(received?.subject);
    await page.getByRole('heading', { name: 'Following up the meeting' }).waitFor();
    await screenshot(page, 'follow-up-sent-in-danish-en');
    await page.context().close();
  });
});
