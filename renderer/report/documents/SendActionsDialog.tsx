import { Alert, Badge, Button, Group, List, Modal, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconMailForward } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { openActionsByOwner } from '../../../shared/documents/actionOwners';
import type { ActionDraftsResponse } from '../../../shared/ipc/exchangeContract';
import type { Language } from '../../../shared/model/workshop';
import { localDate } from '../../../shared/record/overdue';
import type { Editor } from '../../editor/editor';
import { updateParticipant } from '../../editor/recordCommands';
import { bridge } from '../../app/bridge';
import { useEditorState, useWorkspaceState } from '../../app/context';
import { useExchangeDialog } from './stores';
import { TechnicalDetail } from '../../app/fields/TechnicalDetail';
import { describeExportError, type ExportOutcome } from '../exportResult';
import { useReturnFocus } from '../../app/returnFocus';

/**
 * File › Send actions…: who gets which open actions, with the e-mail address from the participant
 * list (typed here if it is missing: it is the participant's field, one undo step), then the
 * drafts and calendar files written to a folder the user picks.
 */
export function SendActionsDialog() {
  const editor = useWorkspaceState((s) => s.editor);
  const appLanguage = useWorkspaceState((s) => s.language);
  const { open, close } = useExchangeDialog();
  if (!editor || open !== 'sendActions') return null;
  return <SendActionsModal editor={editor} language={editor.document.header.language ?? appLanguage} onClose={close} />;
}

function SendActionsModal({ editor, language, onClose }: { editor: Editor; language: Language; onClose: () => void }) {
  useReturnFocus();
  const { t } = useTranslation();
  const doc = useEditorState(editor, (s) => s.history.present);
  const { owners, withoutOwner } = openActionsByOwner(doc);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ActionDraftsResponse | null>(null);
  const [thrown, setThrown] = useState<ExportOutcome | null>(null);
  const readOnly = editor.origin.readOnly;

  const participantOf = (owner: string) => doc.participants.find((p) => p.name.trim().toLocaleLowerCase('sv') === owner.trim().toLocaleLowerCase('sv'));

  const write = async () => {
    setBusy(true);
    setResult(null);
    setThrown(null);
    try {
      setResult(await bridge().invoke('actions:writeDrafts', { document: editor.document, language, today: localDate(new Date()) }));
    } catch (error) {
      // A request that failed on its way (the bridge refused it, the folder dialog or main did not answer) is said, never silent.
      setThrown(describeExportError(error, t('exchange.send.what'), t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={<Text fw={700}>{t('exchange.send.title')}</Text>} centered size="xl">
      <Stack gap="md">
        <Text size="sm">{t('exchange.send.intro')}</Text>
        {owners.length === 0 ? (
          <Text c="dimmed" data-testid="send-none">
            {t('exchange.send.none')}
          </Text>
        ) : (
          <Table verticalSpacing="xs" data-testid="send-owners">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('exchange.send.owner')}</Table.Th>
                <Table.Th>{t('exchange.send.openActions')}</Table.Th>
                <Table.Th>{t('exchange.send.email')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {owners.map((owner) => {
                const participant = participantOf(owner.owner);
                return (
                  <Table.Tr key={owner.owner}>
                    <Table.Td>
                      <Text fw={600}>{owner.owner}</Text>
                    </Table.Td>
                    <Table.Td>{t('exchange.send.actionCount', { count: owner.actions.length })}</Table.Td>
                    <Table.Td>
                      {participant ? (
                        <TextInput
                          size="sm"
                          type="email"
                          aria-label={t('exchange.send.emailOf', { name: owner.owner })}
                          placeholder={t('exchange.send.emailPlaceholder')}
                          value={participant.email}
                          readOnly={readOnly}
                          error={owner.invalidEmail !== null ? t('exchange.send.invalidEmail') : undefined}
                          onChange={(e) => updateParticipant(editor, participant.id, { email: e.currentTarget.value })}
                          onBlur={() => editor.seal()}
                        />
                      ) : (
                        <Badge color="gray" variant="light" tt="none">
                          {t('exchange.send.notParticipant')}
                        </Badge>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}
        {withoutOwner > 0 && (
          <Text size="sm" c="orange.8">
            {t('exchange.send.withoutOwner', { count: withoutOwner })}
          </Text>
        )}
        {result?.status === 'written' && (
          <Alert color="green" title={t('exchange.send.written', { count: result.drafts.length, folder: result.folder })} data-testid="send-result">
            <List size="sm">
              {result.drafts.map((draft) => (
                <List.Item key={draft.owner}>
                  {draft.files.join(', ')}
                  {draft.email === null && <Text span c="orange.8">{` – ${t('exchange.send.addressByHand')}`}</Text>}
                </List.Item>
              ))}
            </List>
          </Alert>
        )}
        {result?.status === 'failed' && (
          <Alert color="red" role="alert" data-testid="send-failed" title={t('exchange.send.failed', { folder: result.folder })}>
            {t(`errors.io.${result.problem}`)}
            <TechnicalDetail detail={result.detail} />
          </Alert>
        )}
        {thrown && (
          <Alert color="red" role="alert" title={thrown.message} data-testid="send-failed">
            {thrown.advice}
            {thrown.detail !== null && <TechnicalDetail detail={thrown.detail} />}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('actions.close')}
          </Button>
          <Button leftSection={<IconMailForward size={18} />} onClick={() => void write()} loading={busy} disabled={owners.length === 0}>
            {t('exchange.send.write')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
