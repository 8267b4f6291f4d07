import { Body1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  part: { display: 'grid', gap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalS },
});

/**
 * One part of a list of meetings, those ahead or those before: its heading and its list, named
 * by `labelledBy` (the heading's id and any before it). With no meetings it says `empty`, or
 * shows nothing.
 */
export function MeetingsPart(props: {
  readonly id: string;
  readonly heading: string;
  readonly labelledBy?: string | undefined;
  readonly listClassName: string;
  readonly empty?: string | undefined;
  readonly children: readonly ReactNode[];
}) {
  const styles = useStyles();
  if (props.children.length === 0 && !props.empty) return null;
  return (
    <div className={styles.part}>
      <Subtitle2 as="h3" id={props.id}>
        {props.heading}
      </Subtitle2>
      {props.children.length === 0 ? <Body1>{props.empty}</Body1> : null}
      {props.children.length > 0 ? (
        <ul className={props.listClassName} aria-labelledby={props.labelledBy ?? props.id}>
          {props.children}
        </ul>
      ) : null}
    </div>
  );
}
