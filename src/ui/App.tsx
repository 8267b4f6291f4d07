import {
  Body1,
  Card,
  CardHeader,
  FluentProvider,
  Title1,
  makeStyles,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { FIRST_PROGRAMME, type Locale, SECOND_PROGRAMME, formatTimeRange } from '../domain';

const useStyles = makeStyles({
  page: { padding: tokens.spacingHorizontalXXL, display: 'grid', gap: tokens.spacingVerticalL },
  cards: { display: 'flex', gap: tokens.spacingHorizontalL, flexWrap: 'wrap' },
});

/** The shell of the tab: for now the programmes the organiser will start from. */
export function App({ locale }: { readonly locale: Locale }) {
  const styles = useStyles();
  return (
    <FluentProvider theme={webLightTheme} lang={locale}>
      <main className={styles.page}>
        <Title1 as="h1">Netværksmøder</Title1>
        <div className={styles.cards}>
          {[FIRST_PROGRAMME, SECOND_PROGRAMME].map((p) => {
            const last = p.blocks[p.blocks.length - 1];
            return (
              <Card key={p.id}>
                <CardHeader
                  header={<Body1>{p.name[locale]}</Body1>}
                  description={formatTimeRange(p.start, last?.end ?? p.start, locale)}
                />
              </Card>
            );
          })}
        </div>
      </main>
    </FluentProvider>
  );
}
