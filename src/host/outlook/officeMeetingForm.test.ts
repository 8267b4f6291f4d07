import { OfficeMockObject } from 'office-addin-mock';

/** office-addin-mock's host name for Outlook (its `OfficeApp.Outlook`). */
const OUTLOOK = 'outlook' as ConstructorParameters<typeof OfficeMockObject>[1];
import { describe, expect, it } from 'vitest';
import type { FormAttendee } from './meetingForm';
import { itemKindOf, type OfficeApi, officeMeetingForm } from './officeMeetingForm';

type Cb = (r: {
  status: string;
  value?: unknown;
  error?: { name: string; message: string };
}) => void;
const succeed = (cb: Cb, value?: unknown) => cb({ status: 'succeeded', value });
const fail = (cb: Cb, name: string) => cb({ status: 'failed', error: { name, message: name } });
/** Office passes the callback last, after optional data and options. */
const lastFn = (args: unknown[]) => args.findLast((a) => typeof a === 'function') as Cb;

interface Recorded {
  calls: string[];
  props: Record<string, unknown>;
}

function details(people: readonly FormAttendee[]) {
  return people.map((p) => ({ emailAddress: p.email, displayName: p.displayName }));
}

/** The minor version of a requirement set such as "1.13". */
const minor = (version: string) => Number(version.split('.')[1]);

/** Office's compose-mode appointment as `office-addin-mock` plays it, recording every call. */
function composeMock(
  options: {
    saved?: boolean;
    failSubject?: string;
    /** The Mailbox requirement set Outlook supports, for its change events. */
    mailbox?: string;
    handlers?: Map<string, () => void>;
  } = {},
) {
  const rec: Recorded = { calls: [], props: { other: 'kept' } };
  const field = (name: string, initial: unknown) => ({
    value: initial,
    getAsync(this: { value: unknown }, ...args: unknown[]) {
      rec.calls.push(`${name}.get`);
      if (name === 'subject' && options.failSubject) fail(lastFn(args), options.failSubject);
      else succeed(lastFn(args), this.value);
    },
    setAsync(this: { value: unknown }, value: unknown, ...args: unknown[]) {
      rec.calls.push(`${name}.set`);
      this.value = value;
      succeed(lastFn(args));
    },
  });
  const attendees = (name: string) => ({
    ...field(name, details([{ email: 'a@egeskov.example', displayName: 'A' }])),
    addAsync(this: { value: unknown[] }, value: unknown[], ...args: unknown[]) {
      rec.calls.push(`${name}.add`);
      this.value = [...this.value, ...value];
      succeed(lastFn(args));
    },
  });
  const mock = new OfficeMockObject(
    {
      host: 'outlook',
      context: {
        displayLanguage: 'da-DK',
        requirements: {
          isSetSupported: (name: string, version: string) =>
            name === 'Mailbox' && minor(version) <= minor(options.mailbox ?? '1.13'),
        },
        mailbox: {
          userProfile: { emailAddress: 'signe.vestergaard@egeskov.example' },
          convertToRestId: (id: string, version: string) => `rest(${id},${version})`,
          item: {
            addHandlerAsync(type: string, handler: () => void, ...args: unknown[]) {
              rec.calls.push(`on:${type}`);
              options.handlers?.set(type, handler);
              succeed(lastFn(args));
            },
            removeHandlerAsync(type: string) {
              rec.calls.push(`off:${type}`);
              options.handlers?.delete(type);
            },
            itemType: 'appointment',
            subject: field('subject', 'Netværksmøde'),
            start: field('start', new Date('2027-03-11T10:00:00Z')),
            end: field('end', new Date('2027-03-11T13:00:00Z')),
            location: field('location', 'Rådhuset'),
            body: {
              value: '<p>Hej</p>',
              getAsync(this: { value: string }, coercion: string, ...args: unknown[]) {
                rec.calls.push(`body.get:${coercion}`);
                succeed(lastFn(args), this.value);
              },
              setAsync(
                this: { value: string },
                html: string,
                opts: { coercionType: string },
                ...args: unknown[]
              ) {
                rec.calls.push(`body.set:${opts.coercionType}`);
                this.value = html;
                succeed(lastFn(args));
              },
            },
            requiredAttendees: attendees('required'),
            optionalAttendees: attendees('optional'),
            getItemIdAsync(...args: unknown[]) {
              if (options.saved) succeed(lastFn(args), 'AAMk+id/1');
              else fail(lastFn(args), 'ItemNotSaved');
            },
            saveAsync(...args: unknown[]) {
              rec.calls.push('save');
              succeed(lastFn(args), 'AAMk+id/1');
            },
            loadCustomPropertiesAsync(...args: unknown[]) {
              succeed(lastFn(args), {
                get: (n: string) => rec.props[n],
                set: (n: string, v: unknown) => {
                  rec.calls.push(`prop.set:${n}`);
                  rec.props[n] = v;
                },
                saveAsync: (cb: Cb) => {
                  rec.calls.push('prop.save');
                  succeed(cb);
                },
              });
            },
            sessionData: {
              data: {} as Record<string, string>,
              getAsync(this: { data: Record<string, string> }, key: string, cb: Cb) {
                succeed(cb, this.data[key] ?? '');
              },
              setAsync(this: { data: Record<string, string> }, k: string, v: string, cb: Cb) {
                rec.calls.push(`session.set:${k}`);
                this.data[k] = v;
                succeed(cb);
              },
            },
          },
        },
      },
    },
    OUTLOOK,
  );
  return { office: mock as unknown as OfficeApi, rec };
}

const people = (n: number): FormAttendee[] =>
  Array.from({ length: n }, (_, i) => ({ email: `p${i}@egeskov.example`, displayName: `P ${i}` }));

describe('the meeting form over Office.js, compose mode (the organiser)', () => {
  it('reads the fields as Office gives them', async () => {
    const { office } = composeMock();
    const form = officeMeetingForm(office, 'organizer');
    expect(form.mailboxAddress).toBe('signe.vestergaard@egeskov.example');
    expect(form.displayLanguage).toBe('da-DK');
    expect(await form.getSubject()).toEqual({ ok: true, value: 'Netværksmøde' });
    expect(await form.getStart()).toEqual({ ok: true, value: new Date('2027-03-11T10:00:00Z') });
    expect(await form.getLocation()).toEqual({ ok: true, value: 'Rådhuset' });
    expect(await form.getAttendees('required')).toEqual({
      ok: true,
      value: [{ email: 'a@egeskov.example', displayName: 'A' }],
    });
  });

  it('reads and writes the body as HTML', async () => {
    const { office, rec } = composeMock();
    const form = officeMeetingForm(office, 'organizer');
    expect(await form.setBodyHtml('<table></table>')).toEqual({ ok: true, value: undefined });
    expect(await form.getBodyHtml()).toEqual({ ok: true, value: '<table></table>' });
    expect(rec.calls).toEqual(['body.set:html', 'body.get:html']);
  });

  it('sets the start before the end, as Outlook moves the end with the start', async () => {
    const { office, rec } = composeMock();
    const form = officeMeetingForm(office, 'organizer');
    const start = new Date('2027-04-01T09:00:00Z');
    const end = new Date('2027-04-01T12:00:00Z');
    await form.setTimes(start, end);
    expect(rec.calls).toEqual(['start.set', 'end.set']);
    expect(await form.getEnd()).toEqual({ ok: true, value: end });
  });

  it('adds up to 100 attendees a call and refuses 101 as Office does', async () => {
    const { office, rec } = composeMock();
    const form = officeMeetingForm(office, 'organizer');
    expect((await form.addAttendees('optional', people(100))).ok).toBe(true);
    const over = await form.addAttendees('required', people(101));
    expect(over).toMatchObject({ ok: false, error: { name: 'Sys.ArgumentOutOfRangeException' } });
    expect(rec.calls).toEqual(['optional.add']);
    const optional = await form.getAttendees('optional');
    expect(optional.ok && optional.value).toHaveLength(101);
  });

  it('turns a failed call into a result with Office’s error name', async () => {
    const { office } = composeMock({ failSubject: 'GenericResponseError' });
    const form = officeMeetingForm(office, 'organizer');
    expect(await form.getSubject()).toMatchObject({
      ok: false,
      error: { name: 'GenericResponseError' },
    });
  });

  it('keeps Office’s error code, and turns what office.js throws into a refusal', async () => {
    const mock = composeMock();
    const item = (mock.office.context.mailbox as unknown as { item: Record<string, unknown> })
      .item as { getItemIdAsync: unknown; subject: { setAsync: unknown } };
    item.getItemIdAsync = (...args: unknown[]) =>
      (lastFn(args) as (r: unknown) => void)({
        status: 'failed',
        error: { name: 'InternalServerError', message: 'x', code: 9042 },
      });
    item.subject.setAsync = () => {
      throw Object.assign(new Error('Sys.ArgumentOutOfRangeException: out of range'), {
        name: 'Sys.ArgumentOutOfRangeException',
      });
    };
    const form = officeMeetingForm(mock.office, 'organizer');
    expect(await form.getItemRestId()).toEqual({
      ok: false,
      error: { name: 'InternalServerError', message: 'x', code: 9042 },
    });
    expect(await form.setSubject('T'.repeat(256))).toMatchObject({
      ok: false,
      error: { name: 'Sys.ArgumentOutOfRangeException' },
    });
  });

  it('follows the form by Outlook’s events from Mailbox 1.7, and says where it cannot', async () => {
    const handlers = new Map<string, () => void>();
    const { office, rec } = composeMock({ handlers });
    const seen: string[] = [];
    const followed = await officeMeetingForm(office, 'organizer').followChanges((change) =>
      seen.push(change),
    );
    expect(followed.ok && typeof followed.value).toBe('function');
    handlers.get('olkRecipientsChanged')?.();
    handlers.get('olkAppointmentTimeChanged')?.();
    expect(seen).toEqual(['recipients', 'time']);
    if (followed.ok) followed.value?.();
    expect(handlers.size).toBe(0);
    expect(rec.calls).toEqual([
      'on:olkRecipientsChanged',
      'on:olkAppointmentTimeChanged',
      'off:olkRecipientsChanged',
      'off:olkAppointmentTimeChanged',
    ]);

    const older = composeMock({ mailbox: '1.6', handlers });
    expect(await officeMeetingForm(older.office, 'organizer').followChanges(() => 0)).toEqual({
      ok: true,
      value: undefined,
    });
    expect(older.rec.calls).toEqual([]);
  });

  it('has no id before the item is saved, and a REST id after', async () => {
    expect(await officeMeetingForm(composeMock().office, 'organizer').getItemRestId()).toEqual({
      ok: true,
      value: undefined,
    });
    const saved = officeMeetingForm(composeMock({ saved: true }).office, 'organizer');
    expect(await saved.getItemRestId()).toEqual({ ok: true, value: 'rest(AAMk+id/1,v2.0)' });
  });

  it('keeps custom properties of others when it sets its own, and saves them', async () => {
    const { office, rec } = composeMock();
    const form = officeMeetingForm(office, 'organizer');
    expect(await form.getCustomProperty('nmPlanId')).toEqual({ ok: true, value: undefined });
    await form.setCustomProperty('nmPlanId', 'plan-1');
    expect(await form.getCustomProperty('nmPlanId')).toEqual({ ok: true, value: 'plan-1' });
    expect(rec.props['other']).toBe('kept');
    expect(rec.calls).toEqual(['prop.set:nmPlanId', 'prop.save']);
  });

  it('keeps session data for the send check, undefined until set', async () => {
    const form = officeMeetingForm(composeMock().office, 'organizer');
    expect(await form.getSessionData('nm-plan')).toEqual({ ok: true, value: undefined });
    await form.setSessionData('nm-plan', '{"id":"p"}');
    expect(await form.getSessionData('nm-plan')).toEqual({ ok: true, value: '{"id":"p"}' });
  });
});

describe('the meeting form over Office.js, read mode (an attendee)', () => {
  function readMock() {
    return new OfficeMockObject(
      {
        host: 'outlook',
        context: {
          displayLanguage: 'en-GB',
          mailbox: {
            userProfile: { emailAddress: 'birgitte.holm@egeskov.example' },
            convertToRestId: (id: string) => id.replaceAll('/', '-').replaceAll('+', '_'),
            item: {
              itemType: 'appointment',
              itemId: 'AAMk+copy/2',
              subject: 'Netværksmøde',
              start: new Date('2027-03-11T10:00:00Z'),
              end: new Date('2027-03-11T13:00:00Z'),
              location: 'Rådhuset',
              requiredAttendees: details([{ email: 'b@egeskov.example', displayName: 'B' }]),
              optionalAttendees: [],
              body: { getAsync: (_c: string, cb: Cb) => succeed(cb, '<p>NM-ref: p1</p>') },
            },
          },
        },
      },
      OUTLOOK,
    ) as unknown as OfficeApi;
  }

  it('reads plain values and the attendee’s own copy’s REST id', async () => {
    const form = officeMeetingForm(readMock(), 'attendee');
    expect(await form.getSubject()).toEqual({ ok: true, value: 'Netværksmøde' });
    expect(await form.getEnd()).toEqual({ ok: true, value: new Date('2027-03-11T13:00:00Z') });
    expect(await form.getAttendees('required')).toEqual({
      ok: true,
      value: [{ email: 'b@egeskov.example', displayName: 'B' }],
    });
    expect(await form.getBodyHtml()).toEqual({ ok: true, value: '<p>NM-ref: p1</p>' });
    expect(await form.getItemRestId()).toEqual({ ok: true, value: 'AAMk_copy-2' });
  });

  it('refuses to change an attendee’s copy', async () => {
    const form = officeMeetingForm(readMock(), 'attendee');
    expect(await form.setSubject('x')).toMatchObject({
      ok: false,
      error: { name: 'ReadModeItem' },
    });
    expect(await form.addAttendees('required', people(1))).toMatchObject({ ok: false });
  });
});

describe('what kind of item is open', () => {
  it('tells a meeting, a meeting request or cancellation in the inbox, and any other message', () => {
    expect(itemKindOf({ itemType: 'appointment' })).toBe('appointment');
    expect(itemKindOf({ itemType: 'message', itemClass: 'IPM.Schedule.Meeting.Request' })).toBe(
      'meetingMessage',
    );
    expect(itemKindOf({ itemType: 'message', itemClass: 'IPM.Schedule.Meeting.Canceled' })).toBe(
      'meetingMessage',
    );
    // An answer to the organiser is a meeting message too, but not about the user's copy.
    expect(itemKindOf({ itemType: 'message', itemClass: 'IPM.Schedule.Meeting.Resp.Pos' })).toBe(
      'message',
    );
    expect(itemKindOf({ itemType: 'message', itemClass: 'IPM.Note' })).toBe('message');
  });
});
