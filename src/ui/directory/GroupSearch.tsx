import { Caption1, Combobox, Field, makeStyles, Option, tokens } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import type { DirectoryGroup } from '../../domain';
import type { NetworkMeetingGraph } from '../../graph';
import { useStrings } from '../StringsContext';
import { searchStatus, useDirectorySearch } from './useDirectorySearch';

const useStyles = makeStyles({
  option: { display: 'grid' },
  description: { color: tokens.colorNeutralForeground3 },
});

/** What a group is for, as its description says; nothing when it only repeats the name. */
function descriptionOf(group: DirectoryGroup): string | undefined {
  const text = group.description?.trim();
  return text && text !== group.name ? text : undefined;
}

/**
 * A combobox over the directory's groups, found by any word of their name or description. Each
 * option shows the group's description under its name (a tenant writes there what the group is
 * for: "Rolle: direktør"), and so does the field once a group is picked. The picked group (or
 * `selected`, one chosen before) stays in the field and is handed on, unless `clearAfterPick`
 * (a field that adds one group after another) empties it for the next.
 */
export function GroupSearch(props: {
  readonly id: string;
  readonly label: string;
  readonly graph: NetworkMeetingGraph;
  readonly onPick: (group: DirectoryGroup) => void;
  readonly selected?: DirectoryGroup | undefined;
  readonly disabled?: boolean;
  readonly hint?: string;
  readonly clearAfterPick?: boolean;
}) {
  const t = useStrings();
  const styles = useStyles();
  const { graph, onPick } = props;
  const find = useCallback((text: string) => graph.findGroups(text), [graph]);
  const search = useDirectorySearch(find, props.selected?.name);
  const [picked, setPicked] = useState<DirectoryGroup | undefined>(props.selected);
  const statusKey = searchStatus(search);
  const status = statusKey && t(statusKey);
  const described = picked && search.settled ? descriptionOf(picked) : undefined;
  return (
    <Field
      label={props.label}
      hint={[props.hint, described].filter(Boolean).join(' ') || null}
      validationState={search.failed ? 'error' : 'none'}
      validationMessage={status ?? null}
    >
      <Combobox
        id={props.id}
        freeform
        disabled={props.disabled}
        placeholder={t('groupSearchPlaceholder')}
        value={search.query}
        selectedOptions={picked && search.settled ? [picked.id] : []}
        onChange={(e) => search.setQuery(e.target.value)}
        onOptionSelect={(_, data) => {
          const group = search.results.find((g) => g.id === data.optionValue);
          if (!group) return;
          onPick(group);
          if (props.clearAfterPick) {
            setPicked(undefined);
            search.setQuery('');
            return;
          }
          setPicked(group);
          search.settle(group.name);
        }}
      >
        {search.results.map((g) => (
          <Option key={g.id} value={g.id} text={g.name}>
            <span className={styles.option}>
              <span>{g.name}</span>
              {descriptionOf(g) ? (
                <Caption1 className={styles.description}>{descriptionOf(g)}</Caption1>
              ) : null}
            </span>
          </Option>
        ))}
      </Combobox>
    </Field>
  );
}
