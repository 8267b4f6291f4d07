import {
  Body1,
  Button,
  Caption1,
  Card,
  MessageBar,
  MessageBarBody,
} from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { type Dispatch, useState } from 'react';
import type { AgendaAction } from '../../../app/planner';
import {
  type AgendaEditError,
  type MeetingPlan,
  NEW_BLOCK_TITLE,
  NO_PRESENTERS,
} from '../../../domain';
import { useLocale, useStrings } from '../../StringsContext';
import { AgendaBlockRow } from './AgendaBlockRow';
import { useAgendaStyles } from './useAgendaStyles.styles';

/** Refusals said beside their own fields: the title's, and the committee's in the people card. */
const ELSEWHERE: ReadonlySet<AgendaEditError['code']> = new Set([
  'title-too-long',
  'committee-too-large',
]);

/**
 * The agenda editor: add, remove and reorder blocks (buttons for the keyboard, drag for the
 * mouse), change start, length, title and presenters; the domain moves the later blocks.
 */
export function AgendaEditor(props: {
  readonly plan: MeetingPlan;
  readonly refused: AgendaEditError | undefined;
  readonly edit: Dispatch<AgendaAction>;
}) {
  const t = useStrings();
  const locale = useLocale();
  const styles = useAgendaStyles();
  const [dragging, setDragging] = useState<string | undefined>();
  const [over, setOver] = useState<number | undefined>();
  const [moved, setMoved] = useState<string>('');
  const { plan, edit } = props;
  const agenda = plan.agenda;

  const move = (blockId: string, toIndex: number) => {
    edit({ kind: 'move', blockId, toIndex });
    setMoved(t('blockMoved', { position: toIndex + 1 }));
  };

  return (
    <Card>
      <Caption1 className={styles.hint}>{t('dragHint')}</Caption1>
      {props.refused && !ELSEWHERE.has(props.refused.code) ? (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{props.refused.message[locale]}</MessageBarBody>
        </MessageBar>
      ) : null}
      <ol className={styles.list} aria-labelledby="agenda-heading">
        {agenda.map((block, index) => (
          <AgendaBlockRow
            key={block.id}
            block={block}
            index={index}
            count={agenda.length}
            workplaces={plan.presentingWorkplaces}
            edit={(action) =>
              action.kind === 'move' ? move(action.blockId, action.toIndex) : edit(action)
            }
            drag={{
              over: over === index && dragging !== block.id,
              onDragStart: () => setDragging(block.id),
              onDragOver: (e) => {
                e.preventDefault();
                setOver(index);
              },
              onDrop: () => {
                if (dragging && dragging !== block.id) move(dragging, index);
                setDragging(undefined);
                setOver(undefined);
              },
            }}
          />
        ))}
      </ol>
      <Body1 aria-live="polite" className={styles.hint}>
        {moved}
      </Body1>
      <div>
        <Button
          icon={<AddRegular />}
          onClick={() =>
            edit({
              kind: 'insert',
              index: agenda.length,
              block: {
                id: crypto.randomUUID(),
                kind: 'other',
                title: NEW_BLOCK_TITLE,
                minutes: 15,
                presenters: NO_PRESENTERS,
              },
            })
          }
        >
          {t('addBlock')}
        </Button>
      </div>
    </Card>
  );
}
