import { useSyncExternalStore } from 'react';
import type { AuthProvider, AuthState, SignedInAccount } from '../auth/authProvider';

/** The provider's sign-in state, re-rendering on every change. */
export function useAuth(auth: AuthProvider): {
  state: AuthState;
  account: SignedInAccount | undefined;
  error: string | undefined;
} {
  // The snapshot only tells React when something changed; the values are read from the provider.
  useSyncExternalStore(
    (onChange) => auth.onChange(onChange),
    () => `${auth.state}|${auth.account?.username ?? ''}|${auth.error ?? ''}`,
  );
  return { state: auth.state, account: auth.account, error: auth.error };
}
