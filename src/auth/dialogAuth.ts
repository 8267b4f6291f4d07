import { DialogError, type DialogFailure } from '../host/outlook/signInDialog';
import { type AuthProvider, ObservableAuth, type SignedInAccount } from './authProvider';

/**
 * What the sign-in dialog's page sends the pane (`messageParent` takes a string: this as JSON).
 * The access token crosses once, in memory; it is never stored in the pane.
 */
export type DialogSignInMessage =
  | {
      readonly v: 1;
      readonly accessToken: string;
      /** When the token expires, in ms since the epoch. */
      readonly expiresOn: number;
      readonly account: SignedInAccount;
    }
  | { readonly v: 1; readonly error: string };

/** The message as the dialog sends it. */
export function dialogSignInText(message: DialogSignInMessage): string {
  return JSON.stringify(message);
}

/** A dialog's message read back, or undefined when it is not one of ours. */
export function parseDialogSignIn(text: string): DialogSignInMessage | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return undefined;
  }
  const m = raw as Record<string, unknown> | null;
  if (!m || m['v'] !== 1) return undefined;
  if (typeof m['error'] === 'string') return { v: 1, error: m['error'] };
  const account = m['account'] as Record<string, unknown> | undefined;
  if (
    typeof m['accessToken'] === 'string' &&
    m['accessToken'] !== '' &&
    typeof m['expiresOn'] === 'number' &&
    typeof account?.['username'] === 'string' &&
    typeof account['name'] === 'string'
  ) {
    return {
      v: 1,
      accessToken: m['accessToken'],
      expiresOn: m['expiresOn'],
      account: { name: account['name'], username: account['username'] },
    };
  }
  return undefined;
}

/** Why the dialog sign-in failed: Office's reason, or the dialog page's. */
export type DialogSignInFailure = DialogFailure | 'signInFailed' | 'unreadable';

/** A token this close to its expiry is not used: a Graph call may take that long. */
const EXPIRY_MARGIN_MS = 5 * 60 * 1000;

/**
 * Sign-in through Office's dialog where Outlook offers no nested app authentication: the dialog
 * signs in (MSAL's redirect flow in a window of its own, or the demo's person picker) and sends
 * the token back. Tokens are kept in memory only. When the token runs out, the next Graph call
 * opens the dialog again and waits (Entra ID's session usually answers at once), so nothing in
 * the pane is lost; only the first sign-in waits for the user to ask.
 */
export class DialogAuthProvider extends ObservableAuth implements AuthProvider {
  readonly kind = 'dialog' as const;
  /** Why the last sign-in failed, for the pane to word. */
  failure: DialogSignInFailure | undefined;
  private token: { readonly value: string; readonly expiresOn: number } | undefined;
  private running: Promise<string> | undefined;

  constructor(
    private readonly openDialog: () => Promise<string>,
    private readonly now: () => number = Date.now,
  ) {
    super();
  }

  async signIn(): Promise<void> {
    await this.signInOnce().catch(() => undefined);
  }

  async signOut(): Promise<void> {
    this.token = undefined;
    this.failure = undefined;
    this.set('signedOut');
  }

  async getAccessToken(): Promise<string> {
    const token = this.token;
    if (token && token.expiresOn - EXPIRY_MARGIN_MS > this.now()) return token.value;
    if (this.state !== 'signedIn') throw new Error('Not signed in: sign in through the dialog.');
    return this.signInOnce();
  }

  /** One dialog at a time (Office refuses a second, 12007): callers share the one open. */
  private signInOnce(): Promise<string> {
    this.running ??= this.runDialog().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async runDialog(): Promise<string> {
    const signedIn = this.state === 'signedIn';
    if (!signedIn) this.set('signingIn');
    let message: DialogSignInMessage | undefined;
    try {
      message = parseDialogSignIn(await this.openDialog());
    } catch (e) {
      throw this.fail(e instanceof DialogError ? e.failure : 'other', e, signedIn);
    }
    if (!message) throw this.fail('unreadable', undefined, signedIn);
    if ('error' in message) throw this.fail('signInFailed', new Error(message.error), signedIn);
    this.token = { value: message.accessToken, expiresOn: message.expiresOn };
    this.failure = undefined;
    this.set('signedIn', message.account);
    return message.accessToken;
  }

  /**
   * Records a failure. A renewal that fails keeps the pane signed in (what it shows stays; the
   * Graph call fails and says so); a first sign-in that fails shows why.
   */
  private fail(failure: DialogSignInFailure, cause: unknown, signedIn: boolean): Error {
    const error = cause instanceof Error ? cause : new Error(`Sign-in failed (${failure}).`);
    this.failure = failure;
    if (signedIn) this.set('signedIn', this.account, error.message);
    else this.set('failed', undefined, error.message);
    return error;
  }
}
