import type { INetworkModule, NetworkResponse } from '@azure/msal-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoTokenFor } from '../src/auth/demoToken';
import { type RunningEmulator, startEmulator } from '../src/emulator/server';
import { runScenario } from '../scripts/verifyTenant/scenario';
import { tenantTarget } from '../scripts/verifyTenant/tenantTarget';
import { UNCONFIRMED } from '../scripts/verifyTenant/unconfirmed';

const TENANT = '8a0f3c3e-4b6d-4e0e-9a57-3f0c5d7e2b11';
const CLIENT = '2d4f6a8c-1b3d-4e5f-8a7b-9c0d1e2f3a4b';
const NOW = Date.parse('2027-03-11T09:00:00Z');
const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/**
 * Entra ID's side of a device-code sign-in, answered in-process: discovery, the device code,
 * then tokens for the next user in line (the emulator's demo tokens, so Graph is the emulator).
 */
function fakeEntra(users: string[]): INetworkModule & { requests: string[] } {
  const requests: string[] = [];
  const base = `https://login.microsoftonline.com/${TENANT}`;
  const answer = <T>(body: unknown): Promise<NetworkResponse<T>> =>
    Promise.resolve({ headers: {}, status: 200, body: body as T });
  return {
    requests,
    sendGetRequestAsync<T>(url: string) {
      requests.push(`GET ${url.split('?')[0]}`);
      if (url.includes('/discovery/instance'))
        return answer<T>({
          tenant_discovery_endpoint: `${base}/v2.0/.well-known/openid-configuration`,
          metadata: [
            {
              preferred_network: 'login.microsoftonline.com',
              preferred_cache: 'login.windows.net',
              aliases: ['login.microsoftonline.com', 'login.windows.net'],
            },
          ],
        });
      return answer<T>({
        token_endpoint: `${base}/oauth2/v2.0/token`,
        authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
        device_authorization_endpoint: `${base}/oauth2/v2.0/devicecode`,
        end_session_endpoint: `${base}/oauth2/v2.0/logout`,
        issuer: `${base}/v2.0`,
        jwks_uri: `${base}/discovery/v2.0/keys`,
      });
    },
    sendPostRequestAsync<T>(url: string, options?: { body?: string }) {
      requests.push(`POST ${url.split('?')[0]}`);
      const form = new URLSearchParams(options?.body ?? '');
      if (url.endsWith('/devicecode'))
        return answer<T>({
          device_code: 'device-code',
          user_code: 'ABCD-EFGH',
          verification_uri: 'https://microsoft.com/devicelogin',
          expires_in: 900,
          interval: 1,
          message: 'To sign in, open https://microsoft.com/devicelogin and enter ABCD-EFGH.',
        });
      const upn = users.shift() ?? '';
      const oid = Buffer.from(upn).toString('hex').slice(0, 32);
      const now = Math.floor(Date.now() / 1000);
      const claims = {
        aud: CLIENT,
        iss: `${base}/v2.0`,
        iat: now,
        nbf: now,
        exp: now + 3600,
        name: upn,
        oid,
        sub: oid,
        tid: TENANT,
        preferred_username: upn,
        ver: '2.0',
      };
      return answer<T>({
        token_type: 'Bearer',
        scope: form.get('scope') ?? '',
        expires_in: 3600,
        ext_expires_in: 3600,
        access_token: demoTokenFor(upn),
        refresh_token: 'refresh',
        id_token: `${b64url({ alg: 'none', typ: 'JWT' })}.${b64url(claims)}.`,
        client_info: b64url({ uid: oid, utid: TENANT }),
      });
    },
  };
}

describe('verify:tenant’s --tenant mode, its sign-in answered in-process', () => {
  let emulator: RunningEmulator;
  const address = (key: 'organiser' | 'medChair' | 'medViceChair') =>
    emulator.core.user(emulator.core.tenant.key[key])?.mail ?? '';
  beforeAll(async () => {
    emulator = await startEmulator({ port: 0 });
  });
  afterAll(() => emulator.close());

  it('signs the organiser and the first test mailbox in with device codes and runs the scenario on their tokens', async () => {
    const printed: string[] = [];
    const entra = fakeEntra([address('organiser'), address('medChair')]);
    const target = await tenantTarget(
      {
        tenantId: TENANT,
        clientId: CLIENT,
        mailboxes: [address('medChair'), address('medViceChair')],
        attendeeSignIn: true,
        testSeams: { graphBaseUrl: emulator.url, networkClient: entra, deliveryTimeoutMs: 0 },
      },
      (line) => printed.push(line),
    );
    expect(printed.filter((l) => l.includes('enter ABCD-EFGH'))).toHaveLength(2);
    expect(target.organiser.email).toBe(address('organiser'));
    expect(target.attendee?.email).toBe(address('medChair'));
    // Each user: one device code, one token; every later token came from MSAL's memory.
    const rows = await runScenario(target, NOW);
    expect(entra.requests.filter((r) => r.startsWith('POST'))).toHaveLength(4);
    expect(rows.filter((r) => r.verdict === 'FAIL')).toEqual([]);
    expect(rows.find((r) => r.behaviour === 'read a group’s members')?.verdict).toBe('not run');
    // Every unconfirmed behaviour a tenant can show was observed; only those it never can are not.
    const never = new Set(UNCONFIRMED.flatMap((u) => (u.never === undefined ? [] : [u.never])));
    const notRun = rows.filter(
      (r) => r.behaviour.startsWith('unconfirmed: ') && r.verdict === 'not run',
    );
    expect(notRun.length).toBeGreaterThan(0);
    expect(notRun.filter((r) => !never.has(r.seen))).toEqual([]);
  }, 30_000);

  it('stops when the first test mailbox’s sign-in is someone else', async () => {
    const entra = fakeEntra([address('organiser'), address('medViceChair')]);
    await expect(
      tenantTarget(
        {
          tenantId: TENANT,
          clientId: CLIENT,
          mailboxes: [address('medChair'), address('medViceChair')],
          attendeeSignIn: true,
          testSeams: { graphBaseUrl: emulator.url, networkClient: entra, deliveryTimeoutMs: 0 },
        },
        () => undefined,
      ),
    ).rejects.toThrow(`Signed in as ${address('medViceChair')}, not ${address('medChair')}.`);
  });
});
