import './record.css';
import { Badge, Button, Group, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconArrowForwardUp, IconFileTypeDocx, IconLink, IconMailForward, IconTable } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { summarizeAttendance } from '../../shared/record/attendance';
import { isOverdue } from '../../shared/record/overdue';
import type { Editor } from '../editor/editor';
import { runCommand } from '../app/commands';
import { useEditorState, useWorkspace } from '../app/context';
import { ActionsPanel } from './ActionsPanel';
import { AttendancePanel } from './AttendancePanel';
import { DecisionsPanel } from './DecisionsPanel';
import { useFormat, useToday } from './hooks';
import { NotesPanel } from './NotesPanel';
import { ParticipationPanel } from './ParticipationPanel';
import { useRecordSection, type RecordSection } from './stores';

const panels: Record<RecordSection, (props: { editor: Editor }) => React.JSX.Element> = {
  attendance: AttendancePanel,
  actions: ActionsPanel,
  decisions: DecisionsPanel,
  notes: NotesPanel,
  participation: ParticipationPanel,
};

/** The figures a facilitator glances at during the meeting: who is here, what is open, what is late. */
function Summary({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const format = useFormat();
  const today = useToday();
  const doc = useEditorState(editor, (s) => s.history.present);
  const attendance = summarizeAttendance(doc.participants, doc.header.startTime);
  const open = doc.actions.filter((a) => a.status !== 'done').length;
  const overdue = doc.actions.filter((a) => isOverdue(a, today)).length;
  const follows = doc.followsWorkshop;
  return (
    <Paper withBorder p="sm" radius="md" className="record-summary">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Group gap="lg" wrap="wrap">
          <Text fw={700} size="lg" data-testid="summary-present">
            {t('record.summary.present', { present: attendance.present, invited: attendance.invited })}
          </Text>
          {attendance.late > 0 && (
            <Badge color="orange" variant="light" size="lg" tt="none">
              {t('record.summary.late', { count: attendance.late })}
            </Badge>
          )}
          <Badge color="blue" variant="light" size="lg" tt="none">
            {t('record.summary.open', { count: open })}
          </Badge>
          {overdue > 0 && (
            <Badge color="red" variant="filled" size="lg" tt="none" data-testid="summary-overdue">
              {t('record.summary.overdue', { count: overdue })}
            </Badge>
          )}
        </Group>
        <Group gap="sm" wrap="wrap">
          {follows && (
            <Text size="sm" c="dimmed" data-testid="follows">
              <IconLink size={14} style={{ verticalAlign: -2, marginRight: 4 }} />
              {follows.date
                ? t('record.followUp.followsDated', { title: follows.title || t('workshop.untitled'), date: format.date(follows.date) })
                : t('record.followUp.follows', { title: follows.title || t('workshop.untitled') })}
            </Text>
          )}
          <Button variant="light" leftSection={<IconFileTypeDocx size={18} />} onClick={() => runCommand(workspace, 'report.exportWord')} data-testid="record-export-word">
            {t('exchange.menu.exportWord')}
          </Button>
          <Button variant="light" leftSection={<IconTable size={18} />} onClick={() => runCommand(workspace, 'record.exportTables')}>
            {t('exchange.tables.button')}
          </Button>
          <Button variant="light" leftSection={<IconMailForward size={18} />} onClick={() => runCommand(workspace, 'record.sendActions')}>
            {t('exchange.send.button')}
          </Button>
          <Button variant="light" leftSection={<IconArrowForwardUp size={18} />} onClick={() => runCommand(workspace, 'record.followUp')}>
            {t('record.followUp.button')}
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}

/** The Record tab: attendance, actions, decisions and parking lot, notes, participation. */
export function RecordView({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const { section, setSection } = useRecordSection();
  const Panel = panels[section];
  return (
    <Stack gap="md">
      <Summary editor={editor} />
      <SegmentedControl
        fullWidth
        size="md"
        value={section}
        onChange={(value) => setSection(value as RecordSection)}
        aria-label={t('record.tab')}
        data={(Object.keys(panels) as RecordSection[]).map((id) => ({ value: id, label: t(`record.sections.${id}`) }))}
        data-testid="record-sections"
      />
      {/* A file from a newer version is read-only: every control of the record is disabled at once. */}
      <fieldset disabled={editor.origin.readOnly} className="record-fieldset">
        <Panel editor={editor} />
      </fieldset>
    </Stack>
  );
}
