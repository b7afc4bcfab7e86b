import './record.css';
import { Alert, Badge, Button, Card, Container, Group, Loader, Modal, Stack, Table, Tabs, Text, Title, UnstyledButton } from '@mantine/core';
import { IconAlertTriangle, IconArrowLeft, IconFileAlert, IconFolderOpen, IconRefresh } from '@tabler/icons-react';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FolderScan } from '../../shared/ipc/contract';
import { aggregateOverview, type Overview, type OverviewAction, type PersonMeeting } from '../../shared/record/overview';
import { problemKey } from '../app/problems';
import { TechnicalDetail } from '../app/fields/TechnicalDetail';
import { useWorkspace } from '../app/context';
import { bridge } from '../app/bridge';
import { useFormat, useToday } from './hooks';
import { useOverview } from './stores';
import { TeamsTab } from '../boards/meeting/TeamsOverview';

async function read(request: () => Promise<FolderScan>): Promise<void> {
  const store = useOverview.getState();
  store.setBusy(true);
  try {
    const scan = await request();
    if (scan.status !== 'canceled') store.setScan(scan);
  } finally {
    useOverview.getState().setBusy(false);
  }
}

/**
 * Shows the first rows of a long list and a button for the rest: a folder of 500 workshops can
 * hold thousands of open actions, and the most urgent come first anyway.
 */
function Limited<T>({ items, initial, children }: { items: readonly T[]; initial: number; children: (shown: readonly T[]) => ReactNode }) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  const shown = all ? items : items.slice(0, initial);
  return (
    <>
      {children(shown)}
      {items.length > shown.length && (
        <Button variant="subtle" size="xs" mt={4} onClick={() => setAll(true)}>
          {t('record.overview.showAll', { count: items.length })}
        </Button>
      )}
    </>
  );
}

function ActionTable({ actions, showOwner, initial }: { actions: OverviewAction[]; showOwner: boolean; initial: number }) {
  return <Limited items={actions} initial={initial}>{(shown) => <ActionRows actions={shown} showOwner={showOwner} />}</Limited>;
}

function ActionRows({ actions, showOwner }: { actions: readonly OverviewAction[]; showOwner: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const workspace = useWorkspace();
  return (
    <Table verticalSpacing={6} highlightOnHover>
      <Table.Thead>
        <Table.Tr>
          {showOwner && <Table.Th>{t('record.overview.owner')}</Table.Th>}
          <Table.Th>{t('record.overview.action')}</Table.Th>
          <Table.Th w={170}>{t('record.overview.due')}</Table.Th>
          <Table.Th>{t('record.overview.workshop')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {actions.map((action) => (
          <Table.Tr key={`${action.path}/${action.id}`} className={action.overdue ? 'overdue-row' : undefined} data-testid={action.overdue ? 'overdue-action' : 'open-action'}>
            {showOwner && <Table.Td fw={600}>{action.owner || t('record.actions.noOwner')}</Table.Td>}
            <Table.Td>
              <Text fw={500}>{action.what}</Text>
              <Text size="xs" c="dimmed">
                {t(`record.actions.statuses.${action.status}`)}
              </Text>
            </Table.Td>
            <Table.Td>
              <Text>{action.dueDate ? format.date(action.dueDate) : t('record.actions.noDue')}</Text>
              {action.overdue && (
                <Badge color="red" variant="filled" size="sm" tt="none" leftSection={<IconAlertTriangle size={11} />}>
                  {t('record.overview.daysOverdue', { count: action.daysOverdue })}
                </Badge>
              )}
            </Table.Td>
            <Table.Td>
              <UnstyledButton onClick={() => void openWorkshop(workspace, action.path)} className="overview-link">
                <Text size="sm" c="teal.8" td="underline">
                  {action.workshopTitle || t('record.overview.untitled')}
                </Text>
              </UnstyledButton>
              <Text size="xs" c="dimmed">
                {action.workshopDate ? format.date(action.workshopDate) : t('record.overview.noDate')}
              </Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

async function openWorkshop(workspace: ReturnType<typeof useWorkspace>, path: string) {
  const result = await bridge().invoke('overview:open', { path });
  if (result.status === 'opened') useOverview.getState().setOpen(false);
  await workspace.openedExternally(result);
}

function ActionsTab({ overview }: { overview: Overview }) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <Card withBorder padding="lg" component="section" aria-labelledby="overdue-heading">
        <Group gap="xs" mb="sm">
          <Title order={2} size="h4" id="overdue-heading">
            {t('record.overview.overdueList')}
          </Title>
          <Badge color={overview.overdue.length > 0 ? 'red' : 'teal'} size="lg" data-testid="overdue-count">
            {overview.overdue.length}
          </Badge>
        </Group>
        {overview.overdue.length === 0 ? <Text c="dimmed">{t('record.overview.noOverdue')}</Text> : <ActionTable actions={overview.overdue} showOwner initial={25} />}
      </Card>
      <Card withBorder padding="lg" component="section" aria-labelledby="owner-heading">
        <Title order={2} size="h4" id="owner-heading" mb="sm">
          {t('record.overview.byOwner')}
        </Title>
        {overview.openByOwner.length === 0 ? (
          <Text c="dimmed">{t('record.overview.noOpen')}</Text>
        ) : (
          <Stack gap="lg">
            <Limited items={overview.openByOwner} initial={30}>
              {(owners) =>
                owners.map((group) => (
              <div key={group.owner || '—'} data-testid="owner-group">
                <Group gap="sm" mb={4}>
                  <Text fw={700} size="lg">
                    {group.owner || t('record.actions.noOwner')}
                  </Text>
                  <Text size="sm" c={group.overdue > 0 ? 'red.7' : 'dimmed'} fw={group.overdue > 0 ? 700 : 400}>
                    {t('record.overview.ownerSummary', { open: group.actions.length, overdue: group.overdue })}
                  </Text>
                </Group>
                <ActionTable actions={group.actions} showOwner={false} initial={5} />
              </div>
                ))
              }
            </Limited>
          </Stack>
        )}
      </Card>
    </Stack>
  );
}

function meetingKind(m: PersonMeeting): 'present' | 'late' | 'absent' | 'excused' | 'unknown' {
  if (m.attendance === 'present') return m.late ? 'late' : 'present';
  return m.attendance ?? 'unknown';
}
const meetingKey = { present: 'meetingPresent', late: 'meetingLate', absent: 'meetingAbsent', excused: 'meetingExcused', unknown: 'meetingUnknown' } as const;

function PeopleTab({ overview }: { overview: Overview }) {
  const { t } = useTranslation();
  const format = useFormat();
  const pct = (value: number | null) => (value === null ? t('record.overview.noData') : format.percent(value));
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="people-heading">
      <Title order={2} size="h4" id="people-heading" mb="sm">
        {t('record.overview.people')}
      </Title>
      <Table verticalSpacing={8} highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('record.overview.person')}</Table.Th>
            <Table.Th ta="right">{t('record.overview.attendance')}</Table.Th>
            <Table.Th ta="right">{t('record.overview.punctuality')}</Table.Th>
            <Table.Th ta="right">{t('record.overview.preparedness')}</Table.Th>
            <Table.Th>{t('record.overview.meetings')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {overview.people.map((person) => (
            <Table.Tr key={person.name} data-testid="person-row">
              <Table.Td fw={600}>{person.name}</Table.Td>
              <Table.Td ta="right" ff="monospace">
                {pct(person.attendanceRate)}
              </Table.Td>
              <Table.Td ta="right" ff="monospace">
                {pct(person.punctuality)}
              </Table.Td>
              <Table.Td ta="right" ff="monospace">
                {pct(person.preparedness)}
              </Table.Td>
              <Table.Td>
                {person.meetings.map((m, index) => {
                  const kind = meetingKind(m);
                  const attended = t(`record.overview.${meetingKey[kind]}`, { date: m.date ? format.date(m.date) : t('record.overview.noDate'), title: m.title });
                  const label = m.prepared === null ? attended : `${attended} · ${t(m.prepared ? 'record.overview.prepared' : 'record.overview.unprepared')}`;
                  return (
                    // A native tooltip: a person can have hundreds of meetings in a big folder.
                    <span key={index} title={label} className={`meeting-dot meeting-${kind}${m.prepared === false ? ' meeting-unprepared' : ''}`} aria-label={label} role="img" />
                  );
                })}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group gap="md" mt="sm" aria-hidden>
        {(['present', 'late', 'absent', 'excused', 'unknown'] as const).map((kind) => (
          <Group key={kind} gap={4}>
            <span className={`meeting-dot meeting-${kind}`} />
            <Text size="xs" c="dimmed">
              {t(`record.overview.legend.${kind}`)}
            </Text>
          </Group>
        ))}
        <Group gap={4}>
          <span className="meeting-dot meeting-present meeting-unprepared" />
          <Text size="xs" c="dimmed">
            {t('record.overview.unprepared')}
          </Text>
        </Group>
      </Group>
    </Card>
  );
}

function WorkshopsTab({ overview }: { overview: Overview }) {
  const { t } = useTranslation();
  const format = useFormat();
  const workspace = useWorkspace();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="workshops-heading">
      <Title order={2} size="h4" id="workshops-heading" mb="sm">
        {t('record.overview.workshops')}
      </Title>
      <Limited items={overview.workshops} initial={100}>
        {(workshops) => (
      <Table verticalSpacing={8} highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={170}>{t('record.overview.date')}</Table.Th>
            <Table.Th>{t('record.overview.workshop')}</Table.Th>
            <Table.Th>{t('record.overview.facilitator')}</Table.Th>
            <Table.Th ta="right">{t('record.overview.participants')}</Table.Th>
            <Table.Th ta="right">{t('record.overview.open')}</Table.Th>
            <Table.Th ta="right">{t('record.overview.overdue')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {workshops.map((w) => (
            <Table.Tr key={w.path} data-testid="workshop-row">
              <Table.Td>{w.date ? format.date(w.date) : t('record.overview.noDate')}</Table.Td>
              <Table.Td>
                <UnstyledButton onClick={() => void openWorkshop(workspace, w.path)} aria-label={t('record.overview.openWorkshop', { title: w.title || w.relativePath })}>
                  <Text fw={600} c="teal.8">
                    {w.title || t('record.overview.untitled')}
                  </Text>
                </UnstyledButton>
                <Text size="xs" c="dimmed">
                  {w.relativePath}
                </Text>
              </Table.Td>
              <Table.Td>{w.facilitator}</Table.Td>
              <Table.Td ta="right">{t('record.overview.presentOf', { present: w.present, invited: w.invited })}</Table.Td>
              <Table.Td ta="right">{w.openActions}</Table.Td>
              <Table.Td ta="right">
                {w.overdueActions > 0 ? (
                  <Badge color="red" variant="filled">
                    {w.overdueActions}
                  </Badge>
                ) : (
                  0
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
        )}
      </Limited>
    </Card>
  );
}

function Damaged({ overview }: { overview: Overview }) {
  const { t } = useTranslation();
  if (overview.damaged.length === 0) return null;
  return (
    <Alert color="orange" icon={<IconFileAlert />} title={t('record.overview.damaged')} data-testid="damaged-files">
      <Text size="sm" mb="xs">
        {t('record.overview.damagedHint')}
      </Text>
      <Stack gap={4}>
        {overview.damaged.map((file) => (
          <div key={file.path}>
            <Text size="sm" fw={600}>
              {file.relativePath}
            </Text>
            <Text size="sm">{t(problemKey(file.problem))}</Text>
            <TechnicalDetail detail={file.detail} />
          </div>
        ))}
      </Stack>
    </Alert>
  );
}

/** The coordinator overview: every workshop in a folder, open and overdue actions by owner, attendance per person. */
export function OverviewScreen() {
  const { t } = useTranslation();
  const { open, busy, scan, setOpen } = useOverview();
  const workspace = useWorkspace();
  const today = useToday();
  const format = useFormat();
  // Aggregated once per scan and day, not on every render of the screen.
  const overview = useMemo(() => (scan?.status === 'scanned' ? aggregateOverview(scan.files, today) : null), [scan, today]);
  const choose = () => void read(() => bridge().invoke('overview:chooseFolder'));
  const rescan = () => scan && void read(() => bridge().invoke('overview:rescan', { folder: scan.folder }));
  return (
    <Modal opened={open} onClose={() => setOpen(false)} fullScreen withCloseButton={false} padding={0} transitionProps={{ duration: 0 }}>
      <div className="overview-screen" data-testid="overview">
        <header className="toolbar">
          <Group justify="space-between" wrap="nowrap" px="md" h="100%">
            <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
              <Button variant="subtle" color="gray" leftSection={<IconArrowLeft size={18} />} onClick={() => setOpen(false)}>
                {t('record.overview.back')}
              </Button>
              <Text fw={800}>{t('record.overview.title')}</Text>
              {scan && (
                <Text c="dimmed" size="sm" truncate>
                  {scan.folder}
                </Text>
              )}
            </Group>
            <Group gap="xs" wrap="nowrap">
              {busy && <Loader size="sm" />}
              {scan && (
                <Button variant="default" leftSection={<IconRefresh size={18} />} onClick={rescan} disabled={busy}>
                  {t('record.overview.rescan')}
                </Button>
              )}
              <Button leftSection={<IconFolderOpen size={18} />} onClick={choose} disabled={busy}>
                {t('record.overview.chooseFolder')}
              </Button>
            </Group>
          </Group>
        </header>
        <Container size="lg" py="lg">
          {!scan && (
            <Card withBorder padding="xl">
              <Stack align="flex-start">
                <Title order={2} size="h3">
                  {t('record.overview.title')}
                </Title>
                <Text maw={640}>{t('record.overview.intro')}</Text>
                <Button size="lg" leftSection={<IconFolderOpen />} onClick={choose} disabled={busy}>
                  {t('record.overview.chooseFolder')}
                </Button>
              </Stack>
            </Card>
          )}
          {scan?.status === 'failed' && (
            <Alert color="red" title={t('record.overview.failed')} role="alert">
              <Text>{t(problemKey(scan.problem))}</Text>
              <TechnicalDetail detail={scan.detail} />
            </Alert>
          )}
          {scan?.status === 'scanned' && overview && (
            <Stack gap="lg">
              <Text size="sm" c="dimmed" data-testid="scan-figures">
                {scan.ms < 1000
                  ? t('record.overview.scannedMs', { count: scan.files.length, ms: Math.max(1, Math.round(scan.ms)) })
                  : t('record.overview.scanned', { count: scan.files.length, seconds: format.number(scan.ms / 1000, 1) })}
              </Text>
              {scan.files.length === 0 ? (
                <Text c="dimmed">{t('record.overview.empty')}</Text>
              ) : (
                <Tabs defaultValue="actions" keepMounted={false}>
                  <Tabs.List mb="md">
                    <Tabs.Tab value="actions" fz="md">
                      {t('record.overview.tabs.actions')}
                    </Tabs.Tab>
                    <Tabs.Tab value="people" fz="md">
                      {t('record.overview.tabs.people')}
                    </Tabs.Tab>
                    <Tabs.Tab value="workshops" fz="md">
                      {t('record.overview.tabs.workshops')} ({overview.workshops.length})
                    </Tabs.Tab>
                    {overview.teams.length > 0 && (
                      <Tabs.Tab value="teams" fz="md" data-testid="overview-teams-tab">
                        {t('teamBoards.overview.tab')} ({overview.teams.length})
                      </Tabs.Tab>
                    )}
                  </Tabs.List>
                  <Tabs.Panel value="actions">
                    <ActionsTab overview={overview} />
                  </Tabs.Panel>
                  <Tabs.Panel value="people">
                    <PeopleTab overview={overview} />
                  </Tabs.Panel>
                  <Tabs.Panel value="workshops">
                    <WorkshopsTab overview={overview} />
                  </Tabs.Panel>
                  <Tabs.Panel value="teams">
                    <TeamsTab teams={overview.teams} onOpen={(path) => void openWorkshop(workspace, path)} />
                  </Tabs.Panel>
                </Tabs>
              )}
              <Damaged overview={overview} />
            </Stack>
          )}
        </Container>
      </div>
    </Modal>
  );
}
