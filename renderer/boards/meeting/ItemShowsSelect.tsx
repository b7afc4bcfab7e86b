import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ItemShows, type AgendaItem } from '../../../shared/model/workshop';
import { useEditorState } from '../../app/context';
import type { Editor } from '../../editor/editor';
import { updateAgendaItem } from '../../editor/workshopCommands';

/** In a board meeting: which team board the projector shows during an agenda item. Nothing in other workshops. */
export function ItemShowsSelect({ editor, item, readOnly }: { editor: Editor; item: AgendaItem; readOnly: boolean }) {
  const { t } = useTranslation();
  const hasBoards = useEditorState(editor, (s) => s.history.present.teamBoards !== null);
  if (!hasBoards) return null;
  return (
    <NativeSelect
      mt="xs"
      ml={36}
      w={320}
      size="xs"
      label={t('teamBoards.meeting.projectorBoard')}
      value={item.shows ?? ''}
      disabled={readOnly}
      data={[{ value: '', label: t('teamBoards.meeting.showsNothing') }, ...ItemShows.options.map((s) => ({ value: s, label: t(`teamBoards.views.${s}`) }))]}
      onChange={(e) => updateAgendaItem(editor, item.id, { shows: e.currentTarget.value === '' ? null : ItemShows.parse(e.currentTarget.value) })}
      data-testid="item-shows"
    />
  );
}
