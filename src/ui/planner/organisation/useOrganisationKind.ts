import { type Dispatch, useCallback, useEffect, useState } from 'react';
import type { DraftStorage } from '../../../app/drafts';
import type { PlannerAction } from '../../../app/planner';
import { loadOrganisationKind, saveOrganisationKind } from '../../../app/trioSettings';
import type { MeetingPlan, OrganisationKind } from '../../../domain';

/**
 * Which kind of organisation this is (kommune, region, hospital), asked once and kept with the
 * organiser's settings beside the TRIO groups. Choosing saves it and words the plan for it; a
 * plan made before it was known (a draft) is worded for it when it opens.
 */
export function useOrganisationKind(options: {
  readonly user: string;
  readonly storage: DraftStorage;
  /** The plan being made; none yet in an Outlook pane that has not chosen a programme. */
  readonly plan: MeetingPlan | undefined;
  readonly dispatch: Dispatch<PlannerAction>;
}) {
  const { user, storage, plan, dispatch } = options;
  const [kind, setKind] = useState<OrganisationKind | undefined>(() =>
    loadOrganisationKind(storage, user),
  );
  const known = plan?.organisation;
  const planned = plan !== undefined;

  useEffect(() => {
    if (planned && kind && !known) dispatch({ type: 'organisation', organisation: kind });
  }, [planned, kind, known, dispatch]);

  const choose = useCallback(
    (chosen: OrganisationKind) => {
      setKind(chosen);
      saveOrganisationKind(storage, user, chosen);
      dispatch({ type: 'organisation', organisation: chosen });
    },
    [storage, user, dispatch],
  );

  return { kind: known ?? kind, asked: kind !== undefined, choose };
}

/** The organisation kind as a planner card reads and sets it. */
export type OrganisationKindState = ReturnType<typeof useOrganisationKind>;
