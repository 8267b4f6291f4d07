import { Body1, Button, Subtitle2 } from '@fluentui/react-components';
import { useStrings } from '../StringsContext';

/**
 * Who declined, and where their comment is: it reaches the organiser as a reply in their Outlook
 * inbox, which the app does not read (that would take Mail.Read), so it links to the meeting in
 * Outlook instead.
 */
export function DeclinedNote(props: {
  readonly names: readonly string[];
  readonly webLink: string;
}) {
  const t = useStrings();
  if (props.names.length === 0) return null;
  return (
    <section aria-labelledby="declined-heading" data-testid="declined-note">
      <Subtitle2 as="h3" id="declined-heading">
        {t('declinedBy', { n: props.names.length })}
      </Subtitle2>
      <Body1 as="p" block>
        {props.names.join(', ')}
      </Body1>
      <Body1 as="p" block>
        {t('declineCommentsInOutlook')}
      </Body1>
      <Button as="a" size="small" href={props.webLink} target="_blank" rel="noreferrer">
        {t('openAnswersInOutlook')}
      </Button>
    </section>
  );
}
