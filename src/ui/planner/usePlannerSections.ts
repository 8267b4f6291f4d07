import { useCallback, useMemo, useState } from 'react';
import type { Finding } from '../../domain';
import {
  PLANNER_SECTIONS,
  type PlannerSectionId,
  sectionOfFinding,
  tallyBySection,
} from './plannerSections';

/** Which planner sections are open (all, to begin with) and what each has left to fix. */
export function usePlannerSections(findings: readonly Finding[]) {
  const [open, setOpen] = useState<ReadonlySet<PlannerSectionId>>(() => new Set(PLANNER_SECTIONS));
  const tally = useMemo(() => tallyBySection(findings), [findings]);
  const toggle = useCallback(
    (section: PlannerSectionId) =>
      setOpen((was) => {
        const now = new Set(was);
        if (!now.delete(section)) now.add(section);
        return now;
      }),
    [],
  );
  /** Opens the section a finding is fixed in, before the fix jump focuses a control there. */
  const openFor = useCallback(
    (finding: Finding) => setOpen((was) => new Set([...was, sectionOfFinding(finding)])),
    [],
  );
  return { open, tally, toggle, openFor };
}
