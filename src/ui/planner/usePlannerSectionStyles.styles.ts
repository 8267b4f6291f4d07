import { makeStyles, tokens } from '@fluentui/react-components';

/** A collapsible section of the planner: a header row (title, what is left), then its cards. */
export const usePlannerSectionStyles = makeStyles({
  section: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    gap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
  },
  heading: { margin: 0, minWidth: 0 },
  toggle: {
    minWidth: 0,
    justifyContent: 'flex-start',
    textAlign: 'start',
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  step: { color: tokens.colorNeutralForeground3, fontVariantNumeric: 'tabular-nums' },
  tally: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  body: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    gap: tokens.spacingVerticalL,
    minWidth: 0,
  },
  // The class's display would otherwise win over the hidden attribute's.
  closed: { display: 'none' },
});
