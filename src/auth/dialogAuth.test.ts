import { describe, expect, it } from 'vitest';
import { DialogError } from '../host/outlook/signInDialog';
import { DialogAuthProvider, dialogSignInText, parseDialogSignIn } from './dialogAuth';
import { demoDialogMessage } from './dialogSignIn';

const SIGNE = { displayName: 'Signe Vestergaard', userPrincipalName: 'signe@egeskov.example' };
const HOUR = 60 * 60 * 1000;

/** A dialog that answers with the queued messages (or failures), counting how often it opened. */
function dialog(...answers: (string | Error)[]) {
  const opened = { count: 0 };
  const open = async () => {
    opened.count += 1;
    const next = answers.shift();
    if (next === undefined) throw new Error('no more answers');
    if (next instanceof Error) throw next;
    return next;
  };
  return { open, opened };
}

describe('signing in through Office’s dialog', () => {
  it('reads the token the dialog sends and keeps it in memory until it runs out', async () => {
    let now = 1_000_000;
    const first = dialogSignInText(demoDialogMessage(SIGNE, () => now));
    const second = dialogSignInText({
      v: 1,
      accessToken: 'renewed',
      expiresOn: now + 3 * HOUR,
      account: { name: 'Signe Vestergaard', username: SIGNE.userPrincipalName },
    });
    const d = dialog(first, second);
    const auth = new DialogAuthProvider(d.open, () => now);
    const states: string[] = [];
    auth.onChange(() => states.push(auth.state));

    await auth.signIn();
    expect(auth.state).toBe('signedIn');
    expect(auth.account).toEqual({ name: 'Signe Vestergaard', username: 'signe@egeskov.example' });
    const token = await auth.getAccessToken();
    expect(token).toMatch(/^demo\./);
    expect(d.opened.count).toBe(1);

    // Near its expiry the next call opens the dialog again; two calls share one dialog.
    now += HOUR - 60_000;
    const [a, b] = await Promise.all([auth.getAccessToken(), auth.getAccessToken()]);
    expect([a, b]).toEqual(['renewed', 'renewed']);
    expect(d.opened.count).toBe(2);
    expect(states).toEqual(['signingIn', 'signedIn', 'signedIn']);
  });

  it('says why when the user closes the dialog or ignores Office’s prompt, and can try again', async () => {
    const d = dialog(
      new DialogError('closed', 12006, 'closed'),
      new DialogError('ignored', 12009, 'ignored'),
      dialogSignInText(demoDialogMessage(SIGNE)),
    );
    const auth = new DialogAuthProvider(d.open);
    await auth.signIn();
    expect(auth.state).toBe('failed');
    expect(auth.failure).toBe('closed');
    await auth.signIn();
    expect(auth.failure).toBe('ignored');
    await expect(auth.getAccessToken()).rejects.toThrow('Not signed in');
    await auth.signIn();
    expect(auth.state).toBe('signedIn');
    expect(auth.failure).toBeUndefined();
  });

  it('takes a sign-in error the dialog reports, and refuses a message that is not ours', async () => {
    const auth = new DialogAuthProvider(
      dialog(dialogSignInText({ v: 1, error: 'access_denied' })).open,
    );
    await auth.signIn();
    expect(auth.failure).toBe('signInFailed');
    expect(auth.error).toBe('access_denied');
    const forged = new DialogAuthProvider(dialog('{"accessToken":"x"}').open);
    await forged.signIn();
    expect(forged.failure).toBe('unreadable');
  });

  it('stays signed in when a renewal fails: the call fails, the pane keeps what it shows', async () => {
    let now = 0;
    const d = dialog(
      dialogSignInText(demoDialogMessage(SIGNE, () => now)),
      new DialogError('closed', 12006, 'closed'),
    );
    const auth = new DialogAuthProvider(d.open, () => now);
    await auth.signIn();
    now += 2 * HOUR;
    await expect(auth.getAccessToken()).rejects.toThrow('closed');
    expect(auth.state).toBe('signedIn');
    expect(auth.failure).toBe('closed');
  });

  it('reads back only well-formed messages', () => {
    expect(parseDialogSignIn('not json')).toBeUndefined();
    expect(parseDialogSignIn('{"v":2,"error":"x"}')).toBeUndefined();
    expect(parseDialogSignIn('{"v":1,"accessToken":"","expiresOn":1,"account":{}}')).toBe(
      undefined,
    );
    expect(parseDialogSignIn(dialogSignInText(demoDialogMessage(SIGNE, () => 5)))).toEqual({
      v: 1,
      accessToken: expect.stringMatching(/^demo\./) as string,
      expiresOn: 5 + HOUR,
      account: { name: 'Signe Vestergaard', username: 'signe@egeskov.example' },
    });
  });
});
