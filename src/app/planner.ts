import {
  type AgendaEditError,
  type AgendaEditResult,
  type Attendance,
  type CommitteeSnapshot,
  type Invitee,
  insertBlock,
  inviteesBesideTrios,
  type Localized,
  type MeetingLocation,
  type MeetingPlan,
  mergeInvitee,
  moveBlock,
  moveMeeting,
  type NewBlock,
  personKey,
  planFromTemplate,
  type PresentingWorkplace,
  PROGRAMMES,
  type ProgrammeId,
  removeBlock,
  type PersonRef,
  refOf,
  type SeriesPosition,
  TRIO_SEATS,
  type TrioSeat,
  setBlockLength,
  setBlockStart,
  trioInvitees,
  updateBlock,
  type PlainDateString,
  type WallTime,
} from '../domain';

/** The plan being drafted, and the last edit the domain refused (shown, then cleared). */
export interface PlannerState {
  readonly plan: MeetingPlan;
  readonly refused?: AgendaEditError | undefined;
}

/** An agenda edit, as the agenda editor asks for it. */
export type AgendaAction =
  | { readonly kind: 'length'; readonly blockId: string; readonly minutes: number }
  | { readonly kind: 'start'; readonly blockId: string; readonly start: WallTime }
  | { readonly kind: 'insert'; readonly index: number; readonly block: NewBlock }
  | { readonly kind: 'remove'; readonly blockId: string }
  | { readonly kind: 'move'; readonly blockId: string; readonly toIndex: number }
  | {
      readonly kind: 'update';
      readonly blockId: string;
      readonly changes: Parameters<typeof updateBlock>[2];
    };

/** Everything the organiser can do to a draft. */
export type PlannerAction =
  | { readonly type: 'restore'; readonly plan: MeetingPlan }
  | {
      readonly type: 'details';
      readonly title?: Localized;
      readonly focus?: Localized;
      readonly location?: MeetingLocation;
      readonly series?: SeriesPosition;
      readonly medCommittee?: CommitteeSnapshot;
    }
  | { readonly type: 'move'; readonly date?: PlainDateString; readonly start?: WallTime }
  | { readonly type: 'workplaces'; readonly workplaces: readonly PresentingWorkplace[] }
  | { readonly type: 'addWorkplace'; readonly workplace: PresentingWorkplace }
  | { readonly type: 'removeWorkplace'; readonly workplaceId: string }
  | {
      readonly type: 'seat';
      readonly workplaceId: string;
      readonly seat: TrioSeat;
      readonly person: PersonRef | undefined;
    }
  | { readonly type: 'invite'; readonly invitees: readonly Invitee[] }
  | { readonly type: 'uninvite'; readonly email: string }
  | { readonly type: 'attendance'; readonly email: string; readonly attendance: Attendance }
  | { readonly type: 'agenda'; readonly edit: AgendaAction };

/** A new draft from a programme; `undefined` when the programme cannot start at that time. */
export function startPlanner(
  programme: ProgrammeId,
  options: {
    readonly id: string;
    readonly date: PlainDateString;
    readonly start?: WallTime;
    readonly seriesSize?: number;
  },
): PlannerState | undefined {
  const result = planFromTemplate(PROGRAMMES[programme], { ...options, workplaces: [] });
  return result.ok ? { plan: result.plan } : undefined;
}

function applyAgenda(plan: MeetingPlan, edit: AgendaAction): AgendaEditResult {
  switch (edit.kind) {
    case 'length':
      return setBlockLength(plan, edit.blockId, edit.minutes);
    case 'start':
      return setBlockStart(plan, edit.blockId, edit.start);
    case 'insert':
      return insertBlock(plan, edit.index, edit.block);
    case 'remove':
      return removeBlock(plan, edit.blockId);
    case 'move':
      return moveBlock(plan, edit.blockId, edit.toIndex);
    case 'update':
      return updateBlock(plan, edit.blockId, edit.changes);
  }
}

function fromEdit(state: PlannerState, result: AgendaEditResult): PlannerState {
  return result.ok ? { plan: result.plan } : { plan: state.plan, refused: result.error };
}

/** Adds people, folding a person already listed into one entry with both roles. */
function invite(current: readonly Invitee[], added: readonly Invitee[]): Invitee[] {
  const out = [...current];
  const at = new Map(out.map((i, n) => [personKey(i.email), n]));
  for (const person of added) {
    const n = at.get(personKey(person.email));
    if (n === undefined) {
      at.set(personKey(person.email), out.length);
      out.push(person);
      continue;
    }
    out[n] = mergeInvitee(out[n] as Invitee, person);
  }
  return out;
}

/**
 * Lays the programme out again for other presenting workplaces: their blocks and TRIOs change,
 * everyone else invited and the meeting's details stay. (Agenda edits made since are redone
 * from the programme; the UI says so before it happens.)
 */
function withWorkplaces(
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
        invitees: invite(trioInvitees(workplaces), others),
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
      invitees: invite(laid.plan.invitees, others),
    },
  };
}

/**
 * Fills or empties one TRIO seat by hand (the directory left it empty or named the wrong person):
 * the workplace's TRIO changes and so does who is invited for it; the agenda stays as it is.
 */
function withSeat(
  plan: MeetingPlan,
  workplaceId: string,
  seat: TrioSeat,
  person: PersonRef | undefined,
): MeetingPlan {
  const workplace = plan.presentingWorkplaces.find((w) => w.id === workplaceId);
  if (!workplace) return plan;
  const role = TRIO_SEATS.find((s) => s.seat === seat)?.role ?? 'tr';
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
  return {
    ...plan,
    presentingWorkplaces: plan.presentingWorkplaces.map((w) =>
      w.id === workplaceId ? { ...w, trio } : w,
    ),
    invitees: person
      ? invite(invitees, [{ ...refOf(person), roles: [role], workplaceId, attendance: 'required' }])
      : invitees,
  };
}

/** The planner's state after an action; a refused edit leaves the plan as it was. */
export function plannerReducer(state: PlannerState, action: PlannerAction): PlannerState {
  const plan = state.plan;
  switch (action.type) {
    case 'restore':
      return { plan: action.plan };
    case 'details':
      return {
        plan: {
          ...plan,
          ...(action.title ? { title: action.title } : {}),
          ...(action.focus ? { focus: action.focus } : {}),
          ...(action.location ? { location: action.location } : {}),
          ...(action.series ? { series: action.series } : {}),
          ...(action.medCommittee ? { medCommittee: action.medCommittee } : {}),
        },
      };
    case 'move':
      return fromEdit(
        state,
        moveMeeting(plan, {
          ...(action.date ? { date: action.date } : {}),
          ...(action.start ? { start: action.start } : {}),
        }),
      );
    case 'workplaces':
      return fromEdit(state, withWorkplaces(plan, action.workplaces));
    case 'addWorkplace':
      return plan.presentingWorkplaces.some((w) => w.id === action.workplace.id)
        ? state
        : fromEdit(state, withWorkplaces(plan, [...plan.presentingWorkplaces, action.workplace]));
    case 'removeWorkplace':
      return fromEdit(
        state,
        withWorkplaces(
          plan,
          plan.presentingWorkplaces.filter((w) => w.id !== action.workplaceId),
        ),
      );
    case 'seat':
      return { plan: withSeat(plan, action.workplaceId, action.seat, action.person) };
    case 'invite':
      return { plan: { ...plan, invitees: invite(plan.invitees, action.invitees) } };
    case 'uninvite':
      return {
        plan: {
          ...plan,
          invitees: plan.invitees.filter((i) => personKey(i.email) !== personKey(action.email)),
        },
      };
    case 'attendance':
      return {
        plan: {
          ...plan,
          invitees: plan.invitees.map((i) =>
            personKey(i.email) === personKey(action.email)
              ? { ...i, attendance: action.attendance }
              : i,
          ),
        },
      };
    case 'agenda':
      return fromEdit(state, applyAgenda(plan, action.edit));
  }
}
