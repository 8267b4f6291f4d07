import {
  Avatar,
  Field,
  TagPicker,
  TagPickerControl,
  TagPickerInput,
  TagPickerList,
  TagPickerOption,
} from '@fluentui/react-components';
import { useCallback } from 'react';
import { type DirectoryPerson, isValidEmail } from '../../domain';
import type { NetworkMeetingGraph } from '../../graph';
import { useStrings } from '../StringsContext';
import { searchStatus, useDirectorySearch } from './useDirectorySearch';

const GUEST = 'guest:';

/**
 * A Fluent TagPicker over the directory's people search. A typed address nobody in the directory
 * has can be invited as a guest; the picked person is handed on, not kept as a tag, because the
 * invitee list shows them. Each result shows job title and department, to tell namesakes apart.
 */
export function PersonSearch(props: {
  readonly id: string;
  readonly label: string;
  readonly graph: NetworkMeetingGraph;
  readonly onPick: (person: DirectoryPerson) => void;
  readonly disabled?: boolean;
  /** A group (a workplace's) whose members are listed first. */
  readonly firstFrom?: string | undefined;
}) {
  const t = useStrings();
  const { graph, onPick, firstFrom } = props;
  const find = useCallback((text: string) => graph.findPeople(text, firstFrom), [graph, firstFrom]);
  const search = useDirectorySearch(find);
  const typed = search.query.trim();
  const guest =
    isValidEmail(typed) &&
    !search.results.some((p) => p.email.toLowerCase() === typed.toLowerCase());
  const statusKey = searchStatus(search, guest);
  const status = statusKey && t(statusKey);
  return (
    <Field
      label={props.label}
      validationState={search.failed ? 'error' : 'none'}
      validationMessage={status ?? null}
    >
      <TagPicker
        selectedOptions={[]}
        disabled={props.disabled}
        onOptionSelect={(_, data) => {
          const person = data.value.startsWith(GUEST)
            ? { id: data.value, name: typed, email: typed }
            : search.results.find((p) => p.id === data.value);
          if (!person) return;
          search.setQuery('');
          onPick(person);
        }}
      >
        <TagPickerControl>
          <TagPickerInput
            id={props.id}
            aria-label={props.label}
            placeholder={t('personSearchPlaceholder')}
            value={search.query}
            onChange={(e) => search.setQuery(e.target.value)}
          />
        </TagPickerControl>
        <TagPickerList>
          {search.results.map((p) => (
            <TagPickerOption
              key={p.id}
              value={p.id}
              text={p.name}
              media={<Avatar size={24} name={p.name} color="colorful" aria-hidden />}
              secondaryContent={personDetails(p)}
            >
              {p.name}
            </TagPickerOption>
          ))}
          {guest ? (
            <TagPickerOption value={`${GUEST}${typed}`} text={typed}>
              {t('inviteGuest', { address: typed })}
            </TagPickerOption>
          ) : null}
        </TagPickerList>
      </TagPicker>
    </Field>
  );
}

/** What tells a person from a namesake: job title, department and address. */
export function personDetails(p: DirectoryPerson): string {
  return [p.jobTitle, p.department, p.email].filter(Boolean).join(' · ');
}
