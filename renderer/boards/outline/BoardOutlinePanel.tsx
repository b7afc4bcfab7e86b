import { CloseButton, Stack, Text, Title } from '@mantine/core';
import { useEffect, useId, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Board } from '../../../shared/model/board';
import type { Language } from '../../../shared/model/language';
import type { Workshop } from '../../../shared/model/workshop';
import { boardOutline, type OutlineConnection, type OutlineShape } from '../../../shared/outline/boardOutline';
import { specsOf } from '../../../shared/shapes/vsm/fields';
import type { WorkingCalendar } from '../../../shared/vsm/units';
import { LIMITS } from '../../app/fields/limits';
import { LimitedTextInput } from '../../app/fields/textLimit';
import { useEditorState } from '../../app/context';
import { select } from '../../editor/board/canvasState';
import { setConnectorLabel } from '../../editor/board/connectorCommands';
import { renameLane } from '../../editor/board/lanes';
import { setShapeText } from '../../editor/board/shapeCommands';
import type { CanvasController } from '../canvas/controller';
import { useSelection, useVsm } from '../vsm/useVsm';
import { VsmShapeEditor } from '../vsm/VsmShapeEditor';
import './outline.css';

/**
 * The canvas's accessible counterpart: the shown board as nested lists (swimlanes → lanes →
 * shapes, the shapes outside lanes, the connections "Svarvning → Fräsning"), built by the same
 * `boardOutline` the PDF's figure descriptions use and read from the same store as the canvas.
 * Choosing an item selects it on the board (and scrolls the board to it); what is selected on the
 * board is marked here. The selected shape's text and data-box values are edited in place through
 * the same editor commands as the canvas and the side panel, so undo takes them back.
 */
export function BoardOutlinePanel({ controller, onClose }: { controller: CanvasController; onClose: () => void }) {
  const { t } = useTranslation();
  const editor = controller.editor;
  const { lang, board, metrics } = useVsm(editor);
  const doc = useEditorState(editor, (s) => s.history.present);
  const selection = useSelection(editor);
  const outline = useMemo(() => (board ? boardOutline(board, lang) : null), [board, lang]);
  const titleId = useId();
  const list = useRef<HTMLDivElement>(null);

  // What is selected on the board comes into view here too.
  const first = selection[0];
  useEffect(() => {
    if (!first) return;
    const item = list.current?.querySelector(`[data-outline-id="${CSS.escape(first)}"]`);
    item?.scrollIntoView({ block: 'nearest' });
  }, [first]);

  if (!board || !outline) return null;
  const chosen = new Set(selection);
  const choose = (id: string) => {
    select(editor, [id]);
    if (board.shapes.some((s) => s.id === id)) controller.ensureVisible(id);
  };
  const calendar: WorkingCalendar = metrics
    ? { secondsPerWorkingDay: metrics.netAvailableTime.value, workingDaysPerWeek: board.vsm?.settings.workingDaysPerWeek ?? 5 }
    : { secondsPerWorkingDay: null, workingDaysPerWeek: board.vsm?.settings.workingDaysPerWeek ?? 5 };
  const item = (shape: OutlineShape) => (
    <ShapeItem key={shape.id} shape={shape} board={board} selected={chosen.has(shape.id)} editing={selection.length === 1 && chosen.has(shape.id)} onChoose={choose} editor={controller} doc={doc} lang={lang} calendar={calendar} />
  );
  const count = (n: number) => t('outline.shapesIn', { count: n });

  return (
    <aside className="board-outline" aria-labelledby={titleId} data-testid="board-outline">
      <div className="board-outline-head">
        <Title order={2} size="h5" id={titleId}>
          {t('outline.title')}
        </Title>
        <CloseButton size="sm" aria-label={t('outline.close')} onClick={onClose} data-testid="board-outline-close" />
      </div>
      <div className="board-outline-scroll" ref={list}>
        <Text size="xs" c="dimmed" mb="xs">
          {t('outline.intro')}
        </Text>
        {outline.shapes.length === 0 && outline.pools.length === 0 && <Text size="sm">{t('outline.empty')}</Text>}
        {outline.pools.map((pool) => (
          <section key={pool.id} className="board-outline-section">
            <Title order={3} size="h6">
              <button type="button" className="board-outline-item" aria-current={chosen.has(pool.id) || undefined} data-outline-id={pool.id} onClick={() => choose(pool.id)}>
                {pool.name ? t('outline.lanesOf', { name: pool.name }) : t('outline.lanesUnnamed')}
              </button>
            </Title>
            {selection.length === 1 && chosen.has(pool.id) && !editor.origin.readOnly && (
              <PoolEditor board={board} poolId={pool.id} editor={controller} />
            )}
            <ul className="board-outline-list">
              {pool.lanes.map((lane, i) => {
                const laneId = `${titleId}-lane-${lane.id}`;
                return (
                  <li key={lane.id}>
                    <span id={laneId} className="board-outline-lane">
                      {lane.name ? t('outline.lane', { name: lane.name }) : t('outline.laneUnnamed', { number: i + 1 })} · {count(lane.shapes.length)}
                    </span>
                    {lane.shapes.length > 0 && (
                      <ul className="board-outline-list" aria-labelledby={laneId}>
                        {lane.shapes.map(item)}
                      </ul>
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
        {outline.others.length > 0 && (
          <section className="board-outline-section">
            {outline.pools.length > 0 && (
              <Title order={3} size="h6">
                {t('outline.others')}
              </Title>
            )}
            <ul className="board-outline-list" aria-label={outline.pools.length > 0 ? t('outline.others') : t('outline.title')}>
              {outline.others.map(item)}
            </ul>
          </section>
        )}
        <section className="board-outline-section">
          <Title order={3} size="h6">
            {t('outline.connections')}
          </Title>
          {outline.connections.length === 0 ? (
            <Text size="sm">{t('outline.noConnections')}</Text>
          ) : (
            <ul className="board-outline-list" aria-label={t('outline.connections')}>
              {outline.connections.map((c) => (
                <li key={c.id}>
                  <button type="button" className="board-outline-item" aria-current={chosen.has(c.id) || undefined} data-outline-id={c.id} data-testid="outline-connection" onClick={() => choose(c.id)}>
                    {connectionText(c, t)}
                  </button>
                  {selection.length === 1 && chosen.has(c.id) && !editor.origin.readOnly && (
                    <div className="board-outline-edit" role="group" aria-label={t('outline.edit', { name: `${c.from.name} → ${c.to.name}` })} data-testid="outline-edit">
                      <LimitedTextInput
                        limit={LIMITS.connector.label}
                        size="xs"
                        label={t('outline.label')}
                        value={board.connectors.find((x) => x.id === c.id)?.label ?? ''}
                        data-testid="outline-label"
                        onChange={(e) => setConnectorLabel(editor, board.id, c.id, e.currentTarget.value)}
                        onBlur={() => editor.seal()}
                      />
                    </div>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </aside>
  );
}

/** A chosen swimlane pool: its name and each lane's name, through the canvas's commands. */
function PoolEditor({ board, poolId, editor: controller }: { board: Board; poolId: string; editor: CanvasController }) {
  const { t } = useTranslation();
  const editor = controller.editor;
  const pool = board.shapes.find((s) => s.id === poolId);
  if (pool?.type !== 'swimlane') return null;
  return (
    <div className="board-outline-edit" role="group" aria-label={t('outline.edit', { name: pool.text || t('outline.lanesUnnamed') })} data-testid="outline-edit">
      <Stack gap={4}>
        <LimitedTextInput limit={LIMITS.shape.text} size="xs" label={t('outline.text')} value={pool.text} data-testid="outline-text" onChange={(e) => setShapeText(editor, board.id, pool.id, e.currentTarget.value)} onBlur={() => editor.seal()} />
        {pool.props.lanes.map((lane, i) => (
          <LimitedTextInput
            key={lane.id}
            limit={LIMITS.lane.name}
            size="xs"
            label={t('outline.laneUnnamed', { number: i + 1 })}
            value={lane.name}
            data-testid="outline-lane-name"
            onChange={(e) => renameLane(editor, board.id, pool.id, lane.id, e.currentTarget.value)}
            onBlur={() => editor.seal()}
          />
        ))}
      </Stack>
    </div>
  );
}

/** "Svarvning → Fräsning", with its label in the language's quotes and its arrow kind. */
function connectionText(c: OutlineConnection, t: TFunction): string {
  const base = `${c.from.name} → ${c.to.name}`;
  const labelled = c.label ? t('access.describe.labelled', { connection: base, label: c.label }) : base;
  return `${labelled}${c.flowName ? ` · ${c.flowName}` : ''}`;
}

function ShapeItem({ shape, board, selected, editing, onChoose, editor: controller, doc, lang, calendar }: {
  shape: OutlineShape;
  board: Board;
  selected: boolean;
  editing: boolean;
  onChoose: (id: string) => void;
  editor: CanvasController;
  doc: Workshop;
  lang: Language;
  calendar: WorkingCalendar;
}) {
  const { t } = useTranslation();
  const editor = controller.editor;
  const readOnly = editor.origin.readOnly;
  const groupId = useId();
  const real = board.shapes.find((s) => s.id === shape.id);
  const data = shape.fields.map((f) => `${f.name} ${f.value}${f.invalid ? ' (!)' : ''}`).join(' · ');
  return (
    <li data-testid="outline-shape">
      <button type="button" className="board-outline-item" aria-current={selected || undefined} data-outline-id={shape.id} data-testid="outline-item" onClick={() => onChoose(shape.id)}>
        <span className="board-outline-kind">{shape.kind}</span> <span className="board-outline-text">{shape.text || <em>{t('outline.noText')}</em>}</span>
        {data && <span className="board-outline-data">{data}</span>}
      </button>
      {editing && real && !readOnly && (
        <div className="board-outline-edit" role="group" aria-labelledby={groupId} data-testid="outline-edit">
          <span id={groupId} className="visually-hidden">
            {t('outline.edit', { name: shape.text || shape.kind })}
          </span>
          {specsOf(real.type) || real.type.startsWith('vsm') ? (
            <VsmShapeEditor editor={editor} board={board} doc={doc} lang={lang} selection={[real.id]} calendar={calendar} readOnly={readOnly} />
          ) : (
            <Stack gap={4}>
              <LimitedTextInput
                limit={LIMITS.shape.text}
                size="xs"
                label={t('outline.text')}
                value={real.text}
                data-testid="outline-text"
                onChange={(e) => setShapeText(editor, board.id, real.id, e.currentTarget.value)}
                onBlur={() => editor.seal()}
              />
            </Stack>
          )}
        </div>
      )}
    </li>
  );
}
