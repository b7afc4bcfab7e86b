import type { ActionItem } from '../model/record';
import { CardColumn, type CardSize, type ImprovementBoard, type ImprovementCard, type MatrixPlace, type WipLimit } from '../model/teamBoards';
import { isOverdue } from '../record/overdue';

/**
 * The improvement board's arithmetic: cards per column, the WIP limit per column and card size,
 * where a card sits on the effort/effect matrix, and which cards are overdue (through the action
 * they became). Computed from the cards, never stored.
 */
export const columns: readonly CardColumn[] = CardColumn.options;

export function cardsIn(board: ImprovementBoard, column: CardColumn): ImprovementCard[] {
  return board.cards.filter((card) => card.column === column);
}

export interface ColumnLoad {
  column: CardColumn;
  small: number;
  project: number;
  limit: WipLimit;
  /** The sizes whose count is above the column's limit. */
  over: CardSize[];
}

export function columnLoad(board: ImprovementBoard, column: CardColumn): ColumnLoad {
  const cards = cardsIn(board, column);
  const small = cards.filter((c) => c.size === 'small').length;
  const project = cards.length - small;
  const limit = board.wipLimits[column];
  const over: CardSize[] = [];
  if (limit.small !== null && small > limit.small) over.push('small');
  if (limit.project !== null && project > limit.project) over.push('project');
  return { column, small, project, limit, over };
}

/** Would one more card of this size go over the column's limit? The board warns, it does not refuse. */
export function wouldExceed(board: ImprovementBoard, column: CardColumn, size: CardSize): boolean {
  const load = columnLoad(board, column);
  const limit = load.limit[size];
  return limit !== null && load[size] + 1 > limit;
}

export type Quadrant = 'quickWins' | 'projects' | 'fillIns' | 'avoid';

/** The quadrant of a place on the matrix; the middle line counts as high. */
export function quadrantOf(place: MatrixPlace): Quadrant {
  const highEffect = place.effect >= 0.5;
  const highEffort = place.effort >= 0.5;
  if (highEffect) return highEffort ? 'projects' : 'quickWins';
  return highEffort ? 'avoid' : 'fillIns';
}

/** A card's short title: its idea, else its problem. */
export function cardTitle(card: Pick<ImprovementCard, 'idea' | 'problem'>): string {
  return card.idea.trim() || card.problem.trim();
}

/** Cards that are not done: what "next meeting from this one" carries forward. */
export function openCards(board: ImprovementBoard): ImprovementCard[] {
  return board.cards.filter((card) => card.column !== 'done');
}

/** A card is overdue when it is not done and the action it became is overdue. */
export function isCardOverdue(card: ImprovementCard, actions: readonly ActionItem[], today: string): boolean {
  if (card.column === 'done' || card.actionId === null) return false;
  const action = actions.find((a) => a.id === card.actionId);
  return action !== undefined && isOverdue(action, today);
}

/** Numbers for the cards, in board order, so the matrix and the columns can refer to the same card. */
export function cardNumbers(board: ImprovementBoard): Map<string, number> {
  return new Map(board.cards.map((card, i) => [card.id, i + 1]));
}
