import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import planV1 from './storedPlans/plan-v1.json';
import type { Invitee, MeetingPlan } from './plan';
import { ROLES, type Role } from './roles';
import { SESSION_DATA_MAX, sessionPlanText, storedPlanFromSession } from './sessionPlan';
import { withStandIn } from './standIns';
import { readStoredPlan } from './storedPlan';
import { aCoveredPlan, aMeetingOf, aPersonRef, TEST_CLOCK } from './testBuilders.testSupport';
import { validatePlan } from './validatePlan';

const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
const roundTrip = (plan: MeetingPlan) => storedPlanFromSession(sessionPlanText(plan));

const FIRST = ['Anne-Mette', 'Mads', 'Birgitte', 'Søren', 'Mette', 'Jens Peter', 'Kirsten', 'Ole'];
const LAST = ['Kristensen', 'Nørgaard', 'Holm', 'Bjerregaard Christensen', 'Lauridsen', 'Bak'];

/** A GUID as Entra gives an object id, from a counter. */
const guid = (n: number) => {
  const hex = (n * 2654435761).toString(16).padStart(32, '0').slice(-32);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
};

/**
 * A covered plan grown to `count` invitees as a municipality has them: Entra object ids, full
 * Danish names (some double), name-based addresses on the municipality's domain, some people on
 * other domains (a region, a guest), roles and attendance mixed.
 */
function aMunicipalMeeting(count: number): MeetingPlan {
  const plan = aCoveredPlan();
  const domains = ['egeskov.dk', 'regionsyddanmark.dk', 'gmail.com'];
  const people = Array.from({ length: count - plan.invitees.length }, (_, n): Invitee => {
    const name = `${FIRST[n % FIRST.length]} ${LAST[(n * 7) % LAST.length]}`;
    const local = name.toLowerCase().replace(/ /g, '.').replace('ø', 'oe');
    return {
      id: guid(n + 1),
      name,
      email: `${local}${n}@${domains[n % 11 === 0 ? 1 + (n % 2) : 0]}`,
      roles: n % 5 === 0 ? (['employee', 'amr'] as Role[]) : (['employee'] as Role[]),
      workplaceId: n % 3 === 0 ? `w-${n % 8}` : undefined,
      attendance: n % 4 === 0 ? 'required' : 'optional',
    };
  });
  return { ...plan, invitees: [...plan.invitees, ...people] };
}

describe('the plan in session data', () => {
  it('gives back exactly the plan’s JSON', () => {
    for (const plan of [aCoveredPlan(), aMeetingOf(40), aMunicipalMeeting(500)]) {
      expect(roundTrip(plan)).toEqual(asJson(plan));
    }
  });

  it('fits 500 invitees in the 50,000 characters Mailbox 1.15 and older allow', () => {
    const plan = aMunicipalMeeting(500);
    expect(plan.invitees).toHaveLength(500);
    // As plain JSON it would not fit: that is why the session holds the compact form.
    expect(JSON.stringify(plan).length).toBeGreaterThan(SESSION_DATA_MAX);
    expect(sessionPlanText(plan).length).toBeLessThanOrEqual(SESSION_DATA_MAX);
  });

  it('lets validatePlan find on the decoded plan what it finds on the plan itself', () => {
    const covered = aCoveredPlan();
    const chair = covered.invitees.find((i) => i.roles.includes('medChair'));
    const stood = withStandIn(covered, chair?.email ?? '', aPersonRef('Stine Stedfortræder'));
    const big = aMunicipalMeeting(500);
    const plans: MeetingPlan[] = [
      covered,
      stood,
      { ...covered, invitees: covered.invitees.filter((i) => i !== chair) },
      {
        ...covered,
        invitees: [...covered.invitees, { ...(covered.invitees[0] as Invitee), email: 'nope' }],
      },
      {
        ...big,
        invitees: big.invitees.map((i, n) => (n % 50 ? i : { ...i, attendance: 'optional' })),
      },
      aMunicipalMeeting(501),
    ];
    for (const plan of plans) {
      const decoded = readStoredPlan(roundTrip(plan));
      if (decoded === undefined) throw new Error(`${plan.id} did not decode`);
      expect(validatePlan(decoded, TEST_CLOCK)).toEqual(validatePlan(plan, TEST_CLOCK));
    }
    // Not a vacuous comparison: the plans above find errors of several kinds.
    const codes = plans.flatMap((p) => validatePlan(p, TEST_CLOCK).map((f) => f.code));
    expect(codes).toEqual(
      expect.arrayContaining(['med-chair-missing', 'invalid-email', 'too-many-attendees']),
    );
  });

  it('passes every field it does not pack through unchanged, a later schema’s too', () => {
    const plan = aCoveredPlan();
    const withNewFields = {
      ...plan,
      caps: { maxAttendees: 120 },
      translation: { en: 'machine', reviewed: false },
      invitees: plan.invitees.map((i, n) =>
        n === 2 ? { ...i, frameConfirmed: true, note: { da: 'x', en: 'y' } } : i,
      ),
    } as unknown as MeetingPlan;
    expect(roundTrip(withNewFields)).toEqual(asJson(withNewFields));
  });

  it('gives back any invitee exactly: odd ids, addresses and roles included', () => {
    const id = fc.oneof(
      fc.uuid(),
      fc.uuid().map((u) => u.toUpperCase()),
      fc.string({ maxLength: 40 }),
      fc.string({ maxLength: 10 }).map((s) => `~${s}`),
      fc.string({ maxLength: 10 }).map((s) => `~~${s}`),
    );
    const invitee = fc.record({
      id,
      name: fc.string({ maxLength: 30 }),
      email: fc.oneof(
        fc.emailAddress(),
        fc.string({ maxLength: 20 }),
        fc.tuple(fc.string(), fc.string()).map(([a, b]) => `${a}@@${b}`),
      ),
      roles: fc.subarray([...ROLES]),
      workplaceId: fc.option(fc.string({ maxLength: 12 }), { nil: undefined }),
      attendance: fc.constantFrom('required' as const, 'optional' as const),
    });
    fc.assert(
      fc.property(fc.array(invitee, { maxLength: 30 }), (invitees) => {
        const plan = { ...aCoveredPlan(), invitees };
        expect(roundTrip(plan)).toEqual(asJson(plan));
      }),
      { numRuns: 300 },
    );
  });

  it('still reads the full JSON an earlier pane left, and a stored v1 plan lifted', () => {
    const plan = aCoveredPlan();
    expect(storedPlanFromSession(JSON.stringify(plan))).toEqual(asJson(plan));
    expect(readStoredPlan(storedPlanFromSession(JSON.stringify(planV1)))).toBeDefined();
  });

  it('reads nothing from text that is not a plan’s, and never throws', () => {
    expect(storedPlanFromSession('{"id":')).toBeUndefined();
    expect(storedPlanFromSession('{"nmSession":2}')).toBeUndefined();
    expect(
      storedPlanFromSession('{"nmSession":1,"invitees":{"domains":[],"roles":[],"rows":[[1]]}}'),
    ).toBeUndefined();
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(() => readStoredPlan(storedPlanFromSession(text))).not.toThrow();
      }),
    );
  });
});
