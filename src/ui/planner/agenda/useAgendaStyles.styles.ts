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
  // The buttons go to a line of their own before a long word of the title would have to break.
  heading: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    minWidth: 0,
  },
  handle: { cursor: 'grab', color: tokens.colorNeutralForeground3, flexShrink: 0 },
  time: {
    flexGrow: 1,
    flexBasis: '14em',
    minWidth: 0,
    overflowWrap: 'break-word',
    fontVariantNumeric: 'tabular-nums',
    fontWeight: tokens.fontWeightSemibold,
  },
  buttons: { display: 'flex', flexShrink: 0, marginLeft: 'auto' },
  badge: { flexShrink: 0 },
  // Start, length and title on a line; the presenters (role names such as
  // "Arbejdsmiljørepræsentant (AMR)") a line of their own, wide enough for their words.
  fields: {
    display: 'grid',
    gridTemplateColumns: '8em 7em minmax(0, 1fr)',
    gap: tokens.spacingHorizontalM,
    '@media (max-width: 700px)': { gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)' },
  },
  // Narrow: start and length side by side, the title a full line.
  wide: { minWidth: 0, '@media (max-width: 700px)': { gridColumn: '1 / -1' } },
  full: { minWidth: 0, gridColumn: '1 / -1' },
  dropdown: { minWidth: 0, width: '100%' },
  // Many presenters wrap inside the box (between words) rather than push it past the row.
  dropdownButton: { minWidth: 0, overflowWrap: 'break-word', textAlign: 'start' },
  hint: { color: tokens.colorNeutralForeground3 },
});
