import type { GraphFailure } from '../../app/graphFailure';
import type { FollowUpEdit } from '../../domain';
import type { SavedChange } from '../../app/meetings';
import type { BookedMeeting } from '../../domain';

/** What the dashboard shows: loading, the meeting with its plan, or why it cannot. */
export type DashboardLoad =
  | { readonly kind: 'loading' }
  | { readonly kind: 'loaded'; readonly meeting: BookedMeeting }
  | { readonly kind: 'unreadable' }
  | { readonly kind: 'failed'; readonly failure: GraphFailure };

/** What the last save sent, and to whom; shown until the next edit. */
export type SavedOutcome = Omit<SavedChange, 'meeting'>;

/** The follow-up screen: the meeting as last read, the edits laid on it, the last save's outcome. */
export interface DashboardState {
  readonly load: DashboardLoad;
  readonly edits: readonly FollowUpEdit[];
  readonly saved: SavedOutcome | undefined;
}

/** A change to the follow-up screen, from reading the meeting, editing it or saving. */
export type DashboardAction =
  | { readonly type: 'loading' }
  | { readonly type: 'loaded'; readonly meeting: BookedMeeting }
  | { readonly type: 'unreadable' }
  | { readonly type: 'failed'; readonly failure: GraphFailure }
  | { readonly type: 'edit'; readonly edit: FollowUpEdit }
  | { readonly type: 'saved'; readonly change: SavedChange };

/** Before the meeting is read. */
export const DASHBOARD_START: DashboardState = {
  load: { kind: 'loading' },
  edits: [],
  saved: undefined,
};

/**
 * The follow-up screen after an action. Reading the meeting again keeps the pending edits (after
 * a conflict they are laid on the other organiser's version); saving clears them.
 */
export function dashboardReducer(state: DashboardState, action: DashboardAction): DashboardState {
  switch (action.type) {
    case 'loading':
      return { ...state, load: { kind: 'loading' } };
    case 'loaded':
      return { ...state, load: { kind: 'loaded', meeting: action.meeting } };
    case 'unreadable':
      return { ...state, load: { kind: 'unreadable' } };
    case 'failed':
      return { ...state, load: { kind: 'failed', failure: action.failure } };
    case 'edit':
      return { ...state, edits: [...state.edits, action.edit], saved: undefined };
    case 'saved': {
      const { meeting, ...outcome } = action.change;
      return { load: { kind: 'loaded', meeting }, edits: [], saved: outcome };
    }
  }
}
