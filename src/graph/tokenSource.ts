/**
 * What the Graph layer needs from sign-in: a token for some scopes. The auth providers
 * (nested app authentication, MSAL in a browser, the demo tenant) implement it.
 */
export interface TokenSource {
  getAccessToken(scopes: readonly string[]): Promise<string>;
}

/**
 * The delegated permissions the app asks for, least privilege for what it does. Each is listed
 * with its reason so the README and the Entra registration can say the same.
 */
export const GRAPH_SCOPES = {
  'User.Read': 'read the signed-in user (name, address) to show who is signed in and to organise',
  'User.ReadBasic.All': 'search colleagues by name or address to invite them',
  'People.Read': 'rank the people the organiser works with first in the search',
  'GroupMember.Read.All':
    'expand directory groups (H-MED, a workplace) to the named people in them',
  'Calendars.ReadWrite':
    'book the meeting in the organiser’s calendar, answer invitations, read free/busy',
  'Chat.ReadBasic':
    'in a meeting, read the join link of the meeting chat the tab is in, to find the meeting in the calendar',
} as const;

/** Every scope the app requests, in one list. */
export const ALL_SCOPES: readonly string[] = Object.keys(GRAPH_SCOPES);
