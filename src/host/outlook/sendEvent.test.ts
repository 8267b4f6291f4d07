import { OfficeMockObject } from 'office-addin-mock';
import { describe, expect, it } from 'vitest';
import { registerSendCheck, SEND_CHECK_ACTION, type SendDecider } from './sendEvent';

const OUTLOOK = 'outlook' as ConstructorParameters<typeof OfficeMockObject>[1];
type Cb = (r: {
  status: string;
  value?: unknown;
  error?: { name: string; message: string };
}) => void;
const lastFn = (args: unknown[]) => args.findLast((a) => typeof a === 'function') as Cb;

/** Outlook with a compose item whose body Office may refuse, and `actions.associate`. */
function outlookWith(options: { bodyFails?: boolean } = {}) {
  const handlers = new Map<string, (event: unknown) => void>();
  const ok =
    (value: unknown) =>
    (...args: unknown[]) =>
      lastFn(args)({ status: 'succeeded', value });
  const office = new OfficeMockObject(
    {
      host: 'outlook',
      context: {
        displayLanguage: 'en-GB',
        mailbox: {
          userProfile: { emailAddress: 'signe@egeskov.example' },
          item: {
            body: {
              getAsync: options.bodyFails
                ? (...args: unknown[]) =>
                    lastFn(args)({ status: 'failed', error: { name: 'X', message: 'x' } })
                : ok('<p>NM-ref: plan-1</p>'),
            },
            sessionData: { getAsync: ok('{"id":"plan-1"}') },
            loadCustomPropertiesAsync: ok({ get: () => 'plan-1' }),
            requiredAttendees: { getAsync: ok([{ emailAddress: 'a@x.dk', displayName: 'A' }]) },
            optionalAttendees: { getAsync: ok([]) },
            start: { getAsync: ok(new Date('2027-03-11T10:00:00Z')) },
            end: { getAsync: ok(new Date('2027-03-11T13:00:00Z')) },
          },
        },
      },
      actions: {
        associate: (name: string, fn: (event: unknown) => void) => handlers.set(name, fn),
      },
    },
    OUTLOOK,
  );
  return { office: office as unknown as Parameters<typeof registerSendCheck>[1], handlers };
}

function raise(handlers: Map<string, (event: unknown) => void>) {
  return new Promise<unknown>((resolve) =>
    handlers.get(SEND_CHECK_ACTION)?.({ completed: resolve }),
  );
}

describe('the send check’s registration with Outlook', () => {
  it('hands the decider the markers, a reader of the rest of the form, and the language', async () => {
    const { office, handlers } = outlookWith();
    const seen: unknown[] = [];
    const decide: SendDecider = async (markers, readForm, language) => {
      seen.push(markers, language, await readForm());
      return { allowEvent: false, errorMessage: 'no' };
    };
    registerSendCheck(decide, office);
    expect(await raise(handlers)).toEqual({ allowEvent: false, errorMessage: 'no' });
    expect(seen[0]).toEqual({
      bodyHtml: '<p>NM-ref: plan-1</p>',
      planJson: '{"id":"plan-1"}',
      planId: 'plan-1',
    });
    expect(seen[1]).toBe('en-GB');
    expect(seen[2]).toMatchObject({
      ok: true,
      value: { required: [{ email: 'a@x.dk', displayName: 'A' }], optional: [] },
    });
  });

  it('lets the meeting go when not even the body can be read: nothing says it is ours', async () => {
    const { office, handlers } = outlookWith({ bodyFails: true });
    let asked = false;
    registerSendCheck(async () => {
      asked = true;
      return { allowEvent: false };
    }, office);
    expect(await raise(handlers)).toEqual({ allowEvent: true });
    expect(asked).toBe(false);
  });

  it('always answers Outlook, even when the decider throws', async () => {
    const { office, handlers } = outlookWith();
    registerSendCheck(() => Promise.reject(new Error('bug')), office);
    expect(await raise(handlers)).toEqual({ allowEvent: true });
  });
});
