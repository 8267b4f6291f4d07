import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  applyFollowUpEdits,
  bookedMeetingFrom,
  type MeetingPlan,
  plainDate,
  withTextIn,
} from '../domain';
import { demoPlan } from '../emulator/demoPlan.testSupport';
import { type EmulatorHarness, startHarness } from '../emulator/harness.testSupport';
import { bookPlan, openMeeting, savePlan } from './meetings';

/**
 * One truth in two languages: a meeting is sent in one language, and whoever follows it up in
 * the other reads and updates it in the language the attendees received.
 */
let h: EmulatorHarness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const DANISH_TITLE = '1. netværksmøde om social kapital – ældreplejen';

function renamedInDanish(id: string): MeetingPlan {
  const plan = demoPlan(h.emulator.core.tenant, { id, date: '2027-05-06' });
  return { ...plan, title: withTextIn(plan.title, 'da', DANISH_TITLE) };
}

async function subjectAt(person: 'medViceChair', planId: string): Promise<string[]> {
  const box = h.emulator.core.mailbox(h.emulator.core.user(h.address(person))?.id ?? '');
  return box.events.filter((e) => e.bodyHtml.includes(planId)).map((e) => e.subject);
}

describe('the language a meeting was sent in', () => {
  it('is recorded when it is booked, and an English follow-up updates it in Danish', async () => {
    const graph = h.graph('organiser');
    const booked = await bookPlan(graph, renamedInDanish('sent-in-danish'), 'da');
    expect(booked.plan.sentIn).toBe('da');
    const opened = await openMeeting(graph, booked.eventId);
    if (!opened.ok) throw new Error('the plan was not read back');
    expect(opened.meeting.plan.sentIn).toBe('da');

    // The organiser's Teams is now in English: the move goes out as the attendees know it.
    const moved = applyFollowUpEdits(opened.meeting.plan, [
      { kind: 'move', date: plainDate('2027-05-13'), start: opened.meeting.plan.start },
    ]);
    const saved = await savePlan(graph, opened.meeting, moved, 'en');
    expect(saved.delivery.kind).toBe('update');
    expect(saved.meeting.plan.sentIn).toBe('da');
    expect(await subjectAt('medViceChair', 'sent-in-danish')).toEqual([DANISH_TITLE]);
    const event = h.emulator.core
      .mailbox(h.emulator.core.user(h.address('medViceChair'))?.id ?? '')
      .events.find((e) => e.bodyHtml.includes('sent-in-danish'));
    expect(event?.bodyHtml).toContain('Velkomst, formål og program');
    expect(event?.bodyHtml).not.toContain('Welcome, purpose and programme');
  });

  it('is read from the subject or the attendee names of a meeting booked before it was recorded', async () => {
    const graph = h.graph('organiser');
    const booked = await bookPlan(graph, renamedInDanish('sent-before-v2'), 'da');
    const opened = await openMeeting(graph, booked.eventId);
    if (!opened.ok) throw new Error('the plan was not read back');
    // As an earlier version stored it: no language on the plan.
    const asStored = (plan: MeetingPlan, subject: string) =>
      bookedMeetingFrom({
        ...opened.meeting,
        subject,
        storedPlan: { schemaVersion: 2, plan: JSON.stringify({ ...plan, sentIn: undefined }) },
      });
    // The Danish title reads the same in both languages: the Danish role labels tell.
    const danish = asStored(booked.plan, DANISH_TITLE);
    expect(danish.ok && danish.meeting.plan.sentIn).toBe('da');
    // The template's title, sent in English: the subject tells.
    const template = demoPlan(h.emulator.core.tenant, { id: 'x', date: '2027-05-06' });
    const english = asStored(
      { ...booked.plan, title: template.title },
      '1st network meeting on social capital',
    );
    expect(english.ok && english.meeting.plan.sentIn).toBe('en');
    // Nothing to tell by: the UI's language decides, as before.
    const unknown = bookedMeetingFrom({
      ...opened.meeting,
      responses: [],
      storedPlan: {
        schemaVersion: 2,
        plan: JSON.stringify({ ...booked.plan, sentIn: undefined }),
      },
    });
    expect(unknown.ok && unknown.meeting.plan.sentIn).toBeUndefined();
  });
});
