import { Body1, Card, CardHeader, makeStyles, Subtitle1, tokens } from '@fluentui/react-components';
import { FIRST_PROGRAMME, formatTimeRange, SECOND_PROGRAMME } from '../domain';
import { useLocale, useStrings } from './StringsContext';

const useStyles = makeStyles({
  cards: { display: 'flex', gap: tokens.spacingHorizontalL, flexWrap: 'wrap' },
  card: { width: '280px' },
});

/** The signed-in start screen: the guide's programmes the organiser plans from. */
export function Home() {
  const t = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  return (
    <section aria-labelledby="programmes-heading">
      <Subtitle1 as="h2" id="programmes-heading">
        {t('programmes')}
      </Subtitle1>
      <div className={styles.cards}>
        {[FIRST_PROGRAMME, SECOND_PROGRAMME].map((p) => {
          const last = p.blocks[p.blocks.length - 1];
          return (
            <Card key={p.id} className={styles.card}>
              <CardHeader
                header={<Body1 as="h3">{p.name[locale]}</Body1>}
                description={`${t('programmeTime')}: ${formatTimeRange(p.start, last?.end ?? p.start, locale)}`}
              />
              <Body1>{p.focus[locale]}</Body1>
            </Card>
          );
        })}
      </div>
    </section>
  );
}
