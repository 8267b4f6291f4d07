import { type AuthProvider, ObservableAuth } from './authProvider';
import { demoTokenFor } from './demoToken';

/** A person of the demo tenant one can sign in as. */
export interface DemoPerson {
  readonly role: string;
  readonly displayName: string;
  readonly userPrincipalName: string;
  readonly jobTitle?: string;
}

const REMEMBERED = 'nm.demoUser';

/**
 * Sign-in on the demo tenant: the user picks a demo person; tokens name that person for the
 * emulator. Remembers the choice (a name, never a token) for the browser tab's session. In a
 * host (the demo Teams host) the host's user is offered first, and someone else remembered from
 * earlier in the session is not signed in behind the host's back.
 */
export class DemoAuthProvider extends ObservableAuth implements AuthProvider {
  readonly kind = 'demo' as const;
  private chosen: DemoPerson | undefined;
  /** The demo person the host says is signed in to it (its login hint), offered first. */
  readonly suggested: DemoPerson | undefined;

  constructor(
    readonly people: readonly DemoPerson[],
    private readonly storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | undefined,
    hostUser?: string,
  ) {
    super();
    const same = (a: string, b: string | null | undefined) => a.toLowerCase() === b?.toLowerCase();
    this.suggested = people.find((p) => same(p.userPrincipalName, hostUser));
    const remembered = storage?.getItem(REMEMBERED);
    const person = people.find((p) => same(p.userPrincipalName, remembered));
    if (person && (!this.suggested || person === this.suggested)) this.signInAs(person);
  }

  /** Signs in as a demo person. */
  signInAs(person: DemoPerson): void {
    this.chosen = person;
    this.storage?.setItem(REMEMBERED, person.userPrincipalName);
    this.set('signedIn', { name: person.displayName, username: person.userPrincipalName });
  }

  async signIn(): Promise<void> {
    const first = this.people[0];
    if (first) this.signInAs(first);
  }

  async signOut(): Promise<void> {
    this.chosen = undefined;
    this.storage?.removeItem(REMEMBERED);
    this.set('signedOut');
  }

  async getAccessToken(): Promise<string> {
    if (!this.chosen) throw new Error('No demo person is signed in.');
    return demoTokenFor(this.chosen.userPrincipalName);
  }
}

/** The demo people the emulator offers, read from its control endpoint. */
export async function loadDemoPeople(
  graphBaseUrl: string,
  fetchImpl: typeof fetch = fetch,
): Promise<DemoPerson[]> {
  const res = await fetchImpl(`${graphBaseUrl.replace(/\/+$/, '')}/_emulator/tenant`);
  if (!res.ok) throw new Error(`The demo tenant did not answer (${res.status}).`);
  const tenant = (await res.json()) as {
    people: { role: string; displayName: string; userPrincipalName: string; jobTitle?: string }[];
  };
  const seen = new Set<string>();
  return tenant.people.filter(
    (p) => !seen.has(p.userPrincipalName) && seen.add(p.userPrincipalName),
  );
}
