import { Badge, Card, Stack, Table, Text, Title, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TeamOverview } from '../../../shared/record/teamOverview';
import { useBoardWords } from './hooks';
import { useFormat } from '../../record/hooks';

/**
 * The coordinator overview's board meetings: per team, its newest meeting with the red KPIs, the
 * KPIs not updated for the last complete period, and the overdue cards and actions.
 */
export function TeamsTab({ teams, onOpen }: { teams: readonly TeamOverview[]; onOpen(path: string): void }) {
  const { t } = useTranslation();
  const words = useBoardWords();
  const format = useFormat();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="teams-heading">
      <Title order={2} size="h4" id="teams-heading" mb="sm">
        {t('teamBoards.overview.heading')}
      </Title>
      <Table verticalSpacing={8} data-testid="teams-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('teamBoards.overview.team')}</Table.Th>
            <Table.Th>{t('teamBoards.overview.red')}</Table.Th>
            <Table.Th>{t('teamBoards.overview.notUpdated')}</Table.Th>
            <Table.Th>{t('teamBoards.overview.overdue')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {teams.map((team) => (
            <Table.Tr key={team.path} data-testid="team-row">
              <Table.Td>
                <UnstyledButton onClick={() => onOpen(team.path)}>
                  <Text fw={700} c="teal.8">
                    {team.team || t('teamBoards.board.untitledTeam')}
                  </Text>
                </UnstyledButton>
                <Text size="xs" c="dimmed">
                  {team.date ? format.date(team.date) : t('record.overview.noDate')} · {team.relativePath}
                </Text>
                <Text size="xs" c="dimmed">
                  {t('teamBoards.overview.kpis', { count: team.kpiCount })}
                </Text>
              </Table.Td>
              <Table.Td>
                <List items={team.red} empty={t('teamBoards.overview.none')} mark="■" color="red" />
              </Table.Td>
              <Table.Td>
                <List items={team.notUpdated.map((k) => `${k.name} (${words.period(k.due, true)})`)} empty={t('teamBoards.overview.none')} mark="⚠" color="orange" />
              </Table.Td>
              <Table.Td>
                <List
                  items={[
                    ...team.overdueCards.map((c) => `${t('teamBoards.overview.card')}: ${c.title} – ${c.owner || t('record.actions.noOwner')}${c.dueDate ? `, ${format.date(c.dueDate)}` : ''}`),
                    ...team.overdueActions.map((a) => `${a.what} – ${a.owner || t('record.actions.noOwner')}${a.dueDate ? `, ${format.date(a.dueDate)}` : ''}`),
                  ]}
                  empty={t('teamBoards.overview.none')}
                  mark="⚠"
                  color="red"
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}

function List({ items, empty, mark, color }: { items: string[]; empty: string; mark: string; color: string }) {
  if (items.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {empty}
      </Text>
    );
  return (
    <Stack gap={2}>
      {items.map((item, i) => (
        <Text size="sm" key={i}>
          <Badge size="xs" color={color} variant="light" mr={4}>
            {mark}
          </Badge>
          {item}
        </Text>
      ))}
    </Stack>
  );
}
