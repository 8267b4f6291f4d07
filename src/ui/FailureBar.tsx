import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { GraphFailure } from '../app/graphFailure';
import { failureText } from './failureText';
import { useLocale } from './StringsContext';

/** A failed call to Microsoft 365 in plain words, or nothing when there is none. */
export function FailureBar({ failure }: { readonly failure: GraphFailure | undefined }) {
  const locale = useLocale();
  if (!failure) return null;
  return (
    <MessageBar intent="error">
      <MessageBarBody>{failureText(failure, locale)}</MessageBarBody>
    </MessageBar>
  );
}
