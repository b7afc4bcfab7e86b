import { Button, Divider, Group, Modal, SegmentedControl, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cardNumbers } from '../../../shared/improvement/board';
import type { CardSize, ImprovementCard } from '../../../shared/model/teamBoards';
import { useEditorState, useWorkspaceState } from '../../app/context';
import { DateField } from '../../app/fields/DateField';
import type { Editor } from '../../editor/editor';
import { addCard, cardToAction, updateCard } from '../../editor/teamBoardCommands';
import { useToday } from '../../record/hooks';
import { useReturnFocus } from '../../app/returnFocus';

export type CardEditorTarget = { kind: 'new' } | { kind: 'edit'; cardId: string };

type Draft = Pick<ImprovementCard, 'problem' | 'idea' | 'suggestedBy' | 'suggestedOn' | 'size' | 'kpiId' | 'effect'>;

/** A suggestion card's text and links, and turning it into an action (owner, due date). */
export function CardEditor({ editor, target, onClose }: { editor: Editor; target: CardEditorTarget; onClose(): void }) {
  useReturnFocus();
  const { t } = useTranslation();
  const language = useWorkspaceState((s) => s.language);
  const today = useToday();
  const teamBoards = useEditorState(editor, (s) => s.history.present.teamBoards);
  const actions = useEditorState(editor, (s) => s.history.present.actions);
  const card = target.kind === 'edit' ? teamBoards?.improvementBoard.cards.find((c) => c.id === target.cardId) : undefined;
  const [draft, setDraft] = useState<Draft>(() => ({
    problem: card?.problem ?? '',
    idea: card?.idea ?? '',
    suggestedBy: card?.suggestedBy ?? '',
    suggestedOn: card?.suggestedOn ?? today,
    size: card?.size ?? 'small',
    kpiId: card?.kpiId ?? null,
    effect: card?.effect ?? '',
  }));
  const [owner, setOwner] = useState('');
  const [due, setDue] = useState<string | null>(null);
  if (!teamBoards || (target.kind === 'edit' && !card)) return null;
  const number = card ? cardNumbers(teamBoards.improvementBoard).get(card.id) : undefined;
  const action = card?.actionId ? actions.find((a) => a.id === card.actionId) : undefined;
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const save = () => {
    if (card) updateCard(editor, card.id, draft);
    else addCard(editor, draft);
    onClose();
  };
  return (
    <Modal opened onClose={onClose} size="lg" title={card ? t('teamBoards.cards.editTitle', { number }) : t('teamBoards.cards.newTitle')} data-testid="card-editor">
      <Stack gap="sm">
        <Textarea label={t('teamBoards.improvement.card.problem')} autosize minRows={2} maxLength={2_000} value={draft.problem} onChange={(e) => set('problem', e.currentTarget.value)} data-autofocus data-testid="card-problem" />
        <Textarea label={t('teamBoards.improvement.card.idea')} autosize minRows={2} maxLength={2_000} value={draft.idea} onChange={(e) => set('idea', e.currentTarget.value)} data-testid="card-idea" />
        <Group grow>
          <TextInput label={t('teamBoards.improvement.card.suggestedBy')} maxLength={200} value={draft.suggestedBy} onChange={(e) => set('suggestedBy', e.currentTarget.value)} data-testid="card-who" />
          <DateField label={t('teamBoards.improvement.card.suggestedOn')} language={language} value={draft.suggestedOn} onChange={(v) => set('suggestedOn', v)} />
        </Group>
        <Group grow align="flex-end">
          <div>
            <Text size="sm" fw={500} mb={4}>
              {t('teamBoards.cards.size')}
            </Text>
            <SegmentedControl
              fullWidth
              value={draft.size}
              onChange={(v) => set('size', v as CardSize)}
              data={(['small', 'project'] as const).map((s) => ({ value: s, label: t(`teamBoards.improvement.sizes.${s}`) }))}
            />
          </div>
          <Select
            label={t('teamBoards.improvement.card.kpi')}
            clearable
            placeholder={t('teamBoards.improvement.card.noKpi')}
            value={draft.kpiId}
            data={teamBoards.goalBoard.kpis.map((k) => ({ value: k.id, label: k.name || '—' }))}
            onChange={(v) => set('kpiId', v)}
          />
        </Group>
        {card?.column === 'done' && <Textarea label={t('teamBoards.improvement.card.effect')} autosize minRows={2} maxLength={2_000} value={draft.effect} onChange={(e) => set('effect', e.currentTarget.value)} data-testid="card-effect" />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('teamBoards.csv.cancel')}
          </Button>
          <Button onClick={save} data-testid="card-save">
            {t('teamBoards.cards.save')}
          </Button>
        </Group>
        {card && (
          <>
            <Divider label={t('teamBoards.cards.actionTitle')} labelPosition="left" />
            {action ? (
              <Text size="sm" data-testid="card-action">
                {action.what} – {action.owner || t('record.actions.noOwner')}
                {action.dueDate ? `, ${action.dueDate}` : ''} ({t(`record.actions.statuses.${action.status}`)})
              </Text>
            ) : (
              <Group grow align="flex-end">
                <TextInput label={t('teamBoards.cards.owner')} maxLength={200} value={owner} onChange={(e) => setOwner(e.currentTarget.value)} data-testid="card-action-owner" />
                <DateField label={t('teamBoards.cards.due')} language={language} value={due} onChange={setDue} />
                <Button
                  variant="light"
                  onClick={() => {
                    updateCard(editor, card.id, draft);
                    cardToAction(editor, card.id, { what: (draft.idea || draft.problem).trim().slice(0, 5_000), owner: owner.trim(), dueDate: due });
                  }}
                  data-testid="card-action-create"
                >
                  {t('teamBoards.cards.create')}
                </Button>
              </Group>
            )}
          </>
        )}
      </Stack>
    </Modal>
  );
}
