import type { AgendaEditResult } from './agendaEdits';
import { personKey, withInviteesAdded } from './invitees';
import type { MeetingPlan, PresentingWorkplace } from './plan';
import { inviteesBesideTrios, planFromTemplate, trioInvitees } from './planFromTemplate';
import { PROGRAMMES } from './programmes';
import { inviteeForSeat } from './roleInvitees';
import { type PersonRef, refOf } from './roster';
import { roleOfSeat, TRIO_SEATS, type TrioSeat } from './trioSeats';

/**
 * Lays the programme out again for other presenting workplaces: their blocks and TRIOs change,
 * everyone else invited and the meeting's details stay. (Agenda edits made since are redone
 * from the programme; the UI says so before it happens.)
 */
export function withWorkplaces(
  plan: MeetingPlan,
  workplaces: readonly PresentingWorkplace[],
): AgendaEditResult {
  const others = inviteesBesideTrios(plan);
  if (plan.programme === 'blank') {
    return {
      ok: true,
      plan: {
        ...plan,
        presentingWorkplaces: workplaces,
        invitees: withInviteesAdded(trioInvitees(workplaces), others),
      },
    };
  }
  const laid = planFromTemplate(PROGRAMMES[plan.programme], {
    id: plan.id,
    date: plan.date,
    start: plan.start,
    workplaces,
    seriesSize: plan.series.size,
    seriesId: plan.series.seriesId,
    location: plan.location,
    organisation: plan.organisation,
  });
  if (!laid.ok) return laid;
  return {
    ok: true,
    plan: {
      ...laid.plan,
      title: plan.title,
      focus: plan.focus,
      series: plan.series,
      medCommittee: plan.medCommittee,
      adaptedFrame: plan.adaptedFrame,
      invitees: withInviteesAdded(laid.plan.invitees, others),
    },
  };
}

/**
 * Fills or empties one TRIO seat by hand (the directory left it empty or named the wrong person):
 * the workplace's TRIO changes and so does who is invited for it; the agenda stays as it is. An
 * unknown workplace leaves the plan as it is.
 */
export function withSeat(
  plan: MeetingPlan,
  workplaceId: string,
  seat: TrioSeat,
  person: PersonRef | undefined,
): MeetingPlan {
  const workplace = plan.presentingWorkplaces.find((w) => w.id === workplaceId);
  if (!workplace) return plan;
  const role = roleOfSeat(seat);
  const old = workplace.trio[seat];
  const invitees = plan.invitees.flatMap((i) => {
    if (!old || personKey(i.email) !== personKey(old.email) || i.workplaceId !== workplaceId) {
      return [i];
    }
    const roles = i.roles.filter((r) => r !== role);
    return roles.length > 0 ? [{ ...i, roles }] : [];
  });
  const trio = Object.fromEntries(
    TRIO_SEATS.flatMap(({ seat: s }) => {
      const holder = s === seat ? person : workplace.trio[s];
      return holder ? [[s, refOf(holder)]] : [];
    }),
  );
  // The organiser has chosen: the seat's candidates from a group of several workplaces are done.
  const choicesLeft = Object.fromEntries(
    Object.entries(workplace.seatChoices ?? {}).filter(([s]) => s !== seat),
  );
  const chosen: PresentingWorkplace =
    Object.keys(choicesLeft).length > 0
      ? { ...workplace, trio, seatChoices: choicesLeft }
      : { id: workplace.id, name: workplace.name, trio };
  return {
    ...plan,
    presentingWorkplaces: plan.presentingWorkplaces.map((w) => (w.id === workplaceId ? chosen : w)),
    invitees: person
      ? withInviteesAdded(invitees, [inviteeForSeat(person, seat, workplaceId)])
      : invitees,
  };
}
