import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import {
  type PlannerAction,
  plannerReducer,
  type PlannerState,
  startPlanner,
} from '../../../app/planner';
import {
  copenhagenWallTime,
  type Finding,
  type FormState,
  type Invitee,
  inviteesWithoutRole,
  type Locale,
  type MeetingPlan,
  planAsInForm,
  type ProgrammeId,
  type Role,
  validatePlan,
} from '../../../domain';
import type { NetworkMeetingGraph } from '../../../graph';
import type { MeetingForm } from '../../../host/outlook/meetingForm';
import { fixTargetOf } from '../../planner/fixTarget';
import { usePlanningClock } from '../../planner/usePlanningClock';
import { seatSearchId } from '../../planner/workplaces/seatSearchId';
import { type FoundPlan, findFormPlan } from '../findFormPlan';
import type { PlanBasis } from '../formItem';
import type { EarlyFormPlan } from '../formPlanReads';
import { readFormState, type WriteOutcome, writePlanToForm } from '../formSync';

/**
 * How often the pane reads the form again where Outlook does not tell it of the organiser's
 * edits (below Mailbox 1.7); elsewhere it reads the form when Outlook says it changed.
 */
export const FORM_POLL_MS = 2_000;

function paneReducer(state: PlannerState | undefined, action: PlannerAction) {
  if (action.type === 'restore') return { plan: action.plan };
  return state ? plannerReducer(state, action) : state;
}

function sameForm(a: FormState | undefined, b: FormState): boolean {
  return a !== undefined && JSON.stringify(a) === JSON.stringify(b);
}

/** The pane's stored plan and its mark, as a search for the form's plan leaves them. */
function basisOf(found: FoundPlan | undefined): PlanBasis {
  if (found?.kind === 'found') return found.basis;
  return found?.kind === 'unreadable' ? undefined : null;
}

/** Puts the keyboard focus on a control once React has drawn it. */
function focusWhenDrawn(id: string) {
  requestAnimationFrame(() => {
    const element = document.getElementById(id);
    element?.scrollIntoView({ block: 'center' });
    element?.focus();
  });
}

/**
 * The organiser's pane: the plan (from the item, or a programme chosen here), what Outlook's form
 * holds now (read again every two seconds), coverage of the plan as the form has it, the
 * attendees the organiser added in Outlook without a role, and writing the plan into the form.
 */
export function useOrganiserPane(options: {
  readonly form: MeetingForm;
  readonly graph: NetworkMeetingGraph;
  readonly locale: Locale;
  /** The form's plan as the page found it before the pane was drawn, if it did. */
  readonly early?: EarlyFormPlan | undefined;
}) {
  const { form, graph, locale, early } = options;
  // What the page found is the first render's state: the pane opens on it, with no read between.
  const [state, dispatch] = useReducer(paneReducer, early, (e) => {
    const found = e?.peek()?.found;
    return found?.kind === 'found' ? { plan: found.plan } : undefined;
  });
  const [opened, setOpened] = useState<FoundPlan | { kind: 'opening' }>(
    () => early?.peek()?.found ?? { kind: 'opening' },
  );
  const [formState, setFormState] = useState<FormState | undefined>(() => early?.peek()?.formState);
  const [formFailed, setFormFailed] = useState(false);
  const [written, setWritten] = useState<MeetingPlan | undefined>(() => {
    const found = early?.peek()?.found;
    return found?.kind === 'found' ? found.plan : undefined;
  });
  // The stored plan the pane holds to: none until one is found or written.
  const [basis, setBasis] = useState<PlanBasis>(() => basisOf(early?.peek()?.found));
  const [writing, setWriting] = useState(false);
  const [outcome, setOutcome] = useState<WriteOutcome | undefined>();
  const [inviteRole, setInviteRole] = useState<Role>('medMember');
  const clock = usePlanningClock();
  const live = useRef(true);

  const refresh = useCallback(async () => {
    try {
      const next = await readFormState(form);
      if (!live.current) return;
      setFormFailed(false);
      setFormState((current) => (sameForm(current, next) ? current : next));
    } catch {
      if (live.current) setFormFailed(true);
    }
  }, [form]);

  useEffect(() => {
    live.current = true;
    void refresh();
    // Outlook tells a task pane when the attendees or the time change (Mailbox 1.7); only where
    // it does not is the form read again on a timer.
    let ended = false;
    let stop: (() => void) | undefined;
    let timer: ReturnType<typeof setInterval> | undefined;
    void form
      .followChanges(() => void refresh())
      .then((followed) => {
        if (followed.ok && followed.value) {
          if (ended) followed.value();
          else stop = followed.value;
        } else if (!ended) {
          timer = setInterval(() => void refresh(), FORM_POLL_MS);
        }
      });
    return () => {
      ended = true;
      live.current = false;
      stop?.();
      if (timer !== undefined) clearInterval(timer);
    };
  }, [form, refresh]);

  useEffect(() => {
    const given = early?.take();
    // The page found the plan before this pane was drawn: the first render's state holds it.
    if (given?.found) return;
    let cancelled = false;
    void findFormPlan(form, graph, { reads: given?.reads }).then((found) => {
      if (cancelled) return;
      setOpened(found);
      if (found.kind === 'unreadable') setBasis(undefined);
      if (found.kind !== 'found') return;
      dispatch({ type: 'restore', plan: found.plan });
      setWritten(found.plan);
      setBasis(found.basis);
    });
    return () => {
      cancelled = true;
    };
  }, [form, graph, early]);

  const plan = state?.plan;
  const inForm = useMemo(
    () => (plan && formState ? planAsInForm(plan, formState) : undefined),
    [plan, formState],
  );
  const findings: readonly Finding[] = useMemo(
    () => (inForm ? validatePlan(inForm, clock) : []),
    [inForm, clock],
  );
  const withoutRole = useMemo(() => (inForm ? inviteesWithoutRole(inForm) : []), [inForm]);

  const choose = useCallback(
    (programme: ProgrammeId) => {
      const date = formState ? copenhagenWallTime(formState.start).date : undefined;
      const started = startPlanner(programme, {
        id: crypto.randomUUID(),
        date: date ?? copenhagenWallTime(Date.now()).date,
        seriesSize: 2,
      });
      if (started) dispatch({ type: 'restore', plan: started.plan });
    },
    [formState],
  );

  const write = useCallback(async () => {
    if (!plan) return;
    setWriting(true);
    setOutcome(undefined);
    try {
      const result = await writePlanToForm({ form, graph, plan, written, locale, basis });
      setOutcome(result);
      if (result.kind !== 'refused' && result.kind !== 'tooLong' && result.kind !== 'tooLarge') {
        setWritten(result.plan);
        setBasis(result.basis);
        dispatch({ type: 'restore', plan: result.plan });
      }
    } finally {
      setWriting(false);
      await refresh();
    }
  }, [form, graph, plan, written, locale, basis, refresh]);

  const giveRole = useCallback((invitee: Invitee, role: Role) => {
    dispatch({ type: 'invite', invitees: [{ ...invitee, roles: [role] }] });
  }, []);

  const canFix = useCallback(
    (f: Finding) => {
      const kind = plan ? fixTargetOf(f, plan)?.kind : undefined;
      return kind === 'invite' || kind === 'seat';
    },
    [plan],
  );
  const jumpTo = useCallback(
    (f: Finding) => {
      const target = plan ? fixTargetOf(f, plan) : undefined;
      if (target?.kind === 'invite') {
        setInviteRole(target.role);
        focusWhenDrawn('person-search');
      } else if (target?.kind === 'seat') {
        focusWhenDrawn(seatSearchId(target.workplaceId, target.seat));
      }
    },
    [plan],
  );

  return {
    opened,
    plan,
    dispatch,
    formState,
    formFailed,
    findings,
    withoutRole,
    pending: plan !== undefined && plan !== written,
    writing,
    outcome,
    choose,
    write,
    giveRole,
    inviteRole,
    setInviteRole,
    canFix,
    jumpTo,
  };
}
