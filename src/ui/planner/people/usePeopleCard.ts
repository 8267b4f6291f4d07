import { type Dispatch, useState } from 'react';
import { inviteesFromMembers, membersOfGroup } from '../../../app/directoryPicks';
import { describeGraphFailure, type GraphFailure } from '../../../app/graphFailure';
import type { PlannerAction } from '../../../app/planner';
import {
  defaultAttendanceFor,
  type DirectoryGroup,
  MAX_COMMITTEE_MEMBERS,
  type DirectoryPerson,
  refOf,
  type Role,
} from '../../../domain';
import type { NetworkMeetingGraph } from '../../../graph';

/** A group whose members wait for the organiser's confirmation. */
export interface PendingImport {
  readonly group: DirectoryGroup;
  readonly members: readonly DirectoryPerson[];
  /** The ids of the members the organiser unticked. */
  readonly leftOut: ReadonlySet<string>;
}

/**
 * What the people card does: a picked group is expanded with progress, then its members wait,
 * all ticked, until the organiser adds them (less those unticked) for the role chosen then;
 * people are added
 * one by one at once.
 */
export function usePeopleCard(options: {
  readonly graph: NetworkMeetingGraph;
  readonly dispatch: Dispatch<PlannerAction>;
  readonly role: Role;
}) {
  const { graph, dispatch, role } = options;
  const [loading, setLoading] = useState<DirectoryGroup | undefined>();
  const [pending, setPending] = useState<PendingImport | undefined>();
  const [added, setAdded] = useState<{ group: DirectoryGroup; count: number } | undefined>();
  const [failure, setFailure] = useState<GraphFailure | undefined>();
  /** A group too large to be the MED committee a plan keeps (`MAX_COMMITTEE_MEMBERS`). */
  const [tooLarge, setTooLarge] = useState<{ group: DirectoryGroup; n: number } | undefined>();

  async function addGroup(group: DirectoryGroup) {
    setLoading(group);
    setFailure(undefined);
    setAdded(undefined);
    setPending(undefined);
    setTooLarge(undefined);
    try {
      const members = await membersOfGroup(graph, group);
      // The committee's whole list is kept in the plan: a group beyond the bound is refused
      // here, where it is picked, rather than by the plan after the organiser ticked through it.
      if (role === 'medMember' && members.length > MAX_COMMITTEE_MEMBERS)
        setTooLarge({ group, n: members.length });
      else setPending({ group, members, leftOut: new Set() });
    } catch (e) {
      setFailure(describeGraphFailure(e));
    } finally {
      setLoading(undefined);
    }
  }

  function toggle(id: string) {
    setPending((p) => {
      if (!p) return p;
      const leftOut = new Set(p.leftOut);
      if (!leftOut.delete(id)) leftOut.add(id);
      return { ...p, leftOut };
    });
  }

  function confirmImport() {
    if (!pending) return;
    const invitees = inviteesFromMembers(
      pending.members,
      pending.leftOut,
      role,
      defaultAttendanceFor(role),
    );
    dispatch({ type: 'invite', invitees });
    // The committee's whole list, unticked members too: coverage then says who of it is missing.
    if (role === 'medMember') {
      dispatch({
        type: 'details',
        medCommittee: {
          name: pending.group.name,
          groupId: pending.group.id,
          members: pending.members.map(refOf),
        },
      });
    }
    setAdded({ group: pending.group, count: invitees.length });
    setPending(undefined);
  }

  function addPerson(person: DirectoryPerson) {
    dispatch({ type: 'inviteFor', person, role });
  }

  return {
    loading,
    pending,
    added,
    failure,
    tooLarge,
    addGroup,
    toggle,
    confirmImport,
    cancelImport: () => setPending(undefined),
    addPerson,
  };
}
