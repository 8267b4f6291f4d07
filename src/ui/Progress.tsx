import { Spinner } from '@fluentui/react-components';
import { RetryNotice } from './RetryNotice';

/** A busy card's progress: what it is doing, and the retries while Microsoft 365 is busy. */
export function Progress({ label }: { readonly label: string | undefined }) {
  return (
    <>
      {label ? <Spinner size="tiny" labelPosition="after" label={label} /> : null}
      <RetryNotice active={label !== undefined} />
    </>
  );
}
