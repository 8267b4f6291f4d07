import { describe, expect, it } from 'vitest';
import type { InvitedMeeting } from './calendarMeeting';
import { invitationFrom, meetingsByTime } from './invitation';
import { aCoveredPlan, anInvitedCopy } from './testBuilders.testSupport';
import { copenhagenDateTime } from './wallTime';

// The builders give each plan fresh addresses: one plan for the whole file.
const plan = aCoveredPlan();

/** The vice-chair's copy of the plan's meeting, as Graph would list it in his calendar. */
const viceChairsCopy = (overrides: Partial<InvitedMeeting> = {}) =>
  anInvitedCopy(plan, 'da', overrides);

describe('an invitation in the user’s calendar', () => {
  const vice = plan.invitees.find((i) => i.roles.includes('medViceChair'));
  const me = { email: (vice?.email ?? 'missing').toUpperCase(), name: vice?.name ?? '' };

  it('carries the user’s roles from their attendee entry and the blocks that count on them', () => {
    const invitation = invitationFrom(viceChairsCopy(), me);
    expect(invitation?.planId).toBe('plan-1');
    expect(invitation?.myRoles).toEqual(['medViceChair', 'tr']);
    expect(invitation?.expected.blocks.map((b) => b.title)).toEqual(['Refleksion over dagen']);
    expect(invitation?.expected.mustConfirm).toBe(true);
  });

  it('shows no roles when the attendee list names the user plainly', () => {
    const plain = viceChairsCopy({
      responses: [{ email: me.email, name: me.name, response: 'accepted' }],
    });
    expect(invitationFrom(plain, me)?.myRoles).toEqual([]);
    expect(invitationFrom(plain, me)?.expected.mustConfirm).toBe(false);
  });

  it('stays when cancelled, saying so; is no invitation when not a network meeting', () => {
    expect(invitationFrom(viceChairsCopy({ isCancelled: true }), me)?.isCancelled).toBe(true);
    expect(invitationFrom(viceChairsCopy({ html: '<p>Teammøde</p>' }), me)).toBeUndefined();
    // An ordinary meeting that mentions a reference is not one, cancelled or not.
    const quoting = viceChairsCopy({ html: '<p>Om NM-ref: 12 og andet.</p>' });
    expect(invitationFrom(quoting, me)).toBeUndefined();
    expect(invitationFrom({ ...quoting, isCancelled: true }, me)).toBeUndefined();
  });

  it('carries the organiser’s message when the cancelled copy holds the cancellation', () => {
    const html = '<html><body><p>Aflyst: sygdom.<br><br>NM-ref: plan-1</p></body></html>';
    const cancelled = invitationFrom(viceChairsCopy({ isCancelled: true, html }), me);
    expect(cancelled?.planId).toBe('plan-1');
    expect(cancelled?.cancellationNote).toBe('Aflyst: sygdom.');
    expect(invitationFrom(viceChairsCopy(), me)?.cancellationNote).toBeUndefined();
  });
});

describe('invitations before and after now', () => {
  const at = (start: string, end: string, id: string) => {
    const copy = invitationFrom(
      viceChairsCopy({
        eventId: id,
        start: copenhagenDateTime(start),
        end: copenhagenDateTime(end),
      }),
      {
        email: 'x@example.dk',
        name: '',
      },
    );
    if (!copy) throw new Error('no invitation');
    return copy;
  };
  it('answers ahead, soonest first, and looks back, latest first, by Copenhagen time', () => {
    const list = [
      at('2026-11-02T12:00:00', '2026-11-02T15:00:00', 'early'),
      at('2026-12-01T12:00:00', '2026-12-01T15:00:00', 'later'),
      at('2026-11-28T09:00:00', '2026-11-28T12:00:00', 'today'),
      at('2026-11-20T12:00:00', '2026-11-20T15:00:00', 'recent'),
      at('2026-11-29T10:00:00', '2026-11-29T13:00:00', 'tomorrow'),
    ];
    // 11.30 in Copenhagen (UTC+1): this morning's meeting is still under way.
    const split = meetingsByTime(list, new Date('2026-11-28T10:30:00Z'));
    expect(split.upcoming.map((i) => i.eventId)).toEqual(['today', 'tomorrow', 'later']);
    expect(split.past.map((i) => i.eventId)).toEqual(['recent', 'early']);
    // At 12.00 in Copenhagen it has ended.
    const noon = meetingsByTime(list, new Date('2026-11-28T11:00:00Z'));
    expect(noon.past.map((i) => i.eventId)).toEqual(['today', 'recent', 'early']);
  });
});
