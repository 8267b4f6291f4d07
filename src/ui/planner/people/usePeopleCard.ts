import { type Dispatch, useState } from 'react';
import { inviteesFromGroup } from '../../../app/directoryPicks';
import { describeGraphFailure, type GraphFailure } from '../../../app/graphFailure';
import type { PlannerAction } from '../../../app/planner';
import {
  defaultAttendanceFor,
  type DirectoryGroup,
  type DirectoryPerson,
  refOf,
  type Role,
} from '../../../domain';
import type { NetworkMeetingGraph } from '../../../graph';

/** What the people card does: groups expanded with progress, people added for a role. */
export function usePeopleCard(options: {
  readonly graph: NetworkMeetingGraph;
  readonly dispatch: Dispatch<PlannerAction>;
  readonly role: Role;
}) {
  const { graph, dispatch, role } = options;
  const [loading, setLoading] = useState<DirectoryGroup | undefined>();
  const [added, setAdded] = useState<{ group: DirectoryGroup; count: number } | undefined>();
  const [failure, setFailure] = useState<GraphFailure | undefined>();

  async function addGroup(group: DirectoryGroup) {
    setLoading(group);
    setFailure(undefined);
    setAdded(undefined);
    try {
      const invitees = await inviteesFromGroup(graph, group, role, defaultAttendanceFor(role));
      dispatch({ type: 'invite', invitees });
      // The committee's list lets coverage tell which of its members are not invited.
      if (role === 'medMember') {
        dispatch({
          type: 'details',
          medCommittee: { name: group.name, groupId: group.id, members: invitees.map(refOf) },
        });
      }
      setAdded({ group, count: invitees.length });
    } catch (e) {
      setFailure(describeGraphFailure(e));
    } finally {
      setLoading(undefined);
    }
  }

  function addPerson(person: DirectoryPerson) {
    dispatch({
      type: 'invite',
      invitees: [
        {
          ...refOf(person),
          roles: [role],
          workplaceId: undefined,
          attendance: defaultAttendanceFor(role),
        },
      ],
    });
  }

  return { loading, added, failure, addGroup, addPerson };
}
