import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { WorkspaceContext } from '../../../../renderer/app/context';
import { createRendererI18n } from '../../../../renderer/app/i18n';
import { PanelBoundary } from '../../../../renderer/app/PanelBoundary';
import { Workspace } from '../../../../renderer/app/workspace';
import { setHeaderField } from '../../../../renderer/editor/workshopCommands';
import type { VerkstadApi } from '../../../../shared/ipc/contract';

function Broken(): never {
  throw new Error('cannot read properties of undefined (reading "lanes")');
}

describe('a panel that fails while drawing', () => {
  // With no error boundary, one throwing panel blanked the whole window.
  it('shows what failed, keeps the rest of the window, writes the recovery copy at once, and can still save', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const calls: { channel: string; req: unknown }[] = [];
    const api = {
      invoke: async (channel: string, req: unknown) => {
        calls.push({ channel, req });
        if (channel === 'draft:write') return { status: 'written' };
        if (channel === 'workshop:saveAs') return { status: 'canceled' };
        return { ok: true };
      },
      on: () => () => undefined,
    } as unknown as VerkstadApi;
    const workspace = new Workspace(api, () => 'Namnlös');
    await workspace.newWorkshop();
    setHeaderField(workspace.state.editor!, 'title', 'Osparat arbete');
    render(
      <MantineProvider>
        <I18nextProvider i18n={createRendererI18n('sv')}>
          <WorkspaceContext.Provider value={workspace}>
            <p>Verktygsraden</p>
            <PanelBoundary name="Tavlor">
              <Broken />
            </PanelBoundary>
          </WorkspaceContext.Provider>
        </I18nextProvider>
      </MantineProvider>,
    );
    const alert = await screen.findByTestId('panel-failed');
    expect(alert).toHaveTextContent('”Tavlor” slutade fungera');
    expect(alert).toHaveTextContent('reading "lanes"');
    expect(screen.getByText('Verktygsraden')).toBeInTheDocument();
    await vi.waitFor(() => expect(calls.find((c) => c.channel === 'draft:write')?.req).toMatchObject({ document: { header: { title: 'Osparat arbete' } } }));
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    await vi.waitFor(() => expect(calls.some((c) => c.channel === 'workshop:saveAs')).toBe(true));
  });
});
