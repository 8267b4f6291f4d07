/**
 * The demo tenant's access tokens: not secret, they only name the user, so the emulator knows
 * whose mailbox a request is about. Real tokens come from Entra ID.
 */
const PREFIX = 'demo.';

/** A demo token for a user principal name. */
export function demoTokenFor(userPrincipalName: string): string {
  const bytes = new TextEncoder().encode(userPrincipalName);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return PREFIX + btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The user principal name a demo token names, or undefined if it is not a demo token. */
export function userFromDemoToken(token: string): string | undefined {
  if (!token.startsWith(PREFIX)) return undefined;
  try {
    const binary = atob(token.slice(PREFIX.length).replace(/-/g, '+').replace(/_/g, '/'));
    return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return undefined;
  }
}
