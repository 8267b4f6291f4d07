/**
 * Who may reach the emulator. It holds the demo mailboxes and takes faults and resets, and its
 * demo tokens are no secret (`demo.` + the address), so the web page a developer happens to
 * visit must not call it: only the app's own dev origins (the dev server, the demo hosts, the
 * test servers) get CORS answers, a request from any other page is refused before it acts, and
 * the server listens on loopback only and answers only loopback host names (DNS rebinding).
 * Callers without an `Origin` (Node, curl, the address bar) are not web pages and may.
 */

/** The addresses the emulator may listen on. */
export const LOOPBACK_HOSTS: readonly string[] = ['127.0.0.1', 'localhost', '::1'];

/** True for a host name (as in a URL or a Host header, without the port) on this machine. */
export function isLoopbackHost(hostname: string): boolean {
  const bare = hostname.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  return LOOPBACK_HOSTS.includes(bare);
}

/** The host name of a Host header (`localhost:4000`, `[::1]:4000`), without the port. */
export function hostnameOf(hostHeader: string): string {
  const bracketed = /^\[([^\]]*)\]/.exec(hostHeader);
  if (bracketed) return bracketed[1] as string;
  return hostHeader.replace(/:\d*$/, '');
}

/** An origin as a browser sends it (`http://localhost:3000`), or undefined if it is not one. */
export function normalOrigin(origin: string): string | undefined {
  try {
    const url = new URL(origin);
    return url.origin === 'null' ? undefined : url.origin;
  } catch {
    return undefined;
  }
}

/** What to do with one request. */
export type OriginDecision =
  | {
      readonly ok: true;
      /** The origin to name in `Access-Control-Allow-Origin`, if any. */ readonly cors?: string;
    }
  | { readonly ok: false; readonly reason: string };

/** The origins whose pages may call the emulator, and the check every request passes. */
export class OriginPolicy {
  private readonly allowed = new Set<string>();

  constructor(origins: readonly string[] = []) {
    this.allow(...origins);
  }

  /** Lets pages of these origins call the emulator (a server started on a free port adds its own). */
  allow(...origins: readonly string[]): void {
    for (const origin of origins) {
      const normal = normalOrigin(origin);
      if (!normal) throw new Error(`Not an origin: ${origin}`);
      this.allowed.add(normal);
    }
  }

  /** The origins allowed now. */
  origins(): string[] {
    return [...this.allowed];
  }

  /** Decides a request by its `Host` and `Origin` headers. */
  decide(headers: {
    readonly host?: string | undefined;
    readonly origin?: string | undefined;
  }): OriginDecision {
    const host = headers.host ?? '';
    if (!isLoopbackHost(hostnameOf(host))) {
      return {
        ok: false,
        reason: `The emulator answers only on this machine, not as ${host || 'no host'}.`,
      };
    }
    if (headers.origin === undefined) return { ok: true };
    const origin = normalOrigin(headers.origin);
    if (origin && this.allowed.has(origin)) return { ok: true, cors: origin };
    return {
      ok: false,
      reason: `Pages of ${headers.origin} may not call the emulator; it answers the app's own dev origins only.`,
    };
  }
}
