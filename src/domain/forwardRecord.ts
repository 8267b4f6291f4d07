import { personKey } from './invitees';
import type { MeetingPlan } from './plan';

/**
 * The people a booked meeting was forwarded to at its current revision, by `personKey`: a save
 * repeated (after a lost answer, a 412, a second click) never forwards to them again.
 */
export function forwardedAtRevision(plan: MeetingPlan): ReadonlySet<string> {
  const revision = plan.revision ?? 0;
  return new Set(
    (plan.forwarded ?? []).filter((f) => f.revision === revision).map((f) => personKey(f.email)),
  );
}

/**
 * The plan recording a forward to `emails` at its current revision, beside those already
 * recorded for it; records of earlier revisions go (an update since reached everyone).
 */
export function withForwardRecorded(plan: MeetingPlan, emails: readonly string[]): MeetingPlan {
  const revision = plan.revision ?? 0;
  const kept = (plan.forwarded ?? []).filter((f) => f.revision === revision);
  const known = new Set(kept.map((f) => personKey(f.email)));
  const added = emails
    .filter(
      (email, i) =>
        !known.has(personKey(email)) &&
        emails.findIndex((e) => personKey(e) === personKey(email)) === i,
    )
    .map((email) => ({ email, revision }));
  const forwarded = [...kept, ...added];
  return { ...withoutForwardRecord(plan), ...(forwarded.length > 0 ? { forwarded } : {}) };
}

/** The plan without a forward record: an update reaches everyone, so none is needed. */
export function withoutForwardRecord(plan: MeetingPlan): MeetingPlan {
  if (plan.forwarded === undefined) return plan;
  const rest: { -readonly [K in keyof MeetingPlan]?: MeetingPlan[K] } = { ...plan };
  delete rest.forwarded;
  return rest as MeetingPlan;
}
