import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EmulatorHarness, startHarness } from '../emulator/harness.testSupport';
import { createGraphClient, networkMeetingGraph, type TokenSource } from '../graph';
import { describeGraphFailure } from './graphFailure';

let h: EmulatorHarness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const noWait = { sleep: () => Promise.resolve() };

async function failureOf(call: () => Promise<unknown>) {
  const error = await call().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeDefined();
  return describeGraphFailure(error);
}

describe('what a failure is called', () => {
  it('calls a fetch that got no answer offline, worth trying again', async () => {
    const unplugged: typeof fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    const graph = networkMeetingGraph(h.client('organiser', { fetch: unplugged }));
    const failure = await failureOf(() => graph.me());
    expect(failure).toMatchObject({ kind: 'offline', retryable: true });
    expect(failure.message.en).toContain('No connection to Microsoft 365');
  });

  it('calls a dropped connection offline too', async () => {
    h.emulator.faults.set([{ method: 'GET', path: '^/me$', dropAfterCommit: true }]);
    const failure = await failureOf(() => networkMeetingGraph(h.client('organiser')).me());
    expect(failure.kind).toBe('offline');
  });

  it('calls the app’s own failure inside a Graph call unexpected, not offline', async () => {
    // A token source that breaks (as MSAL can) throws before any request is sent.
    const broken: TokenSource = {
      getAccessToken: () => Promise.reject(new TypeError('Cannot read properties of undefined')),
    };
    const graph = networkMeetingGraph(
      createGraphClient({ baseUrl: h.emulator.url, tokens: broken, retry: noWait }),
    );
    const failure = await failureOf(() => graph.me());
    expect(failure).toMatchObject({ kind: 'unexpected', retryable: false });
    expect(failure.message.en).not.toContain('No connection');
    expect(failure.message.en).toContain('Cannot read properties of undefined');
  });

  it('calls a bug outside any Graph call unexpected', () => {
    const failure = describeGraphFailure(new RangeError('Invalid time value'));
    expect(failure).toMatchObject({ kind: 'unexpected', retryable: false });
    expect(failure.message.da).toBe('Der skete en uventet fejl: RangeError: Invalid time value');
    expect(failure.requestId).toBeUndefined();
  });

  it('calls an answer nobody planned for unexpected, with the request id Graph logged', async () => {
    h.emulator.faults.set([{ method: 'GET', path: '^/me$', status: 500 }]);
    const failure = await failureOf(() => networkMeetingGraph(h.client('organiser')).me());
    expect(failure).toMatchObject({ kind: 'unexpected', retryable: false });
    expect(failure.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });
});
