/** The Graph layer's public surface: the client, the one interface, and the typed error. */
export {
  createGraphClient,
  GRAPH_BASE_URL,
  type GraphClient,
  type GraphClientOptions,
} from './graphClient';
export { GraphRequestError, type GraphFailureKind } from './graphError';
export { DEFAULT_RETRY_POLICY, type RetryNotice, type RetryPolicy } from './middleware';
export {
  networkMeetingGraph,
  type InstantRange,
  type NetworkMeetingGraph,
} from './networkMeetingGraph';
export { ALL_SCOPES, GRAPH_SCOPES, type TokenSource } from './tokenSource';
