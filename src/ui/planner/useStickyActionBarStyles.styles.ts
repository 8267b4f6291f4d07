import { makeStyles, tokens } from '@fluentui/react-components';

/** The width from which the findings and Send stand beside the form (`usePlannerStyles`). */
export const BESIDE_FROM = '801px';

/** Send at the bottom of the window while the findings are not beside the form. */
export const useStickyActionBarStyles = makeStyles({
  bar: {
    position: 'sticky',
    bottom: 0,
    zIndex: 1,
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    boxShadow: tokens.shadow8,
    [`@media (min-width: ${BESIDE_FROM})`]: { display: 'none' },
  },
  send: { flexGrow: 1, maxWidth: '100%' },
});
