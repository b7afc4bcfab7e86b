import type { AgendaItemKind } from '../model/agenda';
import type { ItemShows } from '../model/teamBoards';

/**
 * The agenda templates that come with the app. Titles are catalogue keys (run.templates.*), so a
 * template fills the agenda in the user's language; the user's own templates are stored by main
 * (agenda-templates.json) with their titles as typed.
 */
export interface BuiltInTemplateItem {
  kind: AgendaItemKind;
  titleKey: string;
  plannedMinutes: number;
  pinnedStart?: string;
  /** A board meeting's items show the goal board or the improvement board on the projector. */
  shows?: ItemShows;
}

export interface BuiltInTemplate {
  id: string;
  nameKey: string;
  items: BuiltInTemplateItem[];
}

const k = (area: string, key: string) => `run.templates.${area}.${key}`;

export const builtInTemplates: BuiltInTemplate[] = [
  {
    id: 'improvementGroup',
    nameKey: k('improvementGroup', 'name'),
    items: [
      { kind: 'item', titleKey: k('improvementGroup', 'checkIn'), plannedMinutes: 5 },
      { kind: 'item', titleKey: k('improvementGroup', 'followUp'), plannedMinutes: 15 },
      { kind: 'item', titleKey: k('improvementGroup', 'board'), plannedMinutes: 20 },
      { kind: 'item', titleKey: k('improvementGroup', 'decide'), plannedMinutes: 15 },
      { kind: 'item', titleKey: k('improvementGroup', 'evaluate'), plannedMinutes: 5 },
    ],
  },
  {
    id: 'vsm',
    nameKey: k('vsm', 'name'),
    items: [
      { kind: 'item', titleKey: k('vsm', 'welcome'), plannedMinutes: 15 },
      { kind: 'item', titleKey: k('vsm', 'gemba'), plannedMinutes: 60 },
      { kind: 'break', titleKey: k('vsm', 'coffee'), plannedMinutes: 15 },
      { kind: 'item', titleKey: k('vsm', 'data'), plannedMinutes: 30 },
      { kind: 'lunch', titleKey: k('vsm', 'lunch'), plannedMinutes: 45, pinnedStart: '12:00' },
      { kind: 'item', titleKey: k('vsm', 'waste'), plannedMinutes: 45 },
      { kind: 'item', titleKey: k('vsm', 'future'), plannedMinutes: 45 },
      { kind: 'break', titleKey: k('vsm', 'coffee'), plannedMinutes: 10 },
      { kind: 'item', titleKey: k('vsm', 'actions'), plannedMinutes: 25 },
      { kind: 'item', titleKey: k('vsm', 'evaluate'), plannedMinutes: 10 },
    ],
  },
  {
    id: 'boardMeeting',
    nameKey: k('boardMeeting', 'name'),
    items: [
      { kind: 'item', titleKey: k('boardMeeting', 'checkIn'), plannedMinutes: 1 },
      { kind: 'item', titleKey: k('boardMeeting', 'kpis'), plannedMinutes: 5, shows: 'goalBoard' },
      { kind: 'item', titleKey: k('boardMeeting', 'suggestions'), plannedMinutes: 4, shows: 'improvementBoard' },
      { kind: 'item', titleKey: k('boardMeeting', 'actionsDue'), plannedMinutes: 3 },
      { kind: 'item', titleKey: k('boardMeeting', 'decisions'), plannedMinutes: 2 },
    ],
  },
];
