import { Button, Group, Menu, Modal, Stack, Text } from '@mantine/core';
import { IconDeviceFloppy, IconTemplate, IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { builtInTemplates } from '../../shared/agenda/templates';
import type { AgendaTemplate, TemplateItem } from '../../shared/ipc/runContract';
import type { AgendaItem } from '../../shared/model/agenda';
import type { Editor } from '../editor/editor';
import { replaceAgendaItems } from '../editor/workshopCommands';
import type { VerkstadApi } from '../../shared/ipc/contract';
import { bridge } from '../app/bridge';
import { useWorkspaceState } from '../app/context';
import { defaultTeamBoards } from '../../shared/kpi/meeting';
import { addTeamBoards } from '../editor/teamBoardCommands';
import { LIMITS } from '../app/fields/limits';
import { LimitedTextInput } from '../app/fields/textLimit';

type PlanItem = Omit<AgendaItem, 'id'>;

const fromTemplate = (items: TemplateItem[]): PlanItem[] => items.map((item) => ({ ...item, ownerParticipantId: null, shows: null }));

/**
 * Start from a template (the app's three, or the user's own) and save the agenda as a template.
 * The user's templates live in main (agenda-templates.json in the app's data folder).
 */
export function AgendaTemplates({ editor, itemCount }: { editor: Editor; itemCount: number }) {
  const { t } = useTranslation();
  const language = useWorkspaceState((s) => s.language);
  const [mine, setMine] = useState<AgendaTemplate[]>([]);
  const [saving, setSaving] = useState(false);
  const [name, setName] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  // The bridge to main; missing only where the editor is rendered without a host (component tests).
  const api = bridge() as VerkstadApi | undefined;

  useEffect(() => {
    void api
      ?.invoke('templates:list')
      .then(setMine)
      .catch(() => undefined);
  }, [api]);

  const apply = (templateName: string, items: PlanItem[]): boolean => {
    if (itemCount > 0 && !window.confirm(t('run.templates.replaceConfirm', { count: itemCount, name: templateName }))) return false;
    replaceAgendaItems(editor, items);
    return true;
  };

  const save = async () => {
    const trimmed = name.trim();
    if (!trimmed || !api) return;
    const items: TemplateItem[] = editor.document.agenda.items.map(({ kind, title, plannedMinutes, notes, owner, pinnedStart }) => ({ kind, title, plannedMinutes, notes, owner, pinnedStart }));
    setMine(await api.invoke('templates:save', { name: trimmed, items }));
    setSaving(false);
    setSaved(trimmed);
  };

  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button variant="default" size="xs" leftSection={<IconTemplate size={16} />} data-testid="templates-menu">
            {t('run.templates.button')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{t('run.templates.builtIn')}</Menu.Label>
          {builtInTemplates.map((template) => (
            <Menu.Item
              key={template.id}
              onClick={() => {
                const applied = apply(
                  t(template.nameKey),
                  template.items.map((item) => ({
                    kind: item.kind,
                    title: t(item.titleKey),
                    plannedMinutes: item.plannedMinutes,
                    notes: '',
                    owner: '',
                    ownerParticipantId: null,
                    pinnedStart: item.pinnedStart ?? null,
                    shows: item.shows ?? null,
                  })),
                );
                // The board meeting's agenda comes with its boards, so the KPI round has a board to show.
                if (applied && template.id === 'boardMeeting' && editor.document.teamBoards === null) addTeamBoards(editor, defaultTeamBoards(editor.document.header.language ?? language));
              }}
            >
              {t(template.nameKey)}
            </Menu.Item>
          ))}
          <Menu.Divider />
          <Menu.Label>{t('run.templates.mine')}</Menu.Label>
          {mine.length === 0 && (
            <Text size="sm" c="dimmed" px="sm" py={4}>
              {t('run.templates.none')}
            </Text>
          )}
          {mine.map((template) => (
            <Menu.Item
              key={template.id}
              onClick={() => apply(template.name, fromTemplate(template.items))}
              rightSection={
                <IconTrash
                  size={14}
                  aria-label={t('run.templates.delete')}
                  onClick={(event) => {
                    event.stopPropagation();
                    void api?.invoke('templates:delete', { id: template.id }).then(setMine);
                  }}
                />
              }
            >
              {template.name}
            </Menu.Item>
          ))}
          <Menu.Divider />
          <Menu.Item leftSection={<IconDeviceFloppy size={16} />} disabled={itemCount === 0} onClick={() => setSaving(true)}>
            {t('run.templates.saveCurrent')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal opened={saving} onClose={() => setSaving(false)} title={<Text fw={700}>{t('run.templates.saveCurrent')}</Text>} centered>
        <Stack>
          <LimitedTextInput limit={LIMITS.template.name} label={t('run.templates.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} data-autofocus />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setSaving(false)}>
              {t('actions.cancel')}
            </Button>
            <Button disabled={!name.trim()} onClick={() => void save()}>
              {t('run.templates.save')}
            </Button>
          </Group>
        </Stack>
      </Modal>
      {saved && (
        <Text size="sm" c="teal.8" role="status">
          {t('run.templates.saved', { name: saved })}
        </Text>
      )}
    </>
  );
}
