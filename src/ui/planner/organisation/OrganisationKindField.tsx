import { Field, Radio, RadioGroup } from '@fluentui/react-components';
import { ORGANISATION_KINDS, ORGANISATION_LABELS, isOrganisationKind } from '../../../domain';
import { useLocale, useStrings } from '../../StringsContext';
import type { OrganisationKindState } from './useOrganisationKind';

/** Which kind of organisation this is: kommune, region or hospital, one of three. */
export function OrganisationKindField(props: {
  readonly id: string;
  readonly organisation: OrganisationKindState;
}) {
  const t = useStrings();
  const locale = useLocale();
  return (
    <Field label={t('organisationKind')} hint={t('organisationKindIntro')}>
      <RadioGroup
        id={props.id}
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
