import {
  Badge,
  Body1,
  Button,
  Dropdown,
  Field,
  Input,
  Option,
  OptionGroup,
  SpinButton,
} from '@fluentui/react-components';
import {
  ArrowDownRegular,
  ArrowUpRegular,
  DeleteRegular,
  ReOrderDotsVerticalRegular,
} from '@fluentui/react-icons';
import type { Dispatch } from 'react';
import type { AgendaAction } from '../../../app/planner';
import {
  type AgendaBlock,
  formatTimeRange,
  isUntranslated,
  keptAsTranslated,
  type PresentingWorkplace,
  ROLE_LABELS,
  ROLES,
  type Role,
  wallMinutes,
  withTextIn,
} from '../../../domain';
import { TimeField } from '../../dateTime/TimeField';
import { blockTitleId } from '../fixTarget';
import { useLocale, useStrings } from '../../StringsContext';
import { UntranslatedHint } from '../UntranslatedHint';
import { useAgendaStyles } from './useAgendaStyles.styles';

/** The id of a block's start field, which a coverage finding jumps to. */
export function blockStartId(blockId: string): string {
  return `block-${blockId}-start`;
}

function presenterValues(block: AgendaBlock): string[] {
  return [
    ...block.presenters.workplaceIds.map((id) => `w:${id}`),
    ...block.presenters.roles.map((r) => `r:${r}`),
  ];
}

/** One agenda block: its times, title and presenters, and the buttons that move or remove it. */
export function AgendaBlockRow(props: {
  readonly block: AgendaBlock;
  readonly index: number;
  readonly count: number;
  readonly workplaces: readonly PresentingWorkplace[];
  readonly edit: Dispatch<AgendaAction>;
  readonly drag: {
    readonly onDragStart: () => void;
    readonly onDragOver: (e: React.DragEvent) => void;
    readonly onDrop: () => void;
    readonly over: boolean;
  };
}) {
  const t = useStrings();
  const locale = useLocale();
  const styles = useAgendaStyles();
  const { block, index, edit } = props;
  const minutes = wallMinutes(block.end) - wallMinutes(block.start);
  const title = block.title[locale];
  const untranslated = isUntranslated(block.title, locale);
  const headingId = `block-${block.id}-heading`;
  const hintId = `block-${block.id}-untranslated`;
  return (
    <li
      className={props.drag.over ? `${styles.row} ${styles.over}` : styles.row}
      aria-labelledby={headingId}
      data-block-id={block.id}
      draggable
      onDragStart={(e) => {
        e.dataTransfer.effectAllowed = 'move';
        e.dataTransfer.setData('text/plain', block.id);
        props.drag.onDragStart();
      }}
      onDragOver={props.drag.onDragOver}
      onDrop={(e) => {
        e.preventDefault();
        props.drag.onDrop();
      }}
    >
      <div className={styles.heading}>
        <ReOrderDotsVerticalRegular aria-hidden className={styles.handle} />
        <Body1 id={headingId} className={styles.time}>
          <span>{formatTimeRange(block.start, block.end, locale)}</span> <span>{title}</span>
        </Body1>
        {untranslated ? (
          <Badge appearance="tint" color="warning" className={styles.badge}>
            {t('untranslated')}
          </Badge>
        ) : null}
        <div className={styles.buttons}>
          <Button
            size="small"
            appearance="subtle"
            icon={<ArrowUpRegular />}
            aria-label={t('moveBlockUp', { title })}
            disabledFocusable={index === 0}
            onClick={() => edit({ kind: 'move', blockId: block.id, toIndex: index - 1 })}
          />
          <Button
            size="small"
            appearance="subtle"
            icon={<ArrowDownRegular />}
            aria-label={t('moveBlockDown', { title })}
            disabledFocusable={index === props.count - 1}
            onClick={() => edit({ kind: 'move', blockId: block.id, toIndex: index + 1 })}
          />
          <Button
            size="small"
            appearance="subtle"
            icon={<DeleteRegular />}
            aria-label={t('removeBlockNamed', { title })}
            onClick={() => edit({ kind: 'remove', blockId: block.id })}
          />
        </div>
      </div>
      <div className={styles.fields}>
        <TimeField
          id={blockStartId(block.id)}
          label={t('blockStart')}
          value={block.start}
          onChange={(start) => edit({ kind: 'start', blockId: block.id, start })}
        />
        <Field label={t('blockMinutes')}>
          <SpinButton
            min={1}
            max={240}
            step={5}
            value={minutes}
            onChange={(_, d) => {
              const value = d.value ?? Number.parseInt(d.displayValue ?? '', 10);
              if (Number.isInteger(value) && value > 0) {
                edit({ kind: 'length', blockId: block.id, minutes: value });
              }
            }}
          />
        </Field>
        <Field label={t('blockTitle')} className={styles.wide}>
          <Input
            id={blockTitleId(block.id)}
            value={title}
            aria-describedby={untranslated ? hintId : undefined}
            onChange={(_, d) =>
              edit({
                kind: 'update',
                blockId: block.id,
                changes: { title: withTextIn(block.title, locale, d.value) },
              })
            }
          />
          <UntranslatedHint
            id={hintId}
            text={block.title}
            onKeep={() =>
              edit({
                kind: 'update',
                blockId: block.id,
                changes: { title: keptAsTranslated(block.title, locale) },
              })
            }
          />
        </Field>
        <Field label={t('blockPresenters')} className={styles.full}>
          <Dropdown
            className={styles.dropdown}
            button={{ className: styles.dropdownButton }}
            multiselect
            placeholder="–"
            selectedOptions={presenterValues(block)}
            value={[
              ...props.workplaces
                .filter((w) => block.presenters.workplaceIds.includes(w.id))
                .map((w) => w.name),
              ...block.presenters.roles.map((r) => ROLE_LABELS[r][locale]),
            ].join(', ')}
            onOptionSelect={(_, d) => {
              const chosen = d.selectedOptions;
              edit({
                kind: 'update',
                blockId: block.id,
                changes: {
                  presenters: {
                    ...block.presenters,
                    workplaceIds: chosen.filter((v) => v.startsWith('w:')).map((v) => v.slice(2)),
                    roles: chosen.filter((v) => v.startsWith('r:')).map((v) => v.slice(2) as Role),
                  },
                },
              });
            }}
          >
            {props.workplaces.length > 0 ? (
              <OptionGroup label={t('workplaces')}>
                {props.workplaces.map((w) => (
                  <Option key={w.id} value={`w:${w.id}`}>
                    {w.name}
                  </Option>
                ))}
              </OptionGroup>
            ) : null}
            <OptionGroup label={t('role')}>
              {ROLES.map((r) => (
                <Option key={r} value={`r:${r}`}>
                  {ROLE_LABELS[r][locale]}
                </Option>
              ))}
            </OptionGroup>
          </Dropdown>
        </Field>
      </div>
    </li>
  );
}
