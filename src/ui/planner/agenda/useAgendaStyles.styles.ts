import { makeStyles, tokens } from '@fluentui/react-components';

/** The agenda editor's layout: one bordered row per block, fields wrapping on narrow tabs. */
export const useAgendaStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyle: 'none', display: 'grid', gap: tokens.spacingVerticalS },
  row: {
    display: 'grid',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  over: { outline: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}` },
  heading: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  handle: { cursor: 'grab', color: tokens.colorNeutralForeground3, flexShrink: 0 },
  time: { flexGrow: 1, fontVariantNumeric: 'tabular-nums', fontWeight: tokens.fontWeightSemibold },
  buttons: { display: 'flex', flexShrink: 0 },
  fields: {
    display: 'grid',
    gridTemplateColumns: '8em 7em minmax(0, 3fr) minmax(0, 2fr)',
    gap: tokens.spacingHorizontalM,
    '@media (max-width: 700px)': { gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)' },
  },
  wide: { minWidth: 0 },
  dropdown: { minWidth: 'auto', width: '100%' },
  hint: { color: tokens.colorNeutralForeground3 },
});
