/** The Graph layer's public surface: the client, the one interface, and the typed error. */
export {
  createGraphClient,
  GRAPH_BASE_URL,
  type GraphClient,
  type GraphClientOptions,
} from './graphClient';
export { GraphRequestError, OUTCOME_UNKNOWN, type GraphFailureKind } from './graphError';
export type { InviteOutcome } from './events';
export { encodeQueryValue, withQuery } from './query';
export { DEFAULT_RETRY_POLICY, type RetryNotice, type RetryPolicy } from './middleware';
export {
  networkMeetingGraph,
  type InstantRange,
  type NetworkMeetingGraph,
} from './networkMeetingGraph';
export { ALL_SCOPES, GRAPH_SCOPES, type TokenSource } from './tokenSource';
