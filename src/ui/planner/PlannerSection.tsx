import { Badge, Button, mergeClasses } from '@fluentui/react-components';
import { ChevronDownRegular, ChevronRightRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import { useStrings } from '../StringsContext';
import type { PlannerSectionId, SectionTally } from './plannerSections';
import { usePlannerSectionStyles } from './usePlannerSectionStyles.styles';

/** Each section's heading id; the programme's is the one a fix jump focuses (`fixTargetOf`). */
const HEADING_ID: Readonly<Record<PlannerSectionId, string>> = {
  meeting: 'meeting-heading',
  workplaces: 'workplaces-heading',
  people: 'people-heading',
  programme: 'agenda-heading',
  invitation: 'preview-heading',
};

/**
 * One part of the planner under a heading that opens and closes it and tells what is left in it
 * ("2 fejl", "Intet at rette"). A closed section stays drawn (hidden), so its searches, spinners
 * and typed text survive closing it.
 */
export function PlannerSection(props: {
  readonly section: PlannerSectionId;
  readonly step: number;
  readonly title: string;
  readonly tally: SectionTally;
  readonly open: boolean;
  readonly onToggle: () => void;
  readonly children: ReactNode;
}) {
  const t = useStrings();
  const styles = usePlannerSectionStyles();
  const headingId = HEADING_ID[props.section];
  const bodyId = `${props.section}-section`;
  const tallyId = `${props.section}-tally`;
  const { errors, warnings } = props.tally;
  return (
    <section
      className={styles.section}
      aria-labelledby={headingId}
      data-section={props.section}
      data-open={props.open}
    >
      <div className={styles.header}>
        {/* The step number is for the eye; the heading is named by the title alone. */}
        <h3 className={styles.heading} id={headingId} tabIndex={-1}>
          <Button
            appearance="subtle"
            className={styles.toggle}
            icon={props.open ? <ChevronDownRegular /> : <ChevronRightRegular />}
            aria-expanded={props.open}
            aria-controls={bodyId}
            aria-describedby={tallyId}
            onClick={props.onToggle}
          >
            <span className={styles.step} aria-hidden>{`${props.step}.`}</span>&nbsp;{props.title}
          </Button>
        </h3>
        <span className={styles.tally} id={tallyId} data-testid="section-tally">
          {errors > 0 ? (
            <Badge appearance="tint" color="danger">
              {t('sectionErrors', { n: errors })}
            </Badge>
          ) : null}
          {warnings > 0 ? (
            <Badge appearance="tint" color="warning">
              {t('sectionWarnings', { n: warnings })}
            </Badge>
          ) : null}
          {errors === 0 && warnings === 0 ? (
            <Badge appearance="tint" color="success">
              {t('sectionDone')}
            </Badge>
          ) : null}
        </span>
      </div>
      <div
        id={bodyId}
        className={mergeClasses(styles.body, !props.open && styles.closed)}
        hidden={!props.open}
      >
        {props.children}
      </div>
    </section>
  );
}
