import { Body1, Button, Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import type { Finding, FindingSeverity } from '../../domain';
import { useLocale, useStrings } from '../StringsContext';

const useStyles = makeStyles({
  panel: { display: 'grid', gap: tokens.spacingVerticalS },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: 'grid',
    gap: tokens.spacingVerticalXS,
  },
  item: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    columnGap: tokens.spacingHorizontalS,
  },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorNeutralForeground2 },
});

const GROUPS: readonly { severity: FindingSeverity; key: 'errors' | 'warnings' | 'infos' }[] = [
  { severity: 'error', key: 'errors' },
  { severity: 'warning', key: 'warnings' },
  { severity: 'info', key: 'infos' },
];

/** The coverage findings, by severity, updated as the organiser works; read out when they change. */
export function CoveragePanel({
  findings,
  canFix,
  onFix,
}: {
  readonly findings: readonly Finding[];
  readonly canFix: (finding: Finding) => boolean;
  readonly onFix: (finding: Finding) => void;
}) {
  const t = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  return (
    <section
      className={styles.panel}
      aria-labelledby="coverage-heading"
      aria-live="polite"
      data-testid="coverage"
    >
      <Subtitle2 as="h2" id="coverage-heading" tabIndex={-1}>
        {t('coverage')}
      </Subtitle2>
      {findings.length === 0 ? <Body1>{t('noFindings')}</Body1> : null}
      {GROUPS.map(({ severity, key }) => {
        const group = findings.filter((f) => f.severity === severity);
        if (group.length === 0) return null;
        return (
          <div key={severity}>
            <Caption1 as="h3" className={styles[severity]}>
              {t(key, { n: group.length })}
            </Caption1>
            <ul className={styles.list}>
              {group.map((f, i) => (
                <li key={`${f.code}-${i}`} data-code={f.code} className={styles.item}>
                  <Body1>{f.message[locale]}</Body1>
                  {canFix(f) ? (
                    <Button
                      size="small"
                      appearance="transparent"
                      aria-label={t('fixFinding', { finding: f.message[locale] })}
                      onClick={() => onFix(f)}
                    >
                      {t('fix')}
                    </Button>
                  ) : null}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
