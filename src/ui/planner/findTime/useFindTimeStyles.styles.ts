import { makeStyles, tokens } from '@fluentui/react-components';

/** Styles of the find-a-time card and its slots. */
export const useFindTimeStyles = makeStyles({
  controls: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'end',
    gap: tokens.spacingHorizontalL,
  },
  intro: { color: tokens.colorNeutralForeground2 },
  // The slots' width, not the window's, decides whether a slot's button fits beside its text:
  // the card sits in the planner's column and in the follow-up's full width alike.
  list: {
    margin: 0,
    padding: 0,
    listStyle: 'none',
    display: 'grid',
    gap: tokens.spacingVerticalS,
    containerType: 'inline-size',
  },
  slot: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) auto',
    gap: tokens.spacingHorizontalM,
    alignItems: 'center',
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    // Narrow: the text takes the whole width and the button goes under it.
    '@container (max-width: 480px)': {
      gridTemplateColumns: 'minmax(0, 1fr)',
      justifyItems: 'start',
    },
  },
  own: {
    display: 'grid',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  what: { display: 'grid', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  head: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  // A long "Mangler: …" wraps inside the badge instead of running over the next line.
  badge: {
    height: 'auto',
    minHeight: '20px',
    whiteSpace: 'normal',
    textAlign: 'start',
    maxWidth: '100%',
    paddingTop: '1px',
    paddingBottom: '1px',
  },
  missing: { color: tokens.colorPaletteRedForeground1 },
  quiet: { color: tokens.colorNeutralForeground2 },
});
