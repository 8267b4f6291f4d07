import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { createContext, useContext, useEffect, useState } from 'react';
import { RetryFeed, type RetryProgress } from '../app/retryFeed';
import { useStrings } from './StringsContext';

/** The app's retry feed; a silent one where nobody provides it (tests, the demo before sign-in). */
export const RetryFeedContext = createContext<RetryFeed>(new RetryFeed());

const useStyles = makeStyles({ notice: { color: tokens.colorPaletteDarkOrangeForeground1 } });

/** "Microsoft 365 is busy: trying again in 4 s (attempt 2 of 3)", while `active`. */
export function RetryNotice({ active }: { readonly active: boolean }) {
  const t = useStrings();
  const styles = useStyles();
  const feed = useContext(RetryFeedContext);
  const [progress, setProgress] = useState<RetryProgress | undefined>();
  useEffect(() => feed.subscribe(setProgress), [feed]);
  useEffect(() => {
    if (!active) setProgress(undefined);
  }, [active]);
  if (!active || !progress) return null;
  return (
    <Caption1 role="status" className={styles.notice}>
      {t('retrying', {
        seconds: progress.seconds,
        attempt: progress.attempt,
        of: progress.maxRetries,
      })}
    </Caption1>
  );
}
