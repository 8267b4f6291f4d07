import type { NetworkMeetingGraph } from '../graph';

/**
 * A `NetworkMeetingGraph` that loads the Graph layer (and the Graph SDK) on its first call, so the
 * first screen does not carry it. Loaded once; every call waits for the same load.
 */
export function lazyGraph(load: () => Promise<NetworkMeetingGraph>): NetworkMeetingGraph {
  let loaded: Promise<NetworkMeetingGraph> | undefined;
  const graph = () => (loaded ??= load());
  return {
    me: () => graph().then((g) => g.me()),
    findPeople: (text, firstFrom) => graph().then((g) => g.findPeople(text, firstFrom)),
    findGroups: (text) => graph().then((g) => g.findGroups(text)),
    groupMembers: (ids) => graph().then((g) => g.groupMembers(ids)),
    availability: (emails, range) => graph().then((g) => g.availability(emails, range)),
    createMeeting: (booking) => graph().then((g) => g.createMeeting(booking)),
    getMeeting: (eventId) => graph().then((g) => g.getMeeting(eventId)),
    listMeetings: (range) => graph().then((g) => g.listMeetings(range)),
    listInvitedMeetings: (range, test) => graph().then((g) => g.listInvitedMeetings(range, test)),
    updateMeeting: (meeting, booking) => graph().then((g) => g.updateMeeting(meeting, booking)),
    inviteMore: (meeting, booking, people) =>
      graph().then((g) => g.inviteMore(meeting, booking, people)),
    cancelMeeting: (eventId, comment) => graph().then((g) => g.cancelMeeting(eventId, comment)),
    answerInvitation: (eventId, answer, comment) =>
      graph().then((g) => g.answerInvitation(eventId, answer, comment)),
    remind: (eventId, emails, comment) => graph().then((g) => g.remind(eventId, emails, comment)),
    storePlan: (eventId, plan) => graph().then((g) => g.storePlan(eventId, plan)),
    invitedMeeting: (eventId) => graph().then((g) => g.invitedMeeting(eventId)),
    invitedMeetingByICalUId: (uid) => graph().then((g) => g.invitedMeetingByICalUId(uid)),
  };
}
