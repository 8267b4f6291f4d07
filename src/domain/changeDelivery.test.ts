import { describe, expect, it } from 'vitest';
import type { InviteeResponse } from './attendanceCoverage';
import { bookingFromPlan } from './calendarBooking';
import { answersLostByMove, deliveryOf } from './changeDelivery';
import type { MeetingPlan } from './plan';
import { aCoveredPlan, anInvitee } from './testBuilders.testSupport';
import { plainDate } from './wallTime';

describe('who gets mail when a booked meeting changes', () => {
  const plan = aCoveredPlan();
  const organiser = plan.invitees[0]?.email ?? '';
  const delivery = (after: MeetingPlan) =>
    deliveryOf(bookingFromPlan(plan, 'da'), bookingFromPlan(after, 'da'), organiser);
  const others = plan.invitees.filter((i) => i.email !== organiser);
  const newcomer = anInvitee(['otherStaff'], { name: 'Ny Kollega', email: 'ny@example.org' });

  it('only the people added, by forwarding, when people are added and nothing else', () => {
    expect(delivery({ ...plan, invitees: [...plan.invitees, newcomer] })).toEqual({
      kind: 'forward',
      invited: [{ name: 'Ny Kollega', email: 'ny@example.org' }],
    });
  });

  it('everyone, when someone is replaced: Exchange updates every attendee', () => {
    const [gone, ...rest] = others;
    if (!gone) throw new Error('no invitee');
    const result = delivery({
      ...plan,
      invitees: plan.invitees.filter((i) => i !== gone).concat(newcomer),
    });
    expect(result).toEqual({
      kind: 'update',
      updated: rest.map((i) => ({ name: i.name, email: i.email })),
      invited: [{ name: 'Ny Kollega', email: 'ny@example.org' }],
      cancelled: [{ name: gone.name, email: gone.email }],
      asksAgain: false,
    });
  });

  it('everyone, asked to answer again, when the time changes', () => {
    const result = delivery({ ...plan, date: plainDate('2026-03-19') });
    expect(result).toMatchObject({ kind: 'update', asksAgain: true, invited: [], cancelled: [] });
    expect(result.kind === 'update' && result.updated).toHaveLength(others.length);
  });

  it('everyone, when an attendee’s roles change (their entry on the list changes)', () => {
    const [first] = others;
    if (!first) throw new Error('no invitee');
    const result = delivery({
      ...plan,
      invitees: plan.invitees.map((i) =>
        i === first ? { ...i, roles: [...i.roles, 'medMember' as const] } : i,
      ),
    });
    expect(result.kind).toBe('update');
  });

  it('nobody, when nothing attendees see changes', () => {
    expect(delivery({ ...plan })).toEqual({ kind: 'none' });
  });
});

describe('the answers a move wipes out', () => {
  const chair = anInvitee(['medChair'], { name: 'Birgitte Holm', email: 'bh@example.org' });
  const vice = anInvitee(['medViceChair'], { name: 'Mads Nørgaard', email: 'mn@example.org' });
  const member = anInvitee(['medMember'], { name: 'Lone Dahl', email: 'ld@example.org' });
  const silent = anInvitee(['medMember'], { name: 'Ib Ravn', email: 'ir@example.org' });
  const organiser = anInvitee(['hrConsultant'], { name: 'Signe V', email: 'sv@example.org' });
  const plan = { ...aCoveredPlan(), invitees: [organiser, member, silent, vice, chair] };

  it('lists everyone who answered, the chair and vice-chair first, never the organiser', () => {
    const responses: InviteeResponse[] = [
      { email: 'ld@example.org', response: 'declined' },
      { email: 'ir@example.org', response: 'none' },
      { email: 'MN@example.org', response: 'tentative' },
      { email: 'bh@example.org', response: 'accepted' },
      { email: 'sv@example.org', response: 'accepted' },
    ];
    expect(
      answersLostByMove(plan, responses, 'sv@example.org').map((l) => [l.name, l.response]),
    ).toEqual([
      ['Mads Nørgaard', 'tentative'],
      ['Birgitte Holm', 'accepted'],
      ['Lone Dahl', 'declined'],
    ]);
  });

  it('is empty when nobody has answered', () => {
    expect(answersLostByMove(plan, [], 'sv@example.org')).toEqual([]);
  });
});
