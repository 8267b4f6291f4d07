import type { TokenSource } from '../graph';

/** Where sign-in stands. */
export type AuthState = 'signedOut' | 'signingIn' | 'signedIn' | 'failed';

/** Who is signed in, as the identity provider says. */
export interface SignedInAccount {
  readonly name: string;
  readonly username: string;
}

/**
 * The kinds of sign-in the app has: nested app authentication, MSAL in a browser, the demo
 * tenant's, and Office's sign-in dialog (the Outlook add-in where nested app authentication is
 * missing).
 */
export type AuthKind = 'naa' | 'browser' | 'demo' | 'dialog';

/**
 * Sign-in, one interface for every host: a token source for the Graph client's middleware,
 * its state, and change events for the UI.
 */
export interface AuthProvider extends TokenSource {
  readonly kind: AuthKind;
  readonly state: AuthState;
  readonly account: SignedInAccount | undefined;
  /** Why sign-in failed, in words for the user. */
  readonly error: string | undefined;
  onChange(listener: () => void): () => void;
  signIn(): Promise<void>;
  signOut(): Promise<void>;
}

/** State and change events shared by the providers. */
export abstract class ObservableAuth {
  private readonly listeners = new Set<() => void>();
  state: AuthState = 'signedOut';
  account: SignedInAccount | undefined;
  error: string | undefined;

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  protected set(state: AuthState, account?: SignedInAccount, error?: string): void {
    this.state = state;
    this.account = account;
    this.error = error;
    for (const listener of this.listeners) listener();
  }
}
