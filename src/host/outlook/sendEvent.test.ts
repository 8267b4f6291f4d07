import { describe, expect, it } from 'vitest';
import {
  ORGANISER_PANE_COMMAND,
  registerSendCheck,
  SEND_CHECK_ACTION,
  type SendAnswer,
  type SendContext,
  type SendRules,
} from './sendEvent';

type Cb = (r: {
  status: string;
  value?: unknown;
  error?: { name: string; message: string };
}) => void;
const lastFn = (args: unknown[]) => args.findLast((a) => typeof a === 'function') as Cb;

interface Options {
  /** Calls Office refuses, by the item's field name. */
  readonly refuse?: readonly string[];
  /** Mailbox requirement set the client has. */
  readonly mailbox?: '1.13' | '1.14';
  /** No `userProfile`, as some clients give. */
  readonly noUserProfile?: boolean;
  /** No item at all. */
  readonly noItem?: boolean;
  readonly body?: string;
  /** The plan id custom property and the session's plan; an ordinary meeting has neither. */
  readonly ordinary?: boolean;
}

/** Outlook's `Office` with a compose item, answering each call a tick later, as Office does. */
function outlookWith(options: Options = {}) {
  const handlers = new Map<string, (event: unknown) => void>();
  const calls: string[] = [];
  const field = (name: string, value: unknown) => ({
    getAsync: (...args: unknown[]) => {
      calls.push(name);
      const cb = lastFn(args);
      setTimeout(() =>
        options.refuse?.includes(name)
          ? cb({ status: 'failed', error: { name: 'GenericResponseError', message: 'no' } })
          : cb({ status: 'succeeded', value }),
      );
    },
  });
  const item = {
    body: field('body', options.body ?? '<p>NM-ref: plan-1</p>'),
    sessionData: field('sessionData', options.ordinary ? '' : '{"id":"plan-1"}'),
    loadCustomPropertiesAsync: (cb: Cb) => {
      calls.push('customProperties');
      setTimeout(() =>
        options.refuse?.includes('customProperties')
          ? cb({ status: 'failed', error: { name: 'GenericResponseError', message: 'no' } })
          : cb({
              status: 'succeeded',
              value: { get: () => (options.ordinary ? undefined : 'plan-1') },
            }),
      );
    },
    requiredAttendees: field('requiredAttendees', [{ emailAddress: 'a@x.dk', displayName: 'A' }]),
    optionalAttendees: field('optionalAttendees', []),
    start: field('start', new Date('2027-03-11T10:00:00Z')),
    end: field('end', new Date('2027-03-11T13:00:00Z')),
  };
  const office = {
    context: {
      displayLanguage: 'en-GB',
      requirements: {
        isSetSupported: (name: string, version: string) =>
          name === 'Mailbox' &&
          Number(version.split('.')[1]) <= (options.mailbox === '1.14' ? 14 : 13),
      },
      mailbox: {
        ...(options.noUserProfile
          ? {}
          : { userProfile: { emailAddress: 'signe@egeskov.example' } }),
        ...(options.noItem ? {} : { item }),
      },
    },
    actions: {
      associate: (name: string, fn: (event: unknown) => void) => handlers.set(name, fn),
    },
  };
  return { office: office as unknown as Parameters<typeof registerSendCheck>[1], handlers, calls };
}

/** Raises Send and collects every answer Outlook gets until things settle. */
async function raise(handlers: Map<string, (event: unknown) => void>): Promise<SendAnswer[]> {
  const answers: SendAnswer[] = [];
  handlers.get(SEND_CHECK_ACTION)?.({ completed: (a: SendAnswer) => answers.push(a) });
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 5));
  return answers;
}

/** Rules that call a meeting a network meeting when its body says so, and record what they saw. */
function rulesSeeing(
  decideWith: (context: SendContext) => Promise<{ errorMessage: string } | undefined>,
): SendRules & { seen: SendContext[] } {
  const seen: SendContext[] = [];
  return {
    seen,
    isNetworkMeeting: async (m) =>
      Boolean(m.body.ok && m.body.value?.includes('NM-ref')) ||
      (m.planId.ok && m.planId.value !== undefined),
    decide: async (context) => {
      seen.push(context);
      const stop = await decideWith(context);
      return stop && { ...stop, paneButtonLabel: 'Open Network meeting' };
    },
    notChecked: async (error, language) => ({
      errorMessage: `not checked (${error}, ${language})`,
      paneButtonLabel: 'Open Network meeting',
    }),
  };
}

describe('the send check’s registration with Outlook', () => {
  it('registers its handler under the manifest’s action id', () => {
    const { office, handlers } = outlookWith();
    registerSendCheck(
      rulesSeeing(async () => undefined),
      office,
    );
    expect([...handlers.keys()]).toEqual([SEND_CHECK_ACTION]);
  });

  it('hands the rules the three markers, a reader of the form, the language and the dialog', async () => {
    const { office, handlers } = outlookWith({ mailbox: '1.14' });
    const rules = rulesSeeing(async () => ({ errorMessage: 'no' }));
    registerSendCheck(rules, office);
    expect(await raise(handlers)).toEqual([
      {
        allowEvent: false,
        errorMessage: 'no',
        cancelLabel: 'Open Network meeting',
        commandId: ORGANISER_PANE_COMMAND,
      },
    ]);
    const context = rules.seen[0];
    expect(context?.markers).toEqual({
      body: { ok: true, value: '<p>NM-ref: plan-1</p>' },
      session: { ok: true, value: '{"id":"plan-1"}' },
      planId: { ok: true, value: 'plan-1' },
    });
    expect(context?.displayLanguage).toBe('en-GB');
    expect(context?.dialogOpensPane).toBe(true);
    expect(await context?.readForm()).toMatchObject({
      ok: true,
      value: {
        required: [{ email: 'a@x.dk', displayName: 'A' }],
        optional: [],
        organizer: 'signe@egeskov.example',
      },
    });
  });

  it('below Mailbox 1.14 gives the message alone: no button that could only cancel', async () => {
    const { office, handlers } = outlookWith({ mailbox: '1.13' });
    const rules = rulesSeeing(async () => ({ errorMessage: 'x'.repeat(600) }));
    registerSendCheck(rules, office);
    const [answer] = await raise(handlers);
    expect(answer).toEqual({ allowEvent: false, errorMessage: 'x'.repeat(500) });
    expect(rules.seen[0]?.dialogOpensPane).toBe(false);
  });

  it('lets an ordinary meeting go without reading its attendees, even when reads fail', async () => {
    for (const refuse of [[], ['body'], ['body', 'sessionData', 'customProperties']]) {
      const { office, handlers, calls } = outlookWith({
        body: '<p>Frokost</p>',
        ordinary: true,
        refuse,
      });
      const rules = rulesSeeing(async () => ({ errorMessage: 'no' }));
      registerSendCheck(rules, office);
      expect(await raise(handlers)).toEqual([{ allowEvent: true }]);
      expect(rules.seen).toEqual([]);
      expect(calls).not.toContain('requiredAttendees');
    }
  });

  it('reads each marker on its own: a refused body leaves the custom property’s answer', async () => {
    const { office, handlers } = outlookWith({ refuse: ['body'] });
    const rules = rulesSeeing(async () => ({ errorMessage: 'no' }));
    registerSendCheck(rules, office);
    expect((await raise(handlers))[0]).toMatchObject({ allowEvent: false, errorMessage: 'no' });
    expect(rules.seen[0]?.markers.body.ok).toBe(false);
    expect(rules.seen[0]?.markers.planId).toEqual({ ok: true, value: 'plan-1' });
  });

  it('goes on without the organiser when Outlook gives no userProfile, instead of throwing', async () => {
    const { office, handlers } = outlookWith({ noUserProfile: true });
    const rules = rulesSeeing(async (context) => {
      const form = await context.readForm();
      return { errorMessage: form.ok ? `organiser: ${String(form.value.organizer)}` : 'refused' };
    });
    registerSendCheck(rules, office);
    expect(await raise(handlers)).toEqual([
      { allowEvent: false, errorMessage: 'organiser: undefined' },
    ]);
  });

  it('stops a network meeting whose check fails, once, with the rules’ message', async () => {
    const { office, handlers } = outlookWith({ mailbox: '1.14' });
    registerSendCheck(
      rulesSeeing(() => Promise.reject(new TypeError('bug'))),
      office,
    );
    expect(await raise(handlers)).toEqual([
      {
        allowEvent: false,
        errorMessage: 'not checked (TypeError, en-GB)',
        cancelLabel: 'Open Network meeting',
        commandId: ORGANISER_PANE_COMMAND,
      },
    ]);
  });

  it('answers Outlook on every path: a throw before any read, or in the rules themselves', async () => {
    const noItem = outlookWith({ noItem: true });
    registerSendCheck(
      rulesSeeing(async () => ({ errorMessage: 'no' })),
      noItem.office,
    );
    expect(await raise(noItem.handlers)).toEqual([{ allowEvent: true }]);

    const throwing = outlookWith();
    const rules = rulesSeeing(async () => undefined);
    registerSendCheck(
      {
        ...rules,
        decide: () => {
          throw new RangeError('sync');
        },
        notChecked: () => Promise.reject(new Error('and again')),
      },
      throwing.office,
    );
    // Known to be a network meeting, and not even the message could be made: stopped anyway.
    expect(await raise(throwing.handlers)).toEqual([{ allowEvent: false }]);
  });
});
