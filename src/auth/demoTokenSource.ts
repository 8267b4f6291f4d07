import type { TokenSource } from '../graph';
import { demoTokenFor } from './demoToken';

/** Tokens for a demo-tenant user: the emulator reads the user from them. */
export function demoTokenSource(userPrincipalName: string): TokenSource {
  return { getAccessToken: () => Promise.resolve(demoTokenFor(userPrincipalName)) };
}
