import './meeting.css';
import { Button, Group, SegmentedControl } from '@mantine/core';
import { IconCalendarPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Editor } from '../../editor/editor';
import { useEditorState, useWorkspace } from '../../app/context';
import { runCommand } from '../../app/commands';
import { CanvasView } from '../CanvasView';
import { GoalBoardView } from './GoalBoardView';
import { ImprovementBoardView } from './ImprovementBoardView';

type Shown = 'goalBoard' | 'improvementBoard' | 'canvas';

/**
 * The Boards tab. A board meeting has its goal board and improvement board in front of the
 * drawing boards; an ordinary workshop shows the drawing boards as before.
 */
export function BoardsView({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const hasTeamBoards = useEditorState(editor, (s) => s.history.present.teamBoards !== null);
  const [shown, setShown] = useState<Shown>('goalBoard');
  const workspace = useWorkspace();
  if (!hasTeamBoards) return <CanvasView editor={editor} />;
  return (
    <div className="team-boards" data-testid="team-boards">
      <Group justify="space-between" className="team-boards-top" wrap="nowrap">
      <SegmentedControl
        className="team-boards-switch"
        value={shown}
        onChange={(value) => setShown(value as Shown)}
        data={[
          { value: 'goalBoard', label: t('teamBoards.views.goalBoard') },
          { value: 'improvementBoard', label: t('teamBoards.views.improvementBoard') },
          { value: 'canvas', label: t('teamBoards.views.canvas') },
        ]}
        data-testid="team-boards-switch"
      />
        {!editor.origin.readOnly && (
          <Button variant="light" leftSection={<IconCalendarPlus size={18} />} onClick={() => runCommand(workspace, 'record.followUp')} data-testid="next-meeting">
            {t('teamBoards.meeting.nextMeeting')}
          </Button>
        )}
      </Group>
      {shown === 'goalBoard' && <GoalBoardView editor={editor} />}
      {shown === 'improvementBoard' && <ImprovementBoardView editor={editor} />}
      {shown === 'canvas' && <CanvasView editor={editor} />}
    </div>
  );
}
