import { useCallback, useEffect, useMemo, useReducer, useState } from 'react';
import type { DraftStore } from '../../app/drafts';
import { plannerReducer } from '../../app/planner';
import { PlanSender, type SendOutcome } from '../../app/sendPlan';
import { effortMeetingsAround } from '../../app/series';
import {
  type Finding,
  type Locale,
  type MeetingPlan,
  planningClockAt,
  type Role,
  sendBlockers,
  validatePlan,
} from '../../domain';
import type { NetworkMeetingGraph } from '../../graph';
import { blockStartId } from './agenda/AgendaBlockRow';
import { fixTargetOf } from './fixTarget';
import { usePlanningClock } from './usePlanningClock';
import { seatChoiceId, seatSearchId } from './workplaces/seatSearchId';

/** Puts the keyboard focus on a control once React has drawn it, and brings it into view. */
function focusWhenDrawn(id: string) {
  requestAnimationFrame(() => {
    const element = document.getElementById(id);
    element?.scrollIntoView({ block: 'center' });
    element?.focus();
  });
}

/** The planner's state: the plan, what coverage finds, the draft, the send and jump-to-fix. */
export function usePlanner(options: {
  readonly initial: MeetingPlan;
  readonly user: string;
  readonly drafts: DraftStore;
  readonly graph: NetworkMeetingGraph;
  readonly locale: Locale;
}) {
  const { user, drafts, graph, locale } = options;
  const [state, dispatch] = useReducer(plannerReducer, { plan: options.initial });
  const [opened] = useState(options.initial);

  // When the planner opens, the plan's snapshot of its effort's other meetings is read again
  // from their events, around the plan's own date: the start screen's year around today may
  // miss some. A calendar that cannot be read leaves the snapshot as it is; nothing is guessed.
  useEffect(() => {
    let current = true;
    void effortMeetingsAround(graph, opened).then((meetings) => {
      if (current && meetings) dispatch({ type: 'seriesMeetings', meetings });
    });
    return () => {
      current = false;
    };
  }, [graph, opened]);
  const clock = usePlanningClock();
  const findings: readonly Finding[] = useMemo(
    () => validatePlan(state.plan, clock),
    [state.plan, clock],
  );
  const errors = sendBlockers(findings);
  const [draftSaved, setDraftSaved] = useState<boolean | undefined>();
  const [outcome, setOutcome] = useState<SendOutcome | undefined>();
  const [sending, setSending] = useState(false);
  const [inviteRole, setInviteRole] = useState<Role>('medMember');
  // Sending reads the clock afresh: the panel's may be a few seconds old.
  const sender = useMemo(() => new PlanSender(graph, () => planningClockAt(Date.now())), [graph]);

  // Every change is saved as the user's draft, so a reload or a crash loses nothing.
  useEffect(() => {
    if (outcome?.kind !== 'sent') setDraftSaved(drafts.save(user, state.plan));
  }, [drafts, user, state.plan, outcome]);

  const send = useCallback(async () => {
    setSending(true);
    const result = await sender.send(state.plan, locale);
    setOutcome(result);
    setSending(false);
    if (result.kind === 'sent') drafts.clear(user);
  }, [sender, state.plan, locale, drafts, user]);

  const canFix = useCallback((f: Finding) => !!fixTargetOf(f, state.plan), [state.plan]);

  const jumpTo = useCallback(
    (f: Finding) => {
      const target = fixTargetOf(f, state.plan);
      if (!target) return;
      switch (target.kind) {
        case 'invite':
          setInviteRole(target.role);
          return focusWhenDrawn('person-search');
        case 'seat': {
          // A seat the group gave several people for is chosen among them, first.
          const choice = seatChoiceId(target.workplaceId, target.seat);
          return focusWhenDrawn(
            document.getElementById(choice)
              ? choice
              : seatSearchId(target.workplaceId, target.seat),
          );
        }
        case 'block':
          return focusWhenDrawn(blockStartId(target.blockId));
        case 'control':
          return focusWhenDrawn(target.id);
      }
    },
    [state.plan],
  );

  return {
    plan: state.plan,
    refused: state.refused,
    dispatch,
    findings,
    errors,
    draftSaved,
    send,
    sending,
    outcome,
    inviteRole,
    setInviteRole,
    canFix,
    jumpTo,
  };
}
