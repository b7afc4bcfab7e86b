import { ActionIcon, Alert, Badge, Button, Group, Menu, NumberInput, Popover, SegmentedControl, Stack, Text } from '@mantine/core';
import { DndContext, PointerSensor, useDraggable, useDroppable, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core';
import { IconAdjustments, IconAlertTriangle, IconDots, IconPlus } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cardNumbers, cardTitle, columnLoad, columns, wouldExceed } from '../../../shared/improvement/board';
import type { CardColumn, ImprovementBoard, ImprovementCard, PdsaStep } from '../../../shared/model/teamBoards';
import { PdsaStep as PdsaSteps } from '../../../shared/model/teamBoards';
import { useEditorState } from '../../app/context';
import type { Editor } from '../../editor/editor';
import { deleteCard, moveCard, setWipLimit, updateCard } from '../../editor/teamBoardCommands';
import { useToday } from '../../record/hooks';
import { isOverdue } from '../../../shared/record/overdue';
import { CardEditor, type CardEditorTarget } from './CardEditor';
import { EffortEffectMatrix } from './EffortEffectMatrix';

type Shown = 'columns' | 'matrix';

/** The improvement board: suggestion cards in four columns with WIP limits, and the effort/effect matrix. */
export function ImprovementBoardView({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const teamBoards = useEditorState(editor, (s) => s.history.present.teamBoards);
  const actions = useEditorState(editor, (s) => s.history.present.actions);
  const [shown, setShown] = useState<Shown>('columns');
  const [editing, setEditing] = useState<CardEditorTarget | null>(null);
  const [warning, setWarning] = useState<string | null>(null);
  const today = useToday();
  useEffect(() => {
    if (!warning) return;
    const timer = setTimeout(() => setWarning(null), 8000);
    return () => clearTimeout(timer);
  }, [warning]);
  if (!teamBoards) return null;
  const board = teamBoards.improvementBoard;
  const readOnly = editor.origin.readOnly;
  const numbers = cardNumbers(board);

  /** Moves a card, warning (not refusing) when the column is already at its WIP limit for the card's size. */
  const move = (card: ImprovementCard, column: CardColumn) => {
    if (card.column === column) return;
    if (wouldExceed(board, column, card.size)) {
      const load = columnLoad(board, column);
      setWarning(
        t('teamBoards.cards.wipWarning', {
          column: t(`teamBoards.improvement.columns.${column}`),
          count: load[card.size],
          size: t(`teamBoards.improvement.sizesShort.${card.size}`),
          limit: load.limit[card.size] ?? '',
        }),
      );
    }
    moveCard(editor, card.id, column, today);
  };

  return (
    <div className="improvement-view" data-testid="improvement-board-view">
      <Group justify="space-between" mb="sm" wrap="nowrap">
        <Group gap="sm" wrap="nowrap">
          {!readOnly && (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing({ kind: 'new' })} data-testid="card-add">
              {t('teamBoards.cards.add')}
            </Button>
          )}
          <SegmentedControl
            value={shown}
            onChange={(v) => setShown(v as Shown)}
            data={[
              { value: 'columns', label: t('teamBoards.cards.views.columns') },
              { value: 'matrix', label: t('teamBoards.cards.views.matrix') },
            ]}
            data-testid="improvement-views"
          />
        </Group>
        {!readOnly && <WipLimits editor={editor} board={board} />}
      </Group>
      {warning && (
        <Alert color="orange" mb="sm" icon={<IconAlertTriangle />} withCloseButton onClose={() => setWarning(null)} data-testid="wip-warning">
          {warning}
        </Alert>
      )}
      {shown === 'columns' ? (
        <Columns board={board} numbers={numbers} readOnly={readOnly} onMove={move} onEdit={(card) => setEditing({ kind: 'edit', cardId: card.id })} onDelete={(card) => deleteCard(editor, card.id)} onPdsa={(card, pdsa) => updateCard(editor, card.id, { pdsa })} kpiNames={new Map(teamBoards.goalBoard.kpis.map((k) => [k.id, k.name]))} actions={new Map(actions.map((a) => [a.id, { owner: a.owner, dueDate: a.dueDate, overdue: isOverdue(a, today) }]))} />
      ) : (
        <EffortEffectMatrix editor={editor} board={board} numbers={numbers} onEdit={(card) => setEditing({ kind: 'edit', cardId: card.id })} />
      )}
      {editing && <CardEditor editor={editor} target={editing} onClose={() => setEditing(null)} />}
    </div>
  );
}

interface ColumnsProps {
  board: ImprovementBoard;
  numbers: Map<string, number>;
  readOnly: boolean;
  kpiNames: Map<string, string>;
  /** The actions cards became, by id, with whether each is overdue. */
  actions: Map<string, { owner: string; dueDate: string | null; overdue: boolean }>;
  onMove(card: ImprovementCard, column: CardColumn): void;
  onEdit(card: ImprovementCard): void;
  onDelete(card: ImprovementCard): void;
  onPdsa(card: ImprovementCard, pdsa: PdsaStep): void;
}

/** The four columns; a card is dragged between them (or moved from its menu, with the keyboard). */
function Columns(props: ColumnsProps) {
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }));
  const end = (event: DragEndEvent) => {
    const card = props.board.cards.find((c) => c.id === event.active.id);
    const column = event.over?.id as CardColumn | undefined;
    if (card && column) props.onMove(card, column);
  };
  return (
    <DndContext sensors={sensors} onDragEnd={end}>
      <div className="improvement-columns">
        {columns.map((column) => (
          <Column key={column} column={column} {...props} />
        ))}
      </div>
    </DndContext>
  );
}

function Column({ column, board, ...props }: ColumnsProps & { column: CardColumn }) {
  const { t } = useTranslation();
  const { setNodeRef, isOver } = useDroppable({ id: column });
  const load = columnLoad(board, column);
  const over = load.over.length > 0;
  const limited = load.limit.small !== null || load.limit.project !== null;
  const wip = limited
    ? t('teamBoards.improvement.wip', { small: load.small, smallLimit: load.limit.small ?? '–', project: load.project, projectLimit: load.limit.project ?? '–' })
    : t('teamBoards.improvement.wipNoLimit', { count: load.small + load.project });
  const cards = board.cards.filter((c) => c.column === column);
  return (
    <section ref={setNodeRef} className={`improvement-column${isOver ? ' drop-over' : ''}${over ? ' over-limit' : ''}`} aria-label={t(`teamBoards.improvement.columns.${column}`)} data-testid={`column-${column}`}>
      <header>
        <Text fw={700}>{t(`teamBoards.improvement.columns.${column}`)}</Text>
        <Text size="xs" c={over ? 'red.8' : 'dimmed'} fw={over ? 700 : 400} data-testid={`wip-${column}`}>
          {over && <IconAlertTriangle size={12} aria-hidden />} {over ? `${t('teamBoards.improvement.overLimit')}: ` : ''}
          {wip}
        </Text>
      </header>
      <Stack gap={6}>
        {cards.map((card) => (
          <CardItem key={card.id} card={card} number={props.numbers.get(card.id) ?? 0} column={column} board={board} {...props} />
        ))}
        {cards.length === 0 && (
          <Text size="sm" c="dimmed" ta="center" py="sm">
            {t('teamBoards.improvement.emptyColumn')}
          </Text>
        )}
      </Stack>
    </section>
  );
}

function CardItem({ card, number, readOnly, kpiNames, actions, onMove, onEdit, onDelete, onPdsa }: ColumnsProps & { card: ImprovementCard; number: number; column: CardColumn }) {
  const { t } = useTranslation();
  const action = card.actionId ? actions.get(card.actionId) : undefined;
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({ id: card.id, disabled: readOnly });
  const style = transform ? { transform: `translate(${transform.x}px, ${transform.y}px)`, zIndex: 10 } : undefined;
  return (
    <article ref={setNodeRef} style={style} className={`improvement-card card-${card.column}${isDragging ? ' dragging' : ''}`} data-testid="improvement-card" data-card-id={card.id} {...listeners} {...attributes} role="group" aria-roledescription={undefined}>
      <Group justify="space-between" wrap="nowrap" gap={4} align="flex-start">
        <Group gap={6} wrap="nowrap" align="flex-start">
          <span className="card-number" aria-hidden>
            {number}
          </span>
          <Text fw={700} size="sm" lh={1.3} onDoubleClick={() => onEdit(card)}>
            {cardTitle(card) || t('teamBoards.improvement.card.untitled')}
          </Text>
        </Group>
        {!readOnly && (
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <ActionIcon variant="subtle" color="gray" size="sm" aria-label={t('teamBoards.cards.edit')} onPointerDown={(e) => e.stopPropagation()} data-testid="card-menu">
                <IconDots size={14} />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item onClick={() => onEdit(card)}>{t('teamBoards.cards.edit')}</Menu.Item>
              {columns
                .filter((c) => c !== card.column)
                .map((c) => (
                  <Menu.Item key={c} onClick={() => onMove(card, c)} data-testid={`card-move-${c}`}>
                    {t('teamBoards.cards.moveTo', { column: t(`teamBoards.improvement.columns.${c}`) })}
                  </Menu.Item>
                ))}
              <Menu.Divider />
              <Menu.Item color="red" onClick={() => onDelete(card)}>
                {t('teamBoards.cards.delete')}
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        )}
      </Group>
      {card.idea.trim() && card.problem.trim() && (
        <Text size="xs" c="dimmed" mt={2}>
          {t('teamBoards.improvement.card.problem')}: {card.problem}
        </Text>
      )}
      <Group gap={4} mt={4}>
        {card.size === 'project' && (
          <Badge size="xs" color="indigo" variant="filled">
            {t('teamBoards.improvement.sizes.project')}
          </Badge>
        )}
        {card.kpiId && kpiNames.get(card.kpiId) && (
          <Badge size="xs" variant="light" color="gray" tt="none">
            → {kpiNames.get(card.kpiId)}
          </Badge>
        )}
        {action && (
          <Badge size="xs" variant="light" color={action.overdue ? 'red' : 'teal'} tt="none" data-testid="card-action-badge">
            {action.overdue ? '⚠ ' : ''}
            {action.dueDate ? t('teamBoards.improvement.card.action', { owner: action.owner, due: action.dueDate }) : t('teamBoards.improvement.card.actionNoDue', { owner: action.owner })}
          </Badge>
        )}
      </Group>
      {card.column === 'inProgress' && (
        <SegmentedControl
          size="xs"
          mt={6}
          fullWidth
          disabled={readOnly}
          value={card.pdsa ?? ''}
          onPointerDown={(e) => e.stopPropagation()}
          onChange={(v) => onPdsa(card, v as PdsaStep)}
          aria-label={t('teamBoards.improvement.pdsaLabel')}
          data={PdsaSteps.options.map((s) => ({ value: s, label: t(`teamBoards.improvement.pdsa.${s}`) }))}
        />
      )}
      {card.column === 'done' && card.effect.trim() && (
        <Text size="xs" mt={4}>
          <b>{t('teamBoards.improvement.card.effect')}:</b> {card.effect}
        </Text>
      )}
      <Text size="xs" c="dimmed" mt={4}>
        {card.suggestedBy}
      </Text>
    </article>
  );
}

function WipLimits({ editor, board }: { editor: Editor; board: ImprovementBoard }) {
  const { t } = useTranslation();
  return (
    <Popover position="bottom-end" withinPortal>
      <Popover.Target>
        <Button variant="default" leftSection={<IconAdjustments size={16} />} data-testid="wip-limits">
          {t('teamBoards.cards.wipLimits')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <table className="wip-table">
          <thead>
            <tr>
              <th />
              <th>{t('teamBoards.cards.wipSmall')}</th>
              <th>{t('teamBoards.cards.wipProject')}</th>
            </tr>
          </thead>
          <tbody>
            {columns.map((column) => (
              <tr key={column}>
                <th scope="row">{t(`teamBoards.improvement.columns.${column}`)}</th>
                {(['small', 'project'] as const).map((size) => (
                  <td key={size}>
                    <NumberInput
                      size="xs"
                      w={90}
                      min={0}
                      max={999}
                      allowDecimal={false}
                      allowNegative={false}
                      placeholder={t('teamBoards.cards.noLimit')}
                      aria-label={`${t(`teamBoards.improvement.columns.${column}`)}: ${t(size === 'small' ? 'teamBoards.cards.wipSmall' : 'teamBoards.cards.wipProject')}`}
                      value={board.wipLimits[column][size] ?? ''}
                      onChange={(v) => setWipLimit(editor, column, { ...board.wipLimits[column], [size]: v === '' ? null : Math.max(0, Math.min(999, Math.round(Number(v)))) })}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </Popover.Dropdown>
    </Popover>
  );
}
