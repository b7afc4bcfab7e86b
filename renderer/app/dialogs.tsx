import { Button, Group, Modal, SegmentedControl, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { languages } from '../../shared/i18n';
import { Language } from '../../shared/model/language';
import { useWorkspace, useWorkspaceState } from './context';
import { TechnicalDetail } from './fields/TechnicalDetail';
import { problemKey } from './problems';
import { WordTemplateSetting } from '../report/documents/WordTemplateSetting';

/** Open and save failures, in the user's language, with the technical detail underneath. */
export function NoticeDialog() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const notice = useWorkspaceState((s) => s.notice);
  if (!notice) return null;
  const title =
    notice.kind === 'openFailed'
      ? t('errors.openFailed', { name: notice.fileName })
      : notice.kind === 'saveFailed'
        ? t('errors.saveFailed', { name: notice.fileName })
        : notice.kind === 'savedNotFlushed'
          ? t('files.notFlushed', { name: notice.fileName })
          : t('errors.draftFailed');
  const problem = 'problem' in notice ? notice.problem : null;
  return (
    <Modal opened onClose={() => workspace.dismissNotice()} title={<Text fw={700}>{title}</Text>} centered size="lg">
      <Stack data-testid="notice" role="alert">
        {problem !== null && <Text>{t(problemKey(problem))}</Text>}
        {notice.kind === 'openFailed' && <Text c="dimmed">{t('errors.fileUntouched')}</Text>}
        {notice.kind === 'saveFailed' && <Text fw={600}>{t('errors.workKept')}</Text>}
        {notice.kind === 'draftFailed' && <Text fw={600}>{t('failures.draftAdvice')}</Text>}
        {'detail' in notice && <TechnicalDetail detail={notice.detail} />}
        <Group justify="flex-end">
          <Button onClick={() => workspace.dismissNotice()} data-autofocus>
            {t('actions.ok')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** While a save waits on another program that holds the file: said at once, not after five silent seconds. */
export function SaveWaitingNote() {
  const { t } = useTranslation();
  const waiting = useWorkspaceState((s) => s.saveWaiting);
  if (!waiting) return null;
  return (
    <Text role="status" data-testid="save-waiting" className="save-waiting" size="sm">
      {t('files.saveWaiting', { name: waiting.fileName })}
    </Text>
  );
}

export function SettingsDialog() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const open = useWorkspaceState((s) => s.settingsOpen);
  const language = useWorkspaceState((s) => s.language);
  return (
    <Modal opened={open} onClose={() => workspace.setSettingsOpen(false)} title={<Text fw={700}>{t('settings.heading')}</Text>} centered>
      <Stack>
        <div>
          <Text fw={600} id="language-label">
            {t('settings.language')}
          </Text>
          <Text size="sm" c="dimmed" mb="xs">
            {t('settings.languageHint')}
          </Text>
          <SegmentedControl
            aria-labelledby="language-label"
            fullWidth
            value={language}
            data={languages.map((lang) => ({ value: lang, label: t(`settings.languages.${lang}`) }))}
            onChange={(value) => void workspace.setLanguage(Language.parse(value))}
          />
        </div>
        <WordTemplateSetting />
        <Group justify="flex-end">
          <Button onClick={() => workspace.setSettingsOpen(false)}>{t('actions.ok')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
