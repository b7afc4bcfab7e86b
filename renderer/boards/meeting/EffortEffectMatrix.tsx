import { Text } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cardTitle } from '../../../shared/improvement/board';
import type { ImprovementBoard, ImprovementCard, MatrixPlace } from '../../../shared/model/teamBoards';
import type { Editor } from '../../editor/editor';
import { placeCard } from '../../editor/teamBoardCommands';

interface Props {
  editor: Editor;
  board: ImprovementBoard;
  numbers: Map<string, number>;
  onEdit(card: ImprovementCard): void;
}

const STEP = 0.05;

/**
 * The effort/effect matrix: effect upwards, effort to the right. A card is dragged onto it (from
 * the list of cards not yet placed) and about on it; with the keyboard, arrows move the focused
 * card a step, Delete takes it off. A whole drag is one undo step: the place is written on release.
 */
export function EffortEffectMatrix({ editor, board, numbers, onEdit }: Props) {
  const { t } = useTranslation();
  const area = useRef<HTMLDivElement>(null);
  const inner = useRef<HTMLDivElement>(null);
  const [drag, setDrag] = useState<{ cardId: string; place: MatrixPlace | null; x: number; y: number } | null>(null);
  const readOnly = editor.origin.readOnly;
  const open = board.cards.filter((c) => c.column !== 'done');
  const placed = open.filter((c) => c.matrix !== null);
  const unplaced = open.filter((c) => c.matrix === null);

  const placeAt = (clientX: number, clientY: number): MatrixPlace | null => {
    const box = inner.current?.getBoundingClientRect();
    if (!box) return null;
    const effort = (clientX - box.left) / box.width;
    const effect = 1 - (clientY - box.top) / box.height;
    // Within the frame counts, a little past the inner edge is the edge.
    if (effort < -0.05 || effort > 1.05 || effect < -0.05 || effect > 1.05) return null;
    return { effort: Math.max(0, Math.min(1, effort)), effect: Math.max(0, Math.min(1, effect)) };
  };
  const start = (card: ImprovementCard) => (e: React.PointerEvent<HTMLElement>) => {
    if (readOnly || e.button !== 0) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    setDrag({ cardId: card.id, place: card.matrix, x: e.clientX, y: e.clientY });
  };
  const moveDrag = (e: React.PointerEvent) => drag && setDrag({ ...drag, place: placeAt(e.clientX, e.clientY) ?? drag.place, x: e.clientX, y: e.clientY });
  const endDrag = (e: React.PointerEvent) => {
    if (!drag) return;
    const place = placeAt(e.clientX, e.clientY);
    if (place) placeCard(editor, drag.cardId, place);
    setDrag(null);
  };
  const keys = (card: ImprovementCard) => (e: React.KeyboardEvent) => {
    if (readOnly || !card.matrix) return;
    const d = { ArrowLeft: [-STEP, 0], ArrowRight: [STEP, 0], ArrowUp: [0, STEP], ArrowDown: [0, -STEP] }[e.key];
    if (d) {
      e.preventDefault();
      placeCard(editor, card.id, { effort: card.matrix.effort + d[0]!, effect: card.matrix.effect + d[1]! });
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      placeCard(editor, card.id, null);
    } else if (e.key === 'Enter') onEdit(card);
  };
  const label = (card: ImprovementCard) => `${numbers.get(card.id)}. ${cardTitle(card) || t('teamBoards.improvement.card.untitled')}`;
  const shownPlace = (card: ImprovementCard) => (drag?.cardId === card.id && drag.place ? drag.place : card.matrix);

  return (
    <div className="matrix-view" onPointerMove={moveDrag} onPointerUp={endDrag} onPointerCancel={() => setDrag(null)}>
      <div className="matrix-frame">
        <div className="matrix-axis-y" aria-hidden>
          {t('teamBoards.improvement.matrix.effect')} →
        </div>
        <div ref={area} className="matrix-area" data-testid="matrix-area" aria-label={t('teamBoards.improvement.matrix.title')} role="group">
          <div className="quadrant q-quickWins">{t('teamBoards.improvement.matrix.quickWins')}</div>
          <div className="quadrant q-projects">{t('teamBoards.improvement.matrix.projects')}</div>
          <div className="quadrant q-fillIns">{t('teamBoards.improvement.matrix.fillIns')}</div>
          <div className="quadrant q-avoid">{t('teamBoards.improvement.matrix.avoid')}</div>
          <div ref={inner} className="matrix-inner">
          {placed.map((card) => {
            const place = shownPlace(card)!;
            return (
              <button
                type="button"
                key={card.id}
                className={`matrix-chip card-${card.column}${drag?.cardId === card.id ? ' dragging' : ''}`}
                style={{ left: `${place.effort * 100}%`, top: `${(1 - place.effect) * 100}%` }}
                title={label(card)}
                aria-label={`${label(card)}. ${t('teamBoards.cards.placedAt', { number: numbers.get(card.id), effort: Math.round(place.effort * 100), effect: Math.round(place.effect * 100) })}`}
                onPointerDown={start(card)}
                onKeyDown={keys(card)}
                onDoubleClick={() => onEdit(card)}
                data-testid="matrix-chip"
                data-card-id={card.id}
              >
                {numbers.get(card.id)}
              </button>
            );
          })}
          </div>
        </div>
        <div className="matrix-axis-x" aria-hidden>
          <span>{t('teamBoards.improvement.matrix.low')}</span>
          <b>{t('teamBoards.improvement.matrix.effort')} →</b>
          <span>{t('teamBoards.improvement.matrix.high')}</span>
        </div>
      </div>
      <aside className="matrix-side">
        <Text size="sm" fw={700}>
          {t('teamBoards.improvement.matrix.unplaced')}
        </Text>
        <Text size="xs" c="dimmed" mb="xs">
          {t('teamBoards.cards.dragHint')}
        </Text>
        <ul className="matrix-unplaced">
          {unplaced.map((card) => (
            <li key={card.id}>
              <button
                type="button"
                className={`matrix-list-card card-${card.column}`}
                onPointerDown={start(card)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' && !readOnly) placeCard(editor, card.id, { effort: 0.5, effect: 0.5 });
                }}
                title={t('teamBoards.cards.place')}
                data-testid="matrix-unplaced"
                data-card-id={card.id}
              >
                {label(card)}
              </button>
            </li>
          ))}
        </ul>
        <Text size="sm" fw={700} mt="md">
          {t('teamBoards.improvement.matrix.title')}
        </Text>
        <ol className="matrix-legend">
          {placed.map((card) => (
            <li key={card.id} value={numbers.get(card.id)}>
              {cardTitle(card) || t('teamBoards.improvement.card.untitled')}
            </li>
          ))}
        </ol>
      </aside>
      {drag && !board.cards.find((c) => c.id === drag.cardId)?.matrix && (
        <div className="matrix-ghost" style={{ left: drag.x, top: drag.y }} aria-hidden>
          {numbers.get(drag.cardId)}
        </div>
      )}
    </div>
  );
}
