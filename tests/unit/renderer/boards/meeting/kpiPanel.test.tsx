import { MantineProvider } from '@mantine/core';
import { act, render, renderHook } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { useCsvImport } from '../../../../../renderer/boards/meeting/CsvImport';
import { KpiPanel, sameSettings } from '../../../../../renderer/boards/meeting/KpiPanel';
import { WorkspaceContext } from '../../../../../renderer/app/context';
import { createRendererI18n } from '../../../../../renderer/app/i18n';
import { Workspace } from '../../../../../renderer/app/workspace';
import { Editor } from '../../../../../renderer/editor/editor';
import { addKpi, setKpiValue } from '../../../../../renderer/editor/teamBoardCommands';
import { newBoardMeeting } from '../../../../../shared/kpi/meeting';
import { boardWords } from '../../../../../shared/kpi/words';
import type { VerkstadApi } from '../../../../../shared/ipc/contract';
import { Kpi } from '../../../../../shared/model/teamBoards';

/** Counts the renders of each period's value cell: the panel should render only the one typed in. */
const cellRenders = vi.hoisted(() => new Map<string, number>());
vi.mock('../../../../../renderer/boards/meeting/ValueCell', () => ({
  ValueCell: ({ period }: { period: string }) => {
    cellRenders.set(period, (cellRenders.get(period) ?? 0) + 1);
    return <input className="kpi-cell" aria-label={period} readOnly />;
  },
}));

const MEETING = '2026-03-19';
const origin = { path: null, fileName: null, stamp: null, readOnly: false, fileVersion: null };
const words = boardWords('sv');

function setup() {
  const editor = new Editor(newBoardMeeting('sv', MEETING, new Date(`${MEETING}T07:00:00Z`)), origin);
  const id = addKpi(editor, { name: 'Ledtid', target: 28, tolerance: 4, direction: 'lower' });
  for (const [period, value] of [['2026-W08', '30'], ['2026-W09', '29'], ['2026-W10', '27']] as const) setKpiValue(editor, id, period, value, 'sv');
  const api = { invoke: async () => ({ ok: true }), on: () => () => undefined } as unknown as VerkstadApi;
  const workspace = new Workspace(api, () => 'Namnlös');
  workspace.store.setState({ language: 'sv' });
  const i18n = createRendererI18n('sv');
  const panel = () => {
    const board = editor.document.teamBoards!.goalBoard;
    return (
      <MantineProvider>
        <I18nextProvider i18n={i18n}>
          <WorkspaceContext.Provider value={workspace}>
            <KpiPanel editor={editor} board={board} kpi={board.kpis.find((k) => k.id === id)!} actions={editor.document.actions} words={words} meetingDate={MEETING} onDeleted={() => undefined} />
          </WorkspaceContext.Provider>
        </I18nextProvider>
      </MantineProvider>
    );
  };
  return { editor, id, panel };
}

describe('the KPI panel', { timeout: 30_000 }, () => {
  it('renders again only the row of the value typed, not the other periods', () => {
    const { editor, id, panel } = setup();
    const view = render(panel());
    expect([...cellRenders.keys()].sort()).toEqual(['2026-W06', '2026-W07', '2026-W08', '2026-W09', '2026-W10', '2026-W11']);
    cellRenders.clear();
    act(() => setKpiValue(editor, id, '2026-W11', '26,5', 'sv'));
    view.rerender(panel());
    expect([...cellRenders.keys()]).toEqual(['2026-W11']);
  });
});

describe('the KPI settings are rendered again', () => {
  const kpi = Kpi.parse({ id: 'k1', name: 'Ledtid', unit: 'dagar', direction: 'lower', target: 28, tolerance: 4, period: 'week', entries: [{ period: '2026-W10', value: 27, text: '27', comment: '' }] });

  it('for a change of every field the schema has (but the values), read off the schema itself', () => {
    const fields = Object.keys(Kpi.parse({ ...kpi }));
    expect(fields.length).toBeGreaterThan(5);
    for (const field of fields.filter((f) => f !== 'entries')) {
      const changed = { ...kpi, [field]: field === 'target' || field === 'tolerance' ? 99 : `${String(kpi[field as keyof Kpi])}-changed` } as Kpi;
      expect(sameSettings(kpi, changed), field).toBe(false);
    }
  });

  it('not for a value typed, but when the first value locks the period', () => {
    expect(sameSettings(kpi, { ...kpi, entries: [...kpi.entries, { period: '2026-W11', value: 26, text: '26', comment: '' }] })).toBe(true);
    expect(sameSettings(kpi, { ...kpi, entries: [] })).toBe(false);
  });
});

describe('the CSV import', () => {
  it('hands the view one start for its whole life, whatever the board becomes', () => {
    const { editor } = setup();
    const { result, rerender } = renderHook(({ board }) => useCsvImport(editor, board, words), { initialProps: { board: editor.document.teamBoards!.goalBoard } });
    const first = result.current.start;
    act(() => setKpiValue(editor, editor.document.teamBoards!.goalBoard.kpis[0]!.id, '2026-W11', '25', 'sv'));
    rerender({ board: editor.document.teamBoards!.goalBoard });
    expect(result.current.start).toBe(first);
  });
});
