import type { MeetingPlan } from '../domain';

/** The one screen a signed-in user sees: the start screen, the planner or a meeting's follow-up. */
export type SignedInScreen =
  | { readonly kind: 'home' }
  | { readonly kind: 'planning'; readonly plan: MeetingPlan }
  | { readonly kind: 'following'; readonly eventId: string };

/** A move between the signed-in screens. */
export type SignedInScreenAction =
  | { readonly type: 'plan'; readonly plan: MeetingPlan }
  | { readonly type: 'follow'; readonly eventId: string }
  | { readonly type: 'home' };

/** Where a signed-in user starts. */
export const HOME: SignedInScreen = { kind: 'home' };

/** The screen after a move: each move names the one screen it leads to. */
export function signedInScreenReducer(
  _screen: SignedInScreen,
  action: SignedInScreenAction,
): SignedInScreen {
  switch (action.type) {
    case 'plan':
      return { kind: 'planning', plan: action.plan };
    case 'follow':
      return { kind: 'following', eventId: action.eventId };
    case 'home':
      return HOME;
  }
}
