import { makeStyles, tokens } from '@fluentui/react-components';

/**
 * The stage: read from across a meeting room. Sizes follow the stage's height (at 1920 × 1080 the
 * current item is about 70 px, the countdown about 190 px), colours are theme tokens, so Teams'
 * dark and high-contrast themes and forced colours apply.
 */
export const useStageStyles = makeStyles({
  stage: {
    boxSizing: 'border-box',
    minHeight: '100vh',
    display: 'grid',
    gridTemplateRows: 'auto 1fr auto',
    gap: '3vh',
    padding: '4vh 5vw',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    overflowWrap: 'anywhere',
  },
  top: {
    display: 'flex',
    justifyContent: 'space-between',
    alignItems: 'baseline',
    gap: '3vw',
    borderBottom: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    paddingBottom: '2vh',
  },
  title: { margin: 0, fontSize: '4vh', lineHeight: 1.2, fontWeight: tokens.fontWeightSemibold },
  clock: { margin: 0, fontSize: '6vh', lineHeight: 1, fontVariantNumeric: 'tabular-nums' },
  clockLabel: { fontSize: '2.6vh', marginRight: '1vw', color: tokens.colorNeutralForeground2 },
  now: { display: 'grid', alignContent: 'center', gap: '1.5vh' },
  label: {
    margin: 0,
    fontSize: '3vh',
    textTransform: 'uppercase',
    letterSpacing: '0.06em',
    color: tokens.colorNeutralForeground2,
  },
  current: { margin: 0, fontSize: '6.5vh', lineHeight: 1.15, fontWeight: tokens.fontWeightBold },
  presenters: { margin: 0, fontSize: '3.2vh', lineHeight: 1.3 },
  countdown: {
    margin: 0,
    fontSize: '17vh',
    lineHeight: 1,
    fontWeight: tokens.fontWeightBold,
    fontVariantNumeric: 'tabular-nums',
    color: tokens.colorBrandForeground1,
  },
  countdownOver: { color: tokens.colorPaletteRedForeground1 },
  countdownUnit: { fontSize: '4vh', fontWeight: tokens.fontWeightRegular, marginLeft: '1vw' },
  next: {
    display: 'grid',
    gap: '1vh',
    padding: '2.5vh 2vw',
    border: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusXLarge,
  },
  nextTitle: { margin: 0, fontSize: '5vh', lineHeight: 1.2, fontWeight: tokens.fontWeightSemibold },
  message: { margin: 0, fontSize: '5vh', alignSelf: 'center' },
});
