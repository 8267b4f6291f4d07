import { Dropdown, Field, Option, OptionGroup } from '@fluentui/react-components';
import {
  ROLE_GROUP_LABELS,
  ROLE_GROUPS,
  ROLE_LABELS,
  type Role,
  type RoleGroup,
} from '../../domain';
import { useLocale } from '../StringsContext';

/** A dropdown of the guide's roles, grouped as the guide groups them. */
export function RolePicker(props: {
  readonly id: string;
  readonly label: string;
  readonly role: Role;
  readonly onChange: (role: Role) => void;
}) {
  const locale = useLocale();
  return (
    <Field label={props.label}>
      <Dropdown
        id={props.id}
        value={ROLE_LABELS[props.role][locale]}
        selectedOptions={[props.role]}
        onOptionSelect={(_, d) => d.optionValue && props.onChange(d.optionValue as Role)}
      >
        {(Object.entries(ROLE_GROUPS) as [RoleGroup, readonly Role[]][]).map(([group, roles]) => (
          <OptionGroup key={group} label={ROLE_GROUP_LABELS[group][locale]}>
            {roles.map((r) => (
              <Option key={r} value={r}>
                {ROLE_LABELS[r][locale]}
              </Option>
            ))}
          </OptionGroup>
        ))}
      </Dropdown>
    </Field>
  );
}
