import { Field, makeStyles, Radio, RadioGroup } from '@fluentui/react-components';
import { ORGANISATION_KINDS, ORGANISATION_LABELS, isOrganisationKind } from '../../../domain';
import { useLocale, useStrings } from '../../StringsContext';
import type { OrganisationKindState } from './useOrganisationKind';

const useStyles = makeStyles({
  // Side by side where they fit, under one another where they do not (a 320 px side panel): a
  // row that cannot wrap would widen the field past its card and cut the hint off with it.
  choices: { flexWrap: 'wrap' },
});

/** Which kind of organisation this is: kommune, region or hospital, one of three. */
export function OrganisationKindField(props: {
  readonly id: string;
  readonly organisation: OrganisationKindState;
}) {
  const t = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  return (
    <Field label={t('organisationKind')} hint={t('organisationKindIntro')}>
      <RadioGroup
        id={props.id}
        className={styles.choices}
        layout="horizontal"
        value={props.organisation.kind ?? ''}
        onChange={(_, d) => {
          if (isOrganisationKind(d.value)) props.organisation.choose(d.value);
        }}
      >
        {ORGANISATION_KINDS.map((k) => (
          <Radio key={k} value={k} label={ORGANISATION_LABELS[k][locale]} />
        ))}
      </RadioGroup>
    </Field>
  );
}
