import { makeStyles, tokens } from '@fluentui/react-components';

/** The agenda editor's layout: one bordered row per block, fields wrapping on narrow tabs. */
export const useAgendaStyles = makeStyles({
  list: {
    margin: 0,
    padding: 0,
    listStyle: 'none',
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    gap: tokens.spacingVerticalS,
  },
  row: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  over: { outline: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}` },
  heading: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: 0 },
  handle: { cursor: 'grab', color: tokens.colorNeutralForeground3, flexShrink: 0 },
  time: {
    flexGrow: 1,
    minWidth: 0,
    overflowWrap: 'anywhere',
    fontVariantNumeric: 'tabular-nums',
    fontWeight: tokens.fontWeightSemibold,
  },
  buttons: { display: 'flex', flexShrink: 0 },
  badge: { flexShrink: 0 },
  fields: {
    display: 'grid',
    gridTemplateColumns: '8em 7em minmax(0, 3fr) minmax(0, 2fr)',
    gap: tokens.spacingHorizontalM,
    '@media (max-width: 700px)': { gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)' },
  },
  // Narrow: start and length side by side, the title and the presenters each a full line.
  wide: { minWidth: 0, '@media (max-width: 700px)': { gridColumn: '1 / -1' } },
  dropdown: { minWidth: 0, width: '100%' },
  // Many presenters wrap inside the box rather than push it past the row.
  dropdownButton: { minWidth: 0, overflowWrap: 'anywhere', textAlign: 'start' },
  hint: { color: tokens.colorNeutralForeground3 },
});
