import vm from 'node:vm';
import { renderInvite, sessionPlanText, type MeetingPlan } from '../src/domain';
import { formOf } from '../src/domain/testBuilders.testSupport';
import { PLAN_ID_PROPERTY, PLAN_SESSION_KEY } from '../src/host/outlook/meetingForm';

/**
 * The built send check (`outlook-send.js`) as classic Outlook for Windows runs it: a bare
 * JavaScript context (`vm`) with no DOM, no `fetch`, no `Intl` (office-js#4631 reports it
 * missing in build 2406), Office's `Office` object and nothing else. Shared by the browser tests'
 * runtime checks (`tests/e2e/outlookSendFile.e2e.test.ts`) and `npm run bench`.
 */

/** What `event.completed` is given. */
export interface CompletedOptions {
  readonly allowEvent: boolean;
  readonly errorMessage?: string;
  readonly cancelLabel?: string;
  readonly commandId?: string;
}

type Callback = (result: unknown) => void;

/** What a meeting form holds, in Office's shapes. */
export interface ComposeState {
  readonly body: string;
  readonly session?: Readonly<Record<string, string>>;
  readonly customProperties?: Readonly<Record<string, string>>;
  readonly required?: readonly { emailAddress: string; displayName: string }[];
  readonly optional?: readonly { emailAddress: string; displayName: string }[];
  readonly start?: Date;
  readonly end?: Date;
}

/** The form the organiser's pane leaves for a plan: its body, session, mark, people and times. */
export function formWithPlan(plan: MeetingPlan, inForm: MeetingPlan = plan): ComposeState {
  const form = formOf(inForm);
  const people = (attendance: 'required' | 'optional') =>
    inForm.invitees
      .filter((i) => i.attendance === attendance)
      .map((i) => ({ emailAddress: i.email, displayName: i.name }));
  return {
    body: renderInvite(plan, 'da').html,
    session: { [PLAN_SESSION_KEY]: sessionPlanText(plan) },
    customProperties: { [PLAN_ID_PROPERTY]: plan.id },
    required: people('required'),
    optional: people('optional'),
    start: new Date(form.start),
    end: new Date(form.end),
  };
}

/**
 * Office's compose item over a state, answering in a microtask with Office's result shape. Calls
 * named in `refuse` fail with Office's `GenericResponseError`; `calls` records every call.
 */
export function composeItem(state: ComposeState, refuse: readonly string[] = [], calls?: string[]) {
  const answer = (name: string, value: () => unknown) => (cb: Callback) => {
    calls?.push(name);
    queueMicrotask(() =>
      cb(
        refuse.includes(name)
          ? { status: 'failed', error: { name: 'GenericResponseError', message: name } }
          : { status: 'succeeded', value: value() },
      ),
    );
  };
  const last = (args: unknown[]) => args[args.length - 1] as Callback;
  const field = (name: string, value: () => unknown) => ({
    getAsync: (...args: unknown[]) => answer(name, value)(last(args)),
  });
  return {
    body: field('body', () => state.body),
    sessionData: {
      getAsync: (key: string, cb: Callback) =>
        answer('sessionData', () => state.session?.[key] ?? '')(cb),
    },
    loadCustomPropertiesAsync: (cb: Callback) =>
      answer('customProperties', () => ({
        get: (name: string) => state.customProperties?.[name],
        set: () => undefined,
        saveAsync: () => undefined,
      }))(cb),
    requiredAttendees: field('requiredAttendees', () => state.required ?? []),
    optionalAttendees: field('optionalAttendees', () => state.optional ?? []),
    start: field('start', () => state.start),
    end: field('end', () => state.end),
  };
}

/** Outlook as the runtime shows it: its language, requirement sets, user and the item. */
export interface RuntimeOutlook {
  readonly item: unknown;
  readonly displayLanguage?: string;
  /** The Mailbox requirement set the client supports, e.g. `1.13` or `1.14`. */
  readonly mailbox?: string;
  /** Leave out `userProfile`, as some clients do. */
  readonly noUserProfile?: boolean;
}

/** A loaded send file: the handler it registered, and whether anything ran before that. */
export interface LoadedSendFile {
  readonly handler: ((event: { completed: (o: CompletedOptions) => void }) => void) | undefined;
  readonly names: readonly string[];
  /** Globals the file read before it called `Office.actions.associate` (with `trap`). */
  readonly touchedFirst: readonly string[];
}

function versionAtLeast(have: string, want: string): boolean {
  const [a = 0, b = 0] = have.split('.').map(Number);
  const [c = 0, d = 0] = want.split('.').map(Number);
  return a > c || (a === c && b >= d);
}

/** Office's `Office` for a client, with the handlers it registers. */
function officeFor(outlook: RuntimeOutlook) {
  const handlers = new Map<string, LoadedSendFile['handler']>();
  const state = { associated: false };
  const mailbox = outlook.mailbox ?? '1.13';
  const office = {
    context: {
      displayLanguage: outlook.displayLanguage ?? 'da-DK',
      requirements: {
        isSetSupported: (name: string, version: string) =>
          name === 'Mailbox' && versionAtLeast(mailbox, version),
      },
      mailbox: {
        ...(outlook.noUserProfile
          ? {}
          : { userProfile: { emailAddress: 'signe@egeskov.example' } }),
        item: outlook.item,
      },
    },
    actions: {
      associate: (name: string, fn: LoadedSendFile['handler']) => {
        state.associated = true;
        handlers.set(name, fn);
      },
    },
  };
  return { office, handlers, state };
}

/**
 * Loads the send file into this realm, an ordinary JavaScript global (a `vm` context intercepts
 * every global read, about a hundred times slower than V8's own, which classic Outlook's runtime
 * does not): for timing the decision. `Office` and the clock are its parameters, so nothing of
 * this realm changes; the vm tests show the file uses no `Intl`.
 */
export function loadSendFileHere(
  code: string,
  outlook: RuntimeOutlook,
  options: { readonly now: number },
): LoadedSendFile {
  const { office, handlers } = officeFor(outlook);
  const now = options.now;
  const FixedDate = class extends Date {
    constructor(...args: [] | [number]) {
      if (args.length) super(...args);
      else super(now);
    }
    static override now() {
      return now;
    }
  };
  // The built file, with Office and the clock as its only free names besides the builtins.
  new Function('Office', 'Date', code)(office, FixedDate);
  return {
    handler: handlers.get('onAppointmentSendHandler'),
    names: [...handlers.keys()],
    touchedFirst: [],
  };
}

/**
 * Loads the send file into a fresh context: no DOM, no `fetch`, no `Intl`, the clock at `now`.
 * With `trap`, every global of the context throws when read until `Office.actions.associate`
 * is called, and is recorded: a file that touches anything before registering fails to load.
 */
export function loadSendFile(
  code: string,
  outlook: RuntimeOutlook,
  options: { readonly now: number; readonly trap?: boolean },
): LoadedSendFile {
  const touchedFirst: string[] = [];
  const { office, handlers, state } = officeFor(outlook);
  const context = vm.createContext({});
  vm.runInContext(
    `delete globalThis.Intl;
     Date = class extends Date {
       constructor(...a) { if (a.length) super(...a); else super(${options.now}); }
       static now() { return ${options.now}; }
     };`,
    context,
  );
  if (options.trap) {
    // Every configurable global (Object, Promise, Array, JSON, Date, …) throws when read, until
    // associate is called. What the trap itself needs is taken before it is set.
    const arm = vm.runInContext(
      `(function (state, touched) {
         const g = globalThis;
         const define = Object.defineProperty;
         const describe = Object.getOwnPropertyDescriptor;
         const Failure = Error;
         const names = Object.getOwnPropertyNames(g).filter((name) => describe(g, name).configurable);
         for (const name of names) {
           const value = g[name];
           define(g, name, {
             configurable: true,
             get() {
               if (state.associated) return value;
               touched.push(name);
               throw new Failure('read before Office.actions.associate: ' + name);
             },
           });
         }
       })`,
      context,
    ) as (s: typeof state, t: string[]) => void;
    arm(state, touchedFirst);
  }
  (vm.runInContext('(o) => { this.Office = o; }', context) as (o: unknown) => void)(office);
  vm.runInContext(code, context, { filename: 'outlook-send.js' });
  return {
    handler: handlers.get('onAppointmentSendHandler'),
    names: [...handlers.keys()],
    touchedFirst,
  };
}

/** Raises Send: the first answer the handler gives (and fails on a second one). */
export function send(loaded: LoadedSendFile): Promise<CompletedOptions> {
  return new Promise((resolve, reject) => {
    if (!loaded.handler) return reject(new Error('no handler registered'));
    let answers = 0;
    loaded.handler({
      completed: (o) => {
        answers += 1;
        if (answers > 1) reject(new Error('event.completed called twice'));
        else resolve(o);
      },
    });
  });
}
