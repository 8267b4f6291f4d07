import { Button } from '@fluentui/react-components';
import { useStrings } from './StringsContext';

/**
 * The booked meeting in Outlook, and its Teams meeting when it has one: the two links every
 * screen of a sent meeting offers, side by side in the caller's row.
 */
export function MeetingLinks(props: {
  readonly webLink: string;
  readonly joinUrl?: string | undefined;
}) {
  const t = useStrings();
  return (
    <>
      <Button as="a" href={props.webLink} target="_blank" rel="noreferrer">
        {t('openInOutlook')}
      </Button>
      {props.joinUrl ? (
        <Button as="a" href={props.joinUrl} target="_blank" rel="noreferrer">
          {t('joinTeams')}
        </Button>
      ) : null}
    </>
  );
}
