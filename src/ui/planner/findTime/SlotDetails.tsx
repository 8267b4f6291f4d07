import { Badge, Body1, Body1Strong } from '@fluentui/react-components';
import type { RankedSlot } from '../../../domain';
import { useLocale, useStrings } from '../../StringsContext';
import { mustHaveName, slotLines } from './slotNoteText';
import { useFindTimeStyles } from './useFindTimeStyles.styles';

/**
 * What a slot is worth: when, a badge saying whether it works (or who of those the meeting
 * cannot do without is missing), then who else cannot come and whose calendar is unknown.
 */
export function SlotDetails(props: {
  readonly slot: RankedSlot;
  /** The heading: the slot's time, or what it is ("The plan's time: …"). */
  readonly heading: string;
  /** Words of the badge when every must-have can come, and when some cannot (their names). */
  readonly works: string;
  readonly missing: (names: string) => string;
  /** A line before the notes, e.g. that the day is a holiday. */
  readonly remark?: string | undefined;
}) {
  const t = useStrings();
  const locale = useLocale();
  const styles = useFindTimeStyles();
  const { slot: s } = props;
  return (
    <div className={styles.what}>
      <div className={styles.head}>
        <Body1Strong>{props.heading}</Body1Strong>
        {s.allMustHavesFree ? (
          <Badge appearance="tint" color="success" className={styles.badge}>
            {props.works}
          </Badge>
        ) : (
          <Badge appearance="tint" color="danger" className={styles.badge}>
            {props.missing(
              s.uncovered.map((u) => mustHaveName(u.mustHave.subject, t, locale)).join(', '),
            )}
          </Badge>
        )}
      </div>
      {props.remark ? <Body1 className={styles.missing}>{props.remark}</Body1> : null}
      {slotLines(s.notes, t, locale).map((line) => (
        <Body1
          key={line.code + line.text}
          data-note={line.code}
          className={
            line.code === 'mustHaveBusy'
              ? styles.missing
              : line.code === 'othersFree'
                ? styles.quiet
                : undefined
          }
        >
          {line.text}
        </Body1>
      ))}
    </div>
  );
}
