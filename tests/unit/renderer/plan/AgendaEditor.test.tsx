import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { AgendaEditor } from '../../../../renderer/plan/AgendaEditor';
import { WorkspaceContext } from '../../../../renderer/app/context';
import { createRendererI18n } from '../../../../renderer/app/i18n';
import { Workspace } from '../../../../renderer/app/workspace';
import { Editor } from '../../../../renderer/editor/editor';
import { addAgendaItem, updateAgendaItem } from '../../../../renderer/editor/workshopCommands';
import { newWorkshop } from '../../../../shared/model/defaults';
import type { VerkstadApi } from '../../../../shared/ipc/contract';

function setup(language: 'sv' | 'en' = 'en') {
  const doc = newWorkshop();
  doc.header.startTime = '13:00';
  const editor = new Editor(doc, { path: null, fileName: null, stamp: null, readOnly: false, fileVersion: null });
  const api = { invoke: async () => ({ ok: true }), on: () => () => undefined } as unknown as VerkstadApi;
  const workspace = new Workspace(api, () => 'Untitled');
  workspace.store.setState({ language });
  const i18n = createRendererI18n(language);
  render(
    <MantineProvider>
      <I18nextProvider i18n={i18n}>
        <WorkspaceContext.Provider value={workspace}>
          <AgendaEditor editor={editor} />
        </WorkspaceContext.Provider>
      </I18nextProvider>
    </MantineProvider>,
  );
  return { editor };
}

// Typing through user-event and rendering Mantine take seconds on a busy machine.
describe('the agenda editor', { timeout: 30_000 }, () => {
  it('shows computed clock times and the planned end in the user’s language', async () => {
    const { editor } = setup('sv');
    const { act } = await import('@testing-library/react');
    act(() => {
      updateAgendaItem(editor, addAgendaItem(editor), { title: 'Incheckning', plannedMinutes: 20 });
      updateAgendaItem(editor, addAgendaItem(editor), { title: 'Paus', plannedMinutes: 10, kind: 'break' });
    });
    expect(screen.getAllByTestId('clock-range').map((el) => el.textContent)).toEqual(['13:00–13:20', '13:20–13:30']);
    expect(screen.getByTestId('planned-end')).toHaveTextContent('Planerat slut 13:30');
  });

  it('marks a minutes value that is not a whole number and never saves it as zero', async () => {
    const { editor } = setup();
    const { act } = await import('@testing-library/react');
    act(() => void addAgendaItem(editor, 'item', 25));
    const input = screen.getByLabelText('Minutes');
    await userEvent.clear(input);
    expect(await screen.findByText('Enter a value.')).toBeInTheDocument();
    expect(editor.document.agenda.items[0]?.plannedMinutes).toBe(25);
    await userEvent.type(input, '40');
    expect(editor.document.agenda.items[0]?.plannedMinutes).toBe(40);
    expect(screen.queryByText('Enter a value.')).not.toBeInTheDocument();
  });

  it('refuses "2,5" and "-10" in Swedish with a message instead of reading 25 or 10', async () => {
    const { editor } = setup('sv');
    const { act } = await import('@testing-library/react');
    act(() => void addAgendaItem(editor, 'item', 15));
    const input = screen.getByLabelText('Minuter');
    await userEvent.clear(input);
    await userEvent.type(input, '2,5');
    expect(input).toHaveValue('2,5');
    expect(await screen.findByText('Ange ett heltal: ”2,5” har decimaler.')).toBeInTheDocument();
    await userEvent.clear(input);
    await userEvent.type(input, '-10');
    expect(await screen.findByText('Värdet kan inte vara negativt.')).toBeInTheDocument();
    // "2" was a whole number on the way to "2,5"; nothing after it was taken.
    expect(editor.document.agenda.items[0]?.plannedMinutes).toBe(2);
  });
});
