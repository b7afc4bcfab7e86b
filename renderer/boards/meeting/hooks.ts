import { useMemo } from 'react';
import { boardWords, type BoardWords } from '../../../shared/kpi/words';
import { useWorkspaceState } from '../../app/context';
import { useToday } from '../../record/hooks';
import type { Editor } from '../../editor/editor';
import { useEditorState } from '../../app/context';

/** The words of the boards in the app's language. */
export function useBoardWords(): BoardWords {
  const language = useWorkspaceState((s) => s.language);
  return useMemo(() => boardWords(language), [language]);
}

/** The day the boards are judged for: the meeting's date, or today when it has none. */
export function useMeetingDate(editor: Editor): string {
  const today = useToday();
  const date = useEditorState(editor, (s) => s.history.present.header.date);
  return date ?? today;
}
