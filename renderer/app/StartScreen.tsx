import { AppMenu } from './AppMenu';
import { ActionIcon, Alert, Badge, Button, Card, Container, Group, Stack, Text, Title, Tooltip, UnstyledButton } from '@mantine/core';
import { IconChartDots3, IconFilePlus, IconFolderOpen, IconLifebuoy, IconPresentationAnalytics, IconSettings, IconX } from '@tabler/icons-react';
import { newBoardMeeting } from '../../shared/kpi/meeting';
import { localDate } from '../../shared/record/overdue';
import { useTranslation } from 'react-i18next';
import { localeTag } from '../../shared/i18n/format';
import { runCommand } from './commands';
import { useWorkspace, useWorkspaceState } from './context';

function useWhen() {
  const language = useWorkspaceState((s) => s.language);
  return (iso: string) => new Intl.DateTimeFormat(localeTag[language], { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

function DraftRecovery() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const drafts = useWorkspaceState((s) => s.drafts);
  const when = useWhen();
  if (drafts.length === 0) return null;
  return (
    <Alert color="orange" icon={<IconLifebuoy />} title={t('start.recovery')} data-testid="recovery">
      <Text size="sm" mb="sm">
        {t('start.recoveryHint')}
      </Text>
      <Stack gap="xs">
        {drafts.map((draft) => (
          <Group key={draft.draftId} justify="space-between" wrap="nowrap">
            <div>
              <Text fw={600}>{draft.title || draft.fileName || t('start.untitled')}</Text>
              <Text size="xs" c="dimmed">
                {draft.fileName ? `${draft.fileName} · ` : ''}
                {t('start.draftSavedAt', { when: when(draft.savedAt) })}
              </Text>
            </div>
            <Group gap="xs" wrap="nowrap">
              <Button size="xs" onClick={() => void workspace.restoreDraft(draft.draftId)}>
                {t('start.restore')}
              </Button>
              <Button size="xs" variant="default" onClick={() => void workspace.discardDraft(draft.draftId)}>
                {t('start.discard')}
              </Button>
            </Group>
          </Group>
        ))}
      </Stack>
    </Alert>
  );
}

function RecentList() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const recent = useWorkspaceState((s) => s.recent);
  const when = useWhen();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="recent-heading">
      <Title order={2} size="h4" id="recent-heading" mb="sm">
        {t('start.recent')}
      </Title>
      {recent.length === 0 ? (
        <Text c="dimmed">{t('start.noRecent')}</Text>
      ) : (
        <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {recent.map((entry) => (
            <Group component="li" key={entry.path} wrap="nowrap" gap="xs" className="recent-row">
              <UnstyledButton
                style={{ flex: 1, minWidth: 0 }}
                className="recent-open"
                disabled={!entry.exists}
                onClick={() => void workspace.openRecent(entry.path)}
              >
                <Group gap="xs" wrap="nowrap">
                  <Text fw={600} truncate>
                    {entry.title || entry.fileName}
                  </Text>
                  {!entry.exists && (
                    <Badge color="gray" variant="light" size="sm">
                      {t('start.missing')}
                    </Badge>
                  )}
                </Group>
                <Text size="xs" c="dimmed" truncate>
                  {entry.path} · {t('start.lastOpened', { when: when(entry.lastOpenedAt) })}
                </Text>
              </UnstyledButton>
              <Tooltip label={t('start.removeFromList')}>
                <ActionIcon variant="subtle" color="gray" aria-label={t('start.removeFromList')} onClick={() => void workspace.removeRecent(entry.path)}>
                  <IconX size={16} />
                </ActionIcon>
              </Tooltip>
            </Group>
          ))}
        </Stack>
      )}
    </Card>
  );
}

export function StartScreen() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  return (
    <Container size="sm" py={48}>
      <Stack gap="xl">
        <Group justify="space-between" align="flex-start">
          <div>
            <Group gap="sm">
              <AppMenu />
              <Title order={1}>{t('app.name')}</Title>
            </Group>
            <Text c="dimmed" size="lg">
              {t('app.tagline')}
            </Text>
          </div>
          <Tooltip label={t('actions.settings')}>
            <ActionIcon variant="default" size="lg" aria-label={t('actions.settings')} onClick={() => workspace.setSettingsOpen(true)}>
              <IconSettings size={20} />
            </ActionIcon>
          </Tooltip>
        </Group>
        <DraftRecovery />
        <Group grow>
          <Button size="lg" leftSection={<IconFilePlus />} onClick={() => void workspace.newWorkshop()}>
            {t('start.newWorkshop')}
          </Button>
          <Button size="lg" variant="default" leftSection={<IconFolderOpen />} onClick={() => void workspace.open()}>
            {t('start.open')}
          </Button>
        </Group>
        <Button variant="light" size="md" leftSection={<IconPresentationAnalytics />} onClick={() => void workspace.newWorkshop((lang) => newBoardMeeting(lang, localDate(new Date())))} data-testid="new-board-meeting">
          {t('teamBoards.meeting.startButton')}
        </Button>
        <RecentList />
        <Button variant="light" size="md" leftSection={<IconChartDots3 />} onClick={() => runCommand(workspace, 'record.overview')} data-testid="open-overview">
          {t('record.overview.startButton')}
        </Button>
      </Stack>
    </Container>
  );
}
