import { builtInTemplates } from '../agenda/templates';
import { createI18n } from '../i18n';
import { newAgendaItem, newWorkshop } from '../model/defaults';
import { newId } from '../model/ids';
import type { Language } from '../model/language';
import type { TeamBoards, Workshop } from '../model/workshop';

/**
 * A new board meeting: a workshop with the team's goal board (the areas the team chooses; Safety,
 * Quality, Delivery, Cost and People to start with) and improvement board (3 small improvements and
 * 2 projects in progress), and the weekly board-meeting agenda, in the user's language.
 */
export function emptyTeamBoards(team: string, areas: readonly string[]): TeamBoards {
  return {
    team,
    goalBoard: { overallGoal: '', areas: areas.map((name) => ({ id: newId(), name })), goals: [], kpis: [] },
    improvementBoard: {
      cards: [],
      wipLimits: { new: { small: null, project: null }, prioritised: { small: null, project: null }, inProgress: { small: 3, project: 2 }, done: { small: null, project: null } },
    },
  };
}

/** The team boards with the default areas, named in a language. */
export function defaultTeamBoards(lang: Language): TeamBoards {
  const { t } = createI18n(lang);
  const areas = (['safety', 'quality', 'delivery', 'cost', 'people'] as const).map((a) => t(`teamBoards.defaults.areas.${a}`));
  return emptyTeamBoards(t('teamBoards.defaults.team'), areas);
}

/** The agenda items of the weekly board meeting, titled in a language; KPIs and suggestions show their board. */
export function boardMeetingAgenda(lang: Language) {
  const { t } = createI18n(lang);
  const template = builtInTemplates.find((tpl) => tpl.id === 'boardMeeting')!;
  return template.items.map((item) => ({ ...newAgendaItem(item.kind, item.plannedMinutes), title: t(item.titleKey), shows: item.shows ?? null }));
}

export function newBoardMeeting(lang: Language, today: string, now: Date = new Date()): Workshop {
  const { t } = createI18n(lang);
  const doc = newWorkshop(now);
  const teamBoards = defaultTeamBoards(lang);
  doc.header = { ...doc.header, language: lang, date: today, title: t('teamBoards.defaults.meetingTitle', { team: teamBoards.team }) };
  doc.agenda.items = boardMeetingAgenda(lang);
  doc.teamBoards = teamBoards;
  return doc;
}
