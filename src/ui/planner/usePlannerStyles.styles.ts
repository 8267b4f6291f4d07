import { makeStyles, tokens } from '@fluentui/react-components';

/** The planner's layout: the form on the left, coverage and Send always in view on the right. */
export const usePlannerStyles = makeStyles({
  // minmax(0, 1fr): a grid's one column may not grow past the window to fit a wide field.
  page: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: tokens.spacingVerticalL },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    '& > h2': { margin: 0 },
  },
  columns: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 2fr) minmax(280px, 1fr)',
    gap: tokens.spacingHorizontalXL,
    alignItems: 'start',
    '@media (max-width: 800px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  form: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: tokens.spacingVerticalL },
  fields: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(180px, 1fr))',
    gap: tokens.spacingHorizontalL,
  },
  aside: {
    position: 'sticky',
    top: tokens.spacingVerticalL,
    maxHeight: '100vh',
    overflowY: 'auto',
    display: 'grid',
    gap: tokens.spacingVerticalL,
  },
  status: { color: tokens.colorNeutralForeground3 },
  overrun: { color: tokens.colorPaletteDarkOrangeForeground1 },
});
