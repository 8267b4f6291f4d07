import {
  Body1,
  Button,
  Caption1,
  Dropdown,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Option,
  Subtitle2,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { SavedChange } from '../../app/meetings';
import {
  type AnswerLost,
  type ChangeDelivery,
  type Finding,
  type FollowUpEdit,
  formatDate,
  formatTime,
  type Invitee,
  inviteeWithRolesAndStandIn,
  personKey,
  type PlainDateString,
  type Role,
  roleInSentence,
  type WallTime,
} from '../../domain';
import type { NetworkMeetingGraph } from '../../graph';
import { DateField } from '../dateTime/DateField';
import { TimeField } from '../dateTime/TimeField';
import { PersonSearch } from '../directory/PersonSearch';
import { RolePicker } from '../directory/RolePicker';
import { useLocale, useStrings } from '../StringsContext';
import { moveWarning, whatWasDone, whoWillHear } from './deliveryMessages';

const useStyles = makeStyles({
  // Each control fills its column and no more: Fluent's dropdowns ask for 250 px of their own,
  // which ran past a narrower column into the next field.
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 260px), 1fr))',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalM,
    alignItems: 'end',
    '& .fui-Dropdown, & .fui-TagPickerControl, & .fui-Combobox, & .fui-Input': {
      minWidth: 0,
      width: '100%',
      boxSizing: 'border-box',
    },
  },
  section: { display: 'grid', gap: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground3 },
});

/** Replace someone (a decline, a new vice-chair), add someone or move the meeting; saved together. */
export function PeopleChanges(props: {
  readonly graph: NetworkMeetingGraph;
  readonly invitees: readonly Invitee[];
  /** The meeting's date and start, where a move starts from. */
  readonly date: PlainDateString;
  readonly start: WallTime;
  /** Who declined, listed first among those to replace. */
  readonly declined: ReadonlySet<string>;
  readonly edits: readonly FollowUpEdit[];
  /** Who saving the pending edits will send mail to, and how. */
  readonly delivery: ChangeDelivery | undefined;
  /** When the pending edits move the meeting: the answers the move wipes out. */
  readonly answersLost: readonly AnswerLost[] | undefined;
  /** What keeps the pending edits from being saved: a move into the past. */
  readonly refusals: readonly Finding[];
  readonly onEdit: (edit: FollowUpEdit) => void;
  readonly onSave: () => void;
  readonly saving: boolean;
  /** What the last save did, until the next edit. */
  readonly saved: Omit<SavedChange, 'meeting'> | undefined;
  readonly conflict: boolean;
}) {
  const t = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  const [replacing, setReplacing] = useState<string | undefined>();
  const [role, setRole] = useState<Role>('medMember');
  const [date, setDate] = useState(props.date);
  const [start, setStart] = useState(props.start);
  const label = (i: Invitee) => inviteeWithRolesAndStandIn(i, locale);
  const ordered = [...props.invitees].sort(
    (a, b) =>
      Number(props.declined.has(personKey(b.email))) -
      Number(props.declined.has(personKey(a.email))),
  );
  const chosen = props.invitees.find((i) => i.email === replacing);
  return (
    <section className={styles.section} aria-labelledby="people-changes-heading">
      <Subtitle2 as="h3" id="people-changes-heading">
        {t('changePeople')}
      </Subtitle2>
      <div className={styles.grid}>
        <Field label={t('replaceWho')}>
          <Dropdown
            id="replace-who"
            placeholder={t('replaceWhoPlaceholder')}
            aria-describedby="replace-hint"
            value={chosen ? label(chosen) : ''}
            selectedOptions={replacing ? [replacing] : []}
            onOptionSelect={(_, d) => setReplacing(d.optionValue)}
          >
            {ordered.map((i) => (
              <Option key={i.email} value={i.email}>
                {label(i)}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <PersonSearch
          id="replace-with"
          label={t('replaceWith')}
          graph={props.graph}
          disabled={!replacing}
          onPick={(person) => {
            if (!replacing) return;
            props.onEdit({ kind: 'replace', email: replacing, person });
            setReplacing(undefined);
          }}
        />
      </div>
      <Caption1 id="replace-hint" className={styles.hint}>
        {t('replaceWhoHint')}
      </Caption1>
      <div className={styles.grid}>
        <DateField id="move-date" label={t('newDate')} value={date} onChange={setDate} />
        <TimeField id="move-start" label={t('newStart')} value={start} onChange={setStart} />
        <div>
          <Button
            disabled={!date || !start}
            onClick={() => props.onEdit({ kind: 'move', date, start })}
          >
            {t('moveTo')}
          </Button>
        </div>
      </div>
      <div className={styles.grid}>
        <RolePicker id="add-as" label={t('addAs')} role={role} onChange={setRole} />
        <PersonSearch
          id="add-who"
          label={t('addWho')}
          graph={props.graph}
          onPick={(person) => props.onEdit({ kind: 'add', person, role })}
        />
      </div>
      {props.conflict ? (
        <MessageBar intent="warning" role="alert">
          <MessageBarBody>{t('conflict')}</MessageBarBody>
        </MessageBar>
      ) : null}
      {props.edits.length > 0 ? (
        <div>
          <Body1 id="pending-heading">{t('pendingChanges')}</Body1>
          <ul aria-labelledby="pending-heading" data-testid="pending">
            {props.edits.map((e, n) => (
              <li key={n}>
                <Body1>
                  {e.kind === 'move'
                    ? t('pendingMove', {
                        when: `${formatDate(e.date, locale)} ${formatTime(e.start, locale)}`,
                      })
                    : e.kind === 'add'
                      ? t('pendingAdd', {
                          name: e.person.name,
                          role: roleInSentence(e.role, locale),
                        })
                      : t('pendingReplace', {
                          absent:
                            props.invitees.find((i) => personKey(i.email) === personKey(e.email))
                              ?.name ?? e.email,
                          standIn: e.person.name,
                        })}
                </Body1>
              </li>
            ))}
          </ul>
          {props.refusals.map((f) => (
            <MessageBar key={f.code} intent="error" layout="multiline" data-testid="move-refused">
              <MessageBarBody>{f.message[locale]}</MessageBarBody>
            </MessageBar>
          ))}
          {props.answersLost ? (
            <MessageBar intent="warning" layout="multiline" data-testid="move-warning">
              <MessageBarBody>{moveWarning(props.answersLost, t, locale)}</MessageBarBody>
            </MessageBar>
          ) : null}
          {props.delivery ? (
            <MessageBar intent="info" layout="multiline" data-testid="who-hears">
              <MessageBarBody>{whoWillHear(props.delivery, t, locale)}</MessageBarBody>
            </MessageBar>
          ) : null}
        </div>
      ) : null}
      <div>
        <Button
          appearance="primary"
          disabled={props.edits.length === 0 || props.saving || props.refusals.length > 0}
          onClick={props.onSave}
        >
          {t('saveChanges')}
        </Button>
      </div>
      {props.saved ? (
        <Body1 role="status" data-testid="saved-changes">
          {whatWasDone(props.saved, t, locale)}
        </Body1>
      ) : null}
    </section>
  );
}
