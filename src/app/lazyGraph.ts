import type { GraphClientOptions, NetworkMeetingGraph } from '../graph';
import type { RetryFeed } from './retryFeed';

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
    memberGroups: (id) => graph().then((g) => g.memberGroups(id)),
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
    storePlan: (eventId, plan, basis) => graph().then((g) => g.storePlan(eventId, plan, basis)),
    invitedMeeting: (eventId) => graph().then((g) => g.invitedMeeting(eventId)),
    invitedMeetingByICalUId: (uid) => graph().then((g) => g.invitedMeetingByICalUId(uid)),
    meetingChatJoinUrl: (chatId) => graph().then((g) => g.meetingChatJoinUrl(chatId)),
    onlineMeetings: (range) => graph().then((g) => g.onlineMeetings(range)),
    changeKey: (eventId) => graph().then((g) => g.changeKey(eventId)),
  };
}

/**
 * The app's Graph for a signed-in user, loaded on its first call: one client over `tokens` at
 * `baseUrl` (the emulator swaps only this), with every retry told to `retries`. Without `tokens`
 * (no sign-in possible here) every call fails with `noTokens`.
 */
export function graphOnDemand(options: {
  readonly baseUrl: string;
  readonly tokens: GraphClientOptions['tokens'] | undefined;
  readonly retries: RetryFeed;
  readonly noTokens?: string;
}): NetworkMeetingGraph {
  return lazyGraph(async () => {
    const tokens = options.tokens;
    if (!tokens) throw new Error(options.noTokens ?? 'No sign-in here.');
    const { createGraphClient, networkMeetingGraph } = await import(
      /* webpackChunkName: "graph" */ '../graph'
    );
    const client = createGraphClient({
      baseUrl: options.baseUrl,
      tokens,
      retry: {
        onRetry: (n) =>
          options.retries.publish({
            attempt: n.attempt,
            maxRetries: client.retry.maxRetries,
            seconds: Math.ceil(n.delayMs / 1000),
          }),
      },
    });
    return networkMeetingGraph(client);
  });
}
