import { Field, mergeClasses } from '@fluentui/react-components';
import { TimePicker } from '@fluentui/react-timepicker-compat';
import type { WallTime } from '../../domain';
import { useLocale } from '../StringsContext';
import { useTimeField } from './useTimeField';
import { useDateTimeFieldStyles } from './useDateTimeFieldStyles.styles';

/**
 * A clock time in the app's language, whatever the operating system's: Fluent's TimePicker on
 * the 24-hour clock in 5-minute steps, typing allowed ("11.00", "1100"). Takes and gives `HH:MM`.
 * `validationMessage` is the caller's own refusal (an agenda that would not fit), shown when the
 * typed text itself is fine.
 */
export function TimeField(props: {
  readonly label: string;
  readonly value: WallTime;
  readonly onChange: (time: WallTime) => void;
  readonly id?: string;
  readonly validationMessage?: string | undefined;
}) {
  const locale = useLocale();
  const styles = useDateTimeFieldStyles();
  const { picker, error } = useTimeField(locale, props.value, props.onChange);
  return (
    <Field label={props.label} validationMessage={error ?? props.validationMessage ?? null}>
      <TimePicker
        id={props.id}
        className={mergeClasses(styles.picker, styles.timeGrid)}
        input={{ className: styles.timeInput }}
        {...picker}
      />
    </Field>
  );
}
