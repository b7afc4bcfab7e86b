import type { ComponentType } from 'react';
import type { Editor } from '../editor/editor';
import { BoardsView } from '../boards/meeting/BoardsView';
import { PlanView } from '../plan/PlanView';
import { RecordView } from '../record/RecordView';
import { RunView } from '../run/RunView';
import { RoomView } from '../room/RoomView';

/**
 * The tabs of an open workshop. Each feature registers its view here with one line, so the
 * workshop screen never grows a switch over features.
 */
export interface WorkshopView {
  id: string;
  /** Catalogue key of the tab's label. */
  labelKey: string;
  Component: ComponentType<{ editor: Editor }>;
}

export const workshopViews: WorkshopView[] = [
  { id: 'plan', labelKey: 'views.plan', Component: PlanView },
  { id: 'boards', labelKey: 'canvas.tab', Component: BoardsView },
  { id: 'run', labelKey: 'run.tab', Component: RunView },
  { id: 'room', labelKey: 'room.tab', Component: RoomView },
  { id: 'record', labelKey: 'record.tab', Component: RecordView },
];
