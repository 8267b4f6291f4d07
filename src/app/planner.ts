import {
  type AgendaEdit,
  type AgendaEditError,
  applyPlanEdit,
  type MeetingPlan,
  type OrganisationKind,
  type PlainDateString,
  type PlanEdit,
  planFromTemplate,
  PROGRAMMES,
  type ProgrammeId,
  type WallTime,
} from '../domain';

/** The plan being drafted, and the last edit the domain refused (shown, then cleared). */
export interface PlannerState {
  readonly plan: MeetingPlan;
  readonly refused?: AgendaEditError | undefined;
}

/** An agenda edit, as the agenda editor asks for it. */
export type AgendaAction = AgendaEdit;

/** A plan edit as a reducer action: the same fields, told apart by `type`. */
type ActionOf<E extends PlanEdit> = E extends PlanEdit
  ? { readonly type: E['kind'] } & Omit<E, 'kind'>
  : never;

/** Everything the organiser can do to a draft: start again from a saved plan, or edit it. */
export type PlannerAction =
  { readonly type: 'restore'; readonly plan: MeetingPlan } | ActionOf<PlanEdit>;

/** A new draft from a programme; `undefined` when the programme cannot start at that time. */
export function startPlanner(
  programme: ProgrammeId,
  options: {
    readonly id: string;
    readonly date: PlainDateString;
    readonly start?: WallTime;
    readonly seriesSize?: number;
    readonly organisation?: OrganisationKind | undefined;
  },
): PlannerState | undefined {
  const result = planFromTemplate(PROGRAMMES[programme], { ...options, workplaces: [] });
  return result.ok ? { plan: result.plan } : undefined;
}

/** The plan edit an action asks for. */
function planEditOf(action: ActionOf<PlanEdit>): PlanEdit {
  const { type, ...fields } = action;
  // Sound by construction: `ActionOf` is each edit with `kind` renamed to `type`.
  return { kind: type, ...fields } as PlanEdit;
}

/**
 * The planner's state after an action: the domain makes the edit (`applyPlanEdit`); a refused
 * edit leaves the plan as it was and keeps why.
 */
export function plannerReducer(state: PlannerState, action: PlannerAction): PlannerState {
  if (action.type === 'restore') return { plan: action.plan };
  const result = applyPlanEdit(state.plan, planEditOf(action));
  return result.ok ? { plan: result.plan } : { plan: state.plan, refused: result.error };
}
