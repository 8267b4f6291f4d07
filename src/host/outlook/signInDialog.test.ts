import { describe, expect, it } from 'vitest';
import {
  connectDialogPage,
  DialogError,
  type DialogUi,
  messageFromDialog,
  signInDialogUrl,
} from './signInDialog';

type Handler = (arg: unknown) => void;

/** Office's dialog as the pane sees it: a callback with a Dialog, then its events. */
function fakeUi(opened: { status: 'succeeded' | 'failed'; code?: number }) {
  const handlers = new Map<string, Handler>();
  const seen = { url: '', options: {} as Record<string, unknown>, closed: 0 };
  const ui = {
    displayDialogAsync: (url: string, options: Record<string, unknown>, cb: Handler) => {
      seen.url = url;
      seen.options = options;
      setTimeout(() =>
        cb(
          opened.status === 'succeeded'
            ? {
                status: 'succeeded',
                value: {
                  addEventHandler: (type: string, h: Handler) => handlers.set(type, h),
                  close: () => void (seen.closed += 1),
                },
              }
            : { status: 'failed', error: { code: opened.code, message: `refused ${opened.code}` } },
        ),
      );
    },
  } as unknown as Pick<DialogUi, 'displayDialogAsync'>;
  const raise = (type: string, arg: unknown) => handlers.get(type)?.(arg);
  return { ui, seen, raise, ready: () => new Promise((r) => setTimeout(r, 5)) };
}

const types = { message: 'm', event: 'e' } as unknown as Parameters<typeof messageFromDialog>[3];
const url = 'https://nm.example/outlook-signin.html?hint=a';

describe('the sign-in dialog, from the pane', () => {
  it('opens the page in a window of its own and resolves with its first message, closing it', async () => {
    const office = fakeUi({ status: 'succeeded' });
    const message = messageFromDialog(office.ui, url, undefined, types);
    await office.ready();
    expect(office.seen.url).toBe(url);
    // Never in an iframe: Entra ID's sign-in page refuses to be framed.
    expect(office.seen.options['displayInIframe']).toBe(false);
    office.raise('m', { message: '{"v":1}', origin: 'https://nm.example' });
    await expect(message).resolves.toBe('{"v":1}');
    expect(office.seen.closed).toBe(1);
  });

  it('ignores a message from another origin than the pane’s', async () => {
    const office = fakeUi({ status: 'succeeded' });
    const message = messageFromDialog(office.ui, url, undefined, types);
    await office.ready();
    office.raise('m', { message: 'forged', origin: 'https://evil.example' });
    office.raise('m', { message: 'ours', origin: 'https://nm.example' });
    await expect(message).resolves.toBe('ours');
  });

  it('rejects with Office’s reason: ignored at the prompt, already open, closed by the user', async () => {
    for (const [code, failure] of [
      [12009, 'ignored'],
      [12007, 'alreadyOpen'],
      [12004, 'unreachable'],
    ] as const) {
      const refused = fakeUi({ status: 'failed', code });
      await expect(messageFromDialog(refused.ui, url, undefined, types)).rejects.toMatchObject({
        failure,
        code,
      });
    }
    const closed = fakeUi({ status: 'succeeded' });
    const message = messageFromDialog(closed.ui, url, undefined, types);
    await closed.ready();
    closed.raise('e', { error: 12006 });
    await expect(message).rejects.toBeInstanceOf(DialogError);
    await expect(message).rejects.toMatchObject({ failure: 'closed' });
    // The user closed it: nothing left to close.
    expect(closed.seen.closed).toBe(0);
  });

  it('builds the dialog’s address on the pane’s origin', () => {
    expect(signInDialogUrl('https://nm.example', { hint: 'signe@x.example', lang: 'da-DK' })).toBe(
      'https://nm.example/outlook-signin.html?hint=signe%40x.example&lang=da-DK',
    );
  });
});

describe('the sign-in dialog’s page', () => {
  it('answers the pane through messageParent once office.js is ready', async () => {
    const sent: string[] = [];
    let ready = false;
    const reply = await connectDialogPage({
      Office: {
        onReady: async () => {
          ready = true;
        },
        context: { ui: { messageParent: (m: string) => (ready ? sent.push(m) : undefined) } },
      },
    });
    reply('hello');
    expect(sent).toEqual(['hello']);
  });

  it('says so when opened outside an Office dialog', async () => {
    await expect(connectDialogPage({})).rejects.toThrow('office.js did not load');
    await expect(
      connectDialogPage({ Office: { onReady: async () => undefined, context: {} } }),
    ).rejects.toThrow('only in a sign-in window');
  });
});
