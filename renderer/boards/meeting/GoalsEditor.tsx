import { ActionIcon, Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconSubtask, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { goalTree, kpisByArea } from '../../../shared/kpi/goalBoard';
import { kpiStatus } from '../../../shared/kpi/status';
import type { GoalBoard } from '../../../shared/model/teamBoards';
import type { Editor } from '../../editor/editor';
import { addArea, addGoal, addKpi, deleteArea, deleteGoal, editGoal, moveArea, renameArea } from '../../editor/teamBoardCommands';
import { StatusBadge } from './StatusBadge';

/**
 * Areas, goals and the KPIs under them, as a list to edit: the board's structure. A KPI's own
 * settings are edited in its panel (pick it here or on the board).
 */
export function GoalsEditor({ editor, board, onPick }: { editor: Editor; board: GoalBoard; onPick(kpiId: string): void }) {
  const { t } = useTranslation();
  const readOnly = editor.origin.readOnly;
  const columns = kpisByArea(board);
  return (
    <Stack gap="md" className="goals-editor" data-testid="goals-editor">
      <Group justify="space-between">
        <Title order={3} size="h4">
          {t('teamBoards.goals.areas')}
        </Title>
        {!readOnly && (
          <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => addArea(editor, t('teamBoards.goals.newArea'))} data-testid="area-add">
            {t('teamBoards.goals.addArea')}
          </Button>
        )}
      </Group>
      <div className="goals-columns">
        {columns.map((column, index) => (
          <Card key={column.areaId ?? 'none'} withBorder padding="sm" className="goals-area">
            {column.areaId === null ? (
              <Text fw={700}>{t('teamBoards.goals.noArea')}</Text>
            ) : (
              <Group gap={4} wrap="nowrap">
                <TextInput
                  aria-label={t('teamBoards.goals.areaName')}
                  value={column.name}
                  readOnly={readOnly}
                  maxLength={200}
                  fw={700}
                  style={{ flex: 1 }}
                  onChange={(e) => renameArea(editor, column.areaId!, e.currentTarget.value)}
                  data-testid="area-name"
                />
                {!readOnly && (
                  <>
                    <ActionIcon variant="subtle" color="gray" aria-label={t('teamBoards.kpi.moveUp')} disabled={index === 0} onClick={() => moveArea(editor, column.areaId!, index - 1)}>
                      <IconArrowUp size={14} />
                    </ActionIcon>
                    <ActionIcon variant="subtle" color="gray" aria-label={t('teamBoards.kpi.moveDown')} disabled={index >= board.areas.length - 1} onClick={() => moveArea(editor, column.areaId!, index + 1)}>
                      <IconArrowDown size={14} />
                    </ActionIcon>
                    <ActionIcon variant="subtle" color="red" aria-label={t('teamBoards.goals.deleteArea')} onClick={() => deleteArea(editor, column.areaId!)}>
                      <IconTrash size={14} />
                    </ActionIcon>
                  </>
                )}
              </Group>
            )}
            <Stack gap={4} mt="xs">
              {goalTree(board.goals, column.areaId).map(({ goal, depth }) => (
                <Group key={goal.id} gap={4} wrap="nowrap" pl={depth * 16}>
                  <TextInput
                    size="xs"
                    style={{ flex: 1 }}
                    aria-label={t('teamBoards.goals.goalText')}
                    value={goal.text}
                    readOnly={readOnly}
                    maxLength={1_000}
                    onChange={(e) => editGoal(editor, goal.id, e.currentTarget.value)}
                    data-testid="goal-text"
                  />
                  {!readOnly && (
                    <>
                      <ActionIcon variant="subtle" color="gray" aria-label={t('teamBoards.goals.addSubGoal')} onClick={() => addGoal(editor, column.areaId, goal.id, t('teamBoards.goals.newGoal'))}>
                        <IconSubtask size={14} />
                      </ActionIcon>
                      <ActionIcon variant="subtle" color="red" aria-label={t('teamBoards.goals.deleteGoal')} onClick={() => deleteGoal(editor, goal.id)}>
                        <IconTrash size={14} />
                      </ActionIcon>
                    </>
                  )}
                </Group>
              ))}
              {!readOnly && (
                <Button size="compact-xs" variant="subtle" leftSection={<IconPlus size={12} />} onClick={() => addGoal(editor, column.areaId, null, t('teamBoards.goals.newGoal'))} data-testid="goal-add">
                  {t('teamBoards.goals.addGoal')}
                </Button>
              )}
            </Stack>
            <Text size="xs" fw={700} c="dimmed" tt="uppercase" mt="sm">
              {t('teamBoards.goals.kpis')}
            </Text>
            <Stack gap={2}>
              {column.kpis.map((kpi) => (
                <button type="button" key={kpi.id} className="goals-kpi" onClick={() => onPick(kpi.id)}>
                  <span>{kpi.name || t('teamBoards.kpi.newName')}</span>
                  <StatusBadge status={kpiStatus(kpi)} />
                </button>
              ))}
              {!readOnly && (
                <Button
                  size="compact-xs"
                  variant="subtle"
                  leftSection={<IconPlus size={12} />}
                  onClick={() => onPick(addKpi(editor, { name: t('teamBoards.kpi.newName'), areaId: column.areaId }))}
                  data-testid="kpi-add"
                >
                  {t('teamBoards.kpi.add')}
                </Button>
              )}
            </Stack>
          </Card>
        ))}
      </div>
    </Stack>
  );
}
