import { MantineProvider } from '@mantine/core';
import { fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { AgendaEditor } from '../../../../renderer/plan/AgendaEditor';
import { WorkspaceContext } from '../../../../renderer/app/context';
import { createRendererI18n } from '../../../../renderer/app/i18n';
import { ShortcutSheet } from '../../../../renderer/app/ShortcutSheet';
import { shortcutSheet } from '../../../../renderer/app/shortcutSheet';
import { Workspace } from '../../../../renderer/app/workspace';
import { Editor } from '../../../../renderer/editor/editor';
import { addAgendaItem, setPlannedEnd, updateAgendaItem } from '../../../../renderer/editor/workshopCommands';
import type { VerkstadApi } from '../../../../shared/ipc/contract';
import { newWorkshop } from '../../../../shared/model/defaults';

function setup(ui: (editor: Editor) => React.ReactNode) {
  const doc = newWorkshop();
  doc.header.startTime = '09:00';
  doc.participants = [{ id: 'p-anna', name: 'Anna Lind', role: 'Case officer', email: '', attendance: null, arrivedAt: null, prepared: null }] as typeof doc.participants;
  const editor = new Editor(doc, { path: null, fileName: null, stamp: null, readOnly: false, fileVersion: null });
  const workspace = new Workspace({ invoke: async () => ({ ok: true }), on: () => () => undefined } as unknown as VerkstadApi, () => 'Untitled');
  render(
    <MantineProvider>
      <I18nextProvider i18n={createRendererI18n('en')}>
        <WorkspaceContext.Provider value={workspace}>{ui(editor)}</WorkspaceContext.Provider>
      </I18nextProvider>
    </MantineProvider>,
  );
  return { editor };
}

// Rendering Mantine and typing through user-event take seconds on a busy machine.
describe('planning the agenda for the run', { timeout: 30_000 }, () => {
  it('warns when a pinned lunch cannot start at its pin and when the plan runs past its end', async () => {
    const { editor } = setup((e) => <AgendaEditor editor={e} />);
    const work = addAgendaItem(editor, 'item', 200);
    updateAgendaItem(editor, work, { title: 'Map the current state' });
    const lunch = addAgendaItem(editor, 'lunch', 45);
    updateAgendaItem(editor, lunch, { title: 'Lunch', pinnedStart: '12:00' });
    setPlannedEnd(editor, '12:30');
    const warnings = await screen.findByTestId('agenda-warnings');
    expect(warnings).toHaveTextContent('“Lunch” is pinned to 12:00 but cannot start before 12:20.');
    expect(warnings).toHaveTextContent('The agenda ends at 13:05, after 12:30.');
  });

  it('shows the free time before a pinned item that the plan leaves', async () => {
    const { editor } = setup((e) => <AgendaEditor editor={e} />);
    addAgendaItem(editor, 'item', 150);
    const lunch = addAgendaItem(editor, 'lunch', 45);
    updateAgendaItem(editor, lunch, { pinnedStart: '12:00' });
    expect(await screen.findByTestId('gap-before')).toHaveTextContent('30 min free before this item');
    expect(screen.queryByTestId('agenda-warnings')).toBeNull();
  });

  it('an owner typed as a participant’s name is linked to the participant; another name stays free text', async () => {
    const { editor } = setup((e) => <AgendaEditor editor={e} />);
    const id = addAgendaItem(editor);
    const owner = (await screen.findAllByLabelText('Owner')).find((element) => element.tagName === 'INPUT')!;
    fireEvent.change(owner, { target: { value: 'Anna Lind' } });
    expect(editor.document.agenda.items[0]).toMatchObject({ id, owner: 'Anna Lind', ownerParticipantId: 'p-anna' });
    fireEvent.change(owner, { target: { value: 'Anna Lind (guest)' } });
    expect(editor.document.agenda.items[0]).toMatchObject({ owner: 'Anna Lind (guest)', ownerParticipantId: null });
  });

  it('the shortcut sheet lists the run keys from the command list', async () => {
    setup(() => <ShortcutSheet />);
    shortcutSheet.setState({ open: true });
    const sheet = await screen.findByTestId('shortcut-sheet');
    expect(sheet).toHaveTextContent('Start or pause');
    expect(sheet).toHaveTextContent('Space');
    expect(sheet).toHaveTextContent('Show or hide projector');
    expect(sheet).toHaveTextContent('Save');
  });
});
