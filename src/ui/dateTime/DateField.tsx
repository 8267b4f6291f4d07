import { Field } from '@fluentui/react-components';
import { DatePicker } from '@fluentui/react-datepicker-compat';
import type { PlainDateString } from '../../domain';
import { useLocale } from '../StringsContext';
import { useDateField } from './useDateField';
import { useDateTimeFieldStyles } from './useDateTimeFieldStyles.styles';

/**
 * A date in the app's language, whatever the operating system's: Fluent's DatePicker with
 * Danish or English month and day names, weeks from Monday, and typing allowed ("15.04.2027").
 * Takes and gives `YYYY-MM-DD`.
 */
export function DateField(props: {
  readonly label: string;
  readonly value: PlainDateString;
  readonly onChange: (date: PlainDateString) => void;
  readonly id?: string;
}) {
  const locale = useLocale();
  const styles = useDateTimeFieldStyles();
  const { picker, error } = useDateField(locale, props.value, props.onChange);
  return (
    <Field label={props.label} validationMessage={error ?? null}>
      <DatePicker id={props.id} className={styles.picker} {...picker} />
    </Field>
  );
}
