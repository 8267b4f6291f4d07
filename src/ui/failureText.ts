import type { GraphFailure } from '../app/graphFailure';
import type { Locale } from '../domain';
import { translator } from './strings';

/**
 * A failure as the UI says it: its message, and for an unexpected one the request id Graph
 * logged the call under, so that support can find it.
 */
export function failureText(failure: GraphFailure, locale: Locale): string {
  if (failure.kind !== 'unexpected' || !failure.requestId) return failure.message[locale];
  const id = translator(locale)('failureRequestId', { id: failure.requestId });
  return `${failure.message[locale]} ${id}`;
}
