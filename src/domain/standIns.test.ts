import { describe, expect, it } from 'vitest';
import { attendanceCoverage } from './attendanceCoverage';
import { rolesInAttendeeName } from './attendeeRoles';
import { bookingFromPlan } from './calendarBooking';
import { mustHavesOf } from './mustHaves';
import { parsePlan } from './parsePlan';
import type { Invitee, MeetingPlan } from './plan';
import { renderInvite } from './renderInvite';
import { type PersonRef, refOf } from './roster';
import {
  inviteeWithRolesAndStandIn,
  inviteeWithStandIn,
  withoutStandIns,
  withStandIn,
} from './standIns';
import { aCoveredPlan, aPersonRef, anInvitee, TEST_CLOCK } from './testBuilders.testSupport';
import { validatePlan } from './validatePlan';

function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('missing test data');
  return value;
}
const byEmail = (plan: MeetingPlan, person: PersonRef) =>
  plan.invitees.find((i) => i.email === person.email);
const codes = (plan: MeetingPlan) => validatePlan(plan, TEST_CLOCK).map((f) => f.code);
const viceOf = (plan: MeetingPlan): Invitee =>
  must(plan.invitees.find((i) => i.roles.includes('medViceChair')));

describe('a stand-in for one meeting', () => {
  it('covers the vice-chair at this meeting while the plan keeps who holds the role', () => {
    const plan = aCoveredPlan();
    const vice = viceOf(plan);
    const mette = aPersonRef('Mette Hansen');
    const withMette = withStandIn(plan, vice.email, mette);

    expect(byEmail(withMette, vice)).toBeUndefined();
    expect(byEmail(withMette, mette)).toEqual({
      ...refOf(mette),
      roles: [],
      workplaceId: undefined,
      attendance: 'required',
      standsInFor: [{ ...vice }],
    });
    // Removing him without a stand-in leaves the role uncovered; the stand-in covers it.
    const removed = { ...plan, invitees: plan.invitees.filter((i) => i !== vice) };
    expect(codes(removed)).toContain('med-vice-chair-missing');
    expect(codes(withMette)).not.toContain('med-vice-chair-missing');
    expect(validatePlan(withMette, TEST_CLOCK).filter((f) => f.severity === 'error')).toEqual([]);
    expect(inviteeWithStandIn(must(byEmail(withMette, mette)), 'da')).toBe(
      'Mette Hansen – stedfortræder for Niels Næstformand (MED-næstformand, Tillidsrepræsentant (TR))',
    );
  });

  it('keeps a TRIO seat with the directory’s holder and counts it covered by the stand-in', () => {
    const plan = aCoveredPlan({ workplaces: 1 });
    const workplace = must(plan.presentingWorkplaces[0]);
    const tr = must(workplace.trio.tr);
    const tim = aPersonRef('Tim Ny');
    const withTim = withStandIn(plan, tr.email, tim);

    expect(withTim.presentingWorkplaces).toEqual(plan.presentingWorkplaces);
    const removed = { ...plan, invitees: plan.invitees.filter((i) => i.email !== tr.email) };
    expect(codes(removed)).toContain('trio-incomplete');
    expect(codes(withTim)).not.toContain('trio-incomplete');
    expect(byEmail(withTim, tim)?.standsInFor).toEqual([
      expect.objectContaining({ email: tr.email, roles: ['tr'], workplaceId: workplace.id }),
    ]);

    // Her calendar is the seat's when a time is sought, and her answer is the seat's: a decline
    // by the stand-in leaves the TRIO short.
    const trio = mustHavesOf(withTim).find((m) => m.id === `trio:${workplace.id}`);
    expect(trio?.candidates.map((c) => c.email)).toContain(tim.email);
    expect(trio?.candidates.map((c) => c.email)).not.toContain(tr.email);
    const coverage = attendanceCoverage(withTim, [{ email: tim.email, response: 'declined' }]);
    const declined = coverage.findings.find((f) => f.code === 'attendance-trio-declined');
    expect(declined?.message.da).toContain('Tim Ny');
    expect(coverage.roles.find((r) => r.role === 'tr')?.declined.map((i) => i.name)).toContain(
      'Tim Ny',
    );
  });

  it('stands in for every role of someone listed twice (a TR also invited with the committee)', () => {
    const plan = aCoveredPlan({ workplaces: 1 });
    const tr = must(must(plan.presentingWorkplaces[0]).trio.tr);
    const twice = {
      ...plan,
      invitees: [...plan.invitees, anInvitee(['medMember'], { ...tr, attendance: 'optional' })],
      medCommittee: { name: 'H-MED', members: [tr] },
    };
    const tim = aPersonRef('Tim Ny');
    const edited = withStandIn(twice, tr.email, tim);
    expect(edited.invitees.filter((i) => i.email === tr.email)).toEqual([]);
    expect(byEmail(edited, tim)?.standsInFor?.map((a) => a.roles)).toEqual([['tr', 'medMember']]);
    // The committee counts its member as coming: her stand-in is there.
    expect(codes(edited)).not.toContain('med-committee-incomplete');
    const removed = { ...twice, invitees: twice.invitees.filter((i) => i.email !== tr.email) };
    expect(codes(removed)).toContain('med-committee-incomplete');
  });

  it('lets someone already invited stand in, keeping their own roles apart', () => {
    const covered = aCoveredPlan();
    const plan = {
      ...covered,
      invitees: covered.invitees.map((i) =>
        i.roles.includes('medMember') ? { ...i, attendance: 'optional' as const } : i,
      ),
    };
    const vice = viceOf(plan);
    const member = must(plan.invitees.find((i) => i.roles.includes('medMember')));
    const edited = withStandIn(plan, vice.email, member);

    const standIn = must(byEmail(edited, member));
    expect(standIn.roles).toEqual(['medMember']);
    expect(standIn.attendance).toBe('required');
    expect(edited.invitees).toHaveLength(plan.invitees.length - 1);
    expect(inviteeWithRolesAndStandIn(standIn, 'en')).toBe(
      'Mads Medlem (MED member) – standing in for Niels Næstformand (MED vice-chair, Union representative (TR))',
    );

    const next = withoutStandIns(edited);
    expect(byEmail(next, member)).toEqual({ ...member, workplaceId: undefined });
    expect(byEmail(next, vice)).toEqual({ ...vice, workplaceId: undefined });
  });

  it('passes the absent person on when a stand-in is replaced, and ends when they come back', () => {
    const plan = aCoveredPlan();
    const vice = viceOf(plan);
    const [first, second] = [aPersonRef('Første Stedfortræder'), aPersonRef('Anden')];
    const twice = withStandIn(withStandIn(plan, vice.email, first), first.email, second);
    expect(byEmail(twice, first)).toBeUndefined();
    expect(byEmail(twice, second)?.standsInFor?.map((a) => a.email)).toEqual([vice.email]);

    const back = withStandIn(twice, second.email, vice);
    expect(byEmail(back, second)).toBeUndefined();
    expect(byEmail(back, vice)).toMatchObject({ roles: vice.roles, attendance: 'required' });
    expect(byEmail(back, vice)?.standsInFor).toBeUndefined();
  });

  it('starts the next meeting from the role holders: stand-ins out, the people they covered back', () => {
    const plan = aCoveredPlan({ workplaces: 1 });
    const vice = viceOf(plan);
    const tr = must(must(plan.presentingWorkplaces[0]).trio.tr);
    const [mette, tim] = [aPersonRef('Mette Hansen'), aPersonRef('Tim Ny')];
    const edited = withStandIn(withStandIn(plan, vice.email, mette), tr.email, tim);
    const restored = withoutStandIns(edited);
    expect(byEmail(restored, mette)).toBeUndefined();
    expect(byEmail(restored, tim)).toBeUndefined();
    expect(byEmail(restored, vice)).toMatchObject({ roles: vice.roles, attendance: 'required' });
    expect(byEmail(restored, tr)).toMatchObject({
      roles: ['tr'],
      workplaceId: plan.presentingWorkplaces[0]?.id,
    });
    expect(restored.invitees.map((i) => i.email).sort()).toEqual(
      plan.invitees.map((i) => i.email).sort(),
    );
    expect(withoutStandIns(plan)).toBe(plan);
  });

  it('says so in the invitation: a line in the body, the TRIO and the attendee’s name', () => {
    const plan = aCoveredPlan({ workplaces: 1 });
    const vice = viceOf(plan);
    const tr = must(must(plan.presentingWorkplaces[0]).trio.tr);
    const odd = { ...aPersonRef(), name: 'Eva <b>Fed</b> & Co' };
    const edited = withStandIn(withStandIn(plan, vice.email, odd), tr.email, aPersonRef('Tim Ny'));
    const { html, text } = renderInvite(edited, 'da');
    expect(text).toContain('Stedfortrædere ved dette møde:');
    expect(text).toContain(
      '- Eva <b>Fed</b> & Co – stedfortræder for Niels Næstformand (MED-næstformand, Tillidsrepræsentant (TR))',
    );
    expect(text).toContain(`Tim Ny (stedfortræder for ${tr.name})`);
    expect(html).toContain('Eva &lt;b&gt;Fed&lt;/b&gt; &amp; Co – stedfortræder for Niels');
    expect(html).not.toContain('<b>Fed</b>');
    expect(renderInvite(plan, 'da').text).not.toContain('Stedfortræd');

    const attendee = must(
      bookingFromPlan(edited, 'da').attendees.find((a) => a.email === odd.email),
    );
    expect(attendee.name).toBe(
      'Eva <b>Fed</b> & Co (MED-næstformand, Tillidsrepræsentant (TR); stedfortræder for Niels Næstformand)',
    );
    expect(rolesInAttendeeName(attendee.name)).toEqual({
      name: odd.name,
      roles: ['medViceChair', 'tr'],
      standsInFor: 'Niels Næstformand',
    });
  });

  it('is stored with the plan, and plans saved before stand-ins still read', () => {
    const plan = aCoveredPlan();
    const edited = withStandIn(plan, viceOf(plan).email, aPersonRef('Mette Hansen'));
    expect(parsePlan(JSON.parse(JSON.stringify(edited)))).toEqual({ ok: true, plan: edited });
    const old = JSON.parse(JSON.stringify({ ...plan, invitees: [anInvitee(['medChair'])] }));
    expect(parsePlan(old).ok).toBe(true);
  });
});
