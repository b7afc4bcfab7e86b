import { Badge, Button, Card, Group, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { IconClockCheck, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Participant } from '../../shared/model/record';
import { clockNow, minutesLate } from '../../shared/record/attendance';
import { personKey } from '../../shared/record/overview';
import type { Editor } from '../editor/editor';
import { addParticipant, markArrived, removeParticipant, setAttendance, updateParticipant } from '../editor/recordCommands';
import { useEditorState } from '../app/context';
import { useFormat, useKnownPeople } from './hooks';
import { ClockTimeInput } from '../app/fields/ClockTimeInput';
import { DeleteButton } from './DeleteButton';
import { LIMITS } from '../app/fields/limits';
import { LimitedAutocomplete, LimitedTextInput } from '../app/fields/textLimit';

function AddParticipant({ editor, taken }: { editor: Editor; taken: Set<string> }) {
  const { t } = useTranslation();
  const { people, remember } = useKnownPeople();
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [email, setEmail] = useState('');
  const suggestions = people.filter((p) => !taken.has(personKey(p.name))).map((p) => p.name);
  const pick = (picked: string) => {
    const known = people.find((p) => p.name === picked);
    if (known) {
      setRole(known.role);
      setEmail(known.email);
    }
  };
  const add = () => {
    if (name.trim() === '') return;
    const person = { name: name.trim(), role: role.trim(), email: email.trim() };
    addParticipant(editor, person);
    remember(person);
    setName('');
    setRole('');
    setEmail('');
  };
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        add();
      }}
    >
      <Group align="flex-end" gap="xs" wrap="wrap">
        <LimitedAutocomplete limit={LIMITS.participant.name}
          label={t('record.participants.name')}
          placeholder={t('record.participants.namePlaceholder')}
          data={suggestions}
          value={name}
          onChange={setName}
          onOptionSubmit={pick}
          style={{ flex: 2, minWidth: 220 }}
          data-testid="participant-name"
        />
        <LimitedTextInput limit={LIMITS.participant.role} label={t('record.participants.role')} value={role} onChange={(e) => setRole(e.currentTarget.value)} style={{ flex: 1, minWidth: 140 }} />
        <LimitedTextInput limit={LIMITS.participant.email}
          label={t('record.participants.email')}
          type="email"
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
          style={{ flex: 1, minWidth: 160 }}
        />
        <Button type="submit" leftSection={<IconUserPlus size={18} />} disabled={name.trim() === ''}>
          {t('record.participants.add')}
        </Button>
      </Group>
    </form>
  );
}

function ParticipantRow({ editor, participant, startTime }: { editor: Editor; participant: Participant; startTime: string | null }) {
  const { t } = useTranslation();
  const late = minutesLate(participant, startTime);
  const name = participant.name || '—';
  return (
    <Table.Tr data-testid="participant-row" className={`attendance-${participant.attendance ?? 'none'}`}>
      <Table.Td>
        <Text fw={600}>{name}</Text>
        {participant.role && (
          <Text size="sm" c="dimmed">
            {participant.role}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <SegmentedControl
          size="sm"
          aria-label={t('record.participants.attendanceOf', { name })}
          value={participant.attendance ?? ''}
          onChange={(value) => setAttendance(editor, participant.id, value === '' ? null : (value as Participant['attendance']))}
          data={[
            { value: 'present', label: t('record.participants.present') },
            { value: 'absent', label: t('record.participants.absent') },
            { value: 'excused', label: t('record.participants.excused') },
          ]}
          color={participant.attendance === 'present' ? 'teal' : participant.attendance === 'absent' ? 'red' : 'gray'}
        />
      </Table.Td>
      <Table.Td>
        {participant.attendance === 'present' && participant.arrivedAt !== null ? (
          // The time and the badge keep their width; on a narrow window the badge goes under the time.
          <Group gap="xs" wrap="wrap">
            <ClockTimeInput
              size="sm"
              w={140}
              style={{ flexShrink: 0 }}
              aria-label={t('record.participants.arrivedAt', { name })}
              value={participant.arrivedAt}
              onChange={(value) => updateParticipant(editor, participant.id, { arrivedAt: value })}
            />
            {late !== null &&
              (late > 0 ? (
                <Badge color="orange" variant="light" tt="none" size="lg" style={{ flexShrink: 0 }} data-testid="late-badge">
                  {t('record.participants.lateBy', { minutes: late })}
                </Badge>
              ) : (
                <Badge color="teal" variant="light" tt="none" size="lg" style={{ flexShrink: 0 }}>
                  {t('record.participants.onTime')}
                </Badge>
              ))}
          </Group>
        ) : (
          <Button
            size="sm"
            variant={participant.attendance === null ? 'light' : 'subtle'}
            leftSection={<IconClockCheck size={18} />}
            onClick={() => markArrived(editor, participant.id, clockNow(new Date()))}
            aria-label={`${t('record.participants.arrivedNow')}: ${name}`}
          >
            {t('record.participants.arrivedNow')}
          </Button>
        )}
      </Table.Td>
      <Table.Td>
        <SegmentedControl
          size="sm"
          aria-label={t('record.participants.preparedOf', { name })}
          value={participant.prepared === null ? '' : participant.prepared ? 'yes' : 'no'}
          onChange={(value) => updateParticipant(editor, participant.id, { prepared: value === 'yes' })}
          data={[
            { value: 'yes', label: t('record.participants.prepared') },
            { value: 'no', label: t('record.participants.notPrepared') },
          ]}
          color={participant.prepared === false ? 'orange' : 'teal'}
        />
      </Table.Td>
      <Table.Td w={44}>
        <DeleteButton label={t('record.participants.remove', { name })} onClick={() => removeParticipant(editor, participant.id)} />
      </Table.Td>
    </Table.Tr>
  );
}

export function AttendancePanel({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const format = useFormat();
  const participants = useEditorState(editor, (s) => s.history.present.participants);
  const startTime = useEditorState(editor, (s) => s.history.present.header.startTime);
  const taken = new Set(participants.map((p) => personKey(p.name)));
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="attendance-heading">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="attendance-heading">
          {t('record.participants.heading')}
        </Title>
        <Text c="dimmed" size="sm">
          {startTime ? t('record.participants.startsAt', { time: format.clock(startTime) }) : t('record.participants.noStart')}
        </Text>
      </Group>
      <Stack gap="md">
        {participants.length === 0 ? (
          <Text c="dimmed">{t('record.participants.empty')}</Text>
        ) : (
          <Table verticalSpacing="xs" highlightOnHover>
            <Table.Tbody>
              {participants.map((participant) => (
                <ParticipantRow key={participant.id} editor={editor} participant={participant} startTime={startTime} />
              ))}
            </Table.Tbody>
          </Table>
        )}
        <AddParticipant editor={editor} taken={taken} />
      </Stack>
    </Card>
  );
}
