import { Combobox, Field, Option } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import type { DirectoryGroup } from '../../domain';
import type { NetworkMeetingGraph } from '../../graph';
import { useStrings } from '../StringsContext';
import { searchStatus, useDirectorySearch } from './useDirectorySearch';

/**
 * A combobox over the directory's groups, found by any word of their name; the picked group (or
 * `selected`, one chosen before) stays in the field, and is handed on.
 */
export function GroupSearch(props: {
  readonly id: string;
  readonly label: string;
  readonly graph: NetworkMeetingGraph;
  readonly onPick: (group: DirectoryGroup) => void;
  readonly selected?: DirectoryGroup | undefined;
  readonly disabled?: boolean;
  readonly hint?: string;
}) {
  const t = useStrings();
  const { graph, onPick } = props;
  const find = useCallback((text: string) => graph.findGroups(text), [graph]);
  const search = useDirectorySearch(find, props.selected?.name);
  const [picked, setPicked] = useState<DirectoryGroup | undefined>(props.selected);
  const statusKey = searchStatus(search);
  const status = statusKey && t(statusKey);
  return (
    <Field
      label={props.label}
      hint={props.hint ?? null}
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
          setPicked(group);
          search.settle(group.name);
          onPick(group);
        }}
      >
        {search.results.map((g) => (
          <Option key={g.id} value={g.id} text={g.name}>
            {g.description && g.description !== g.name ? `${g.name} · ${g.description}` : g.name}
          </Option>
        ))}
      </Combobox>
    </Field>
  );
}
