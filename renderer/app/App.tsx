import '@mantine/core/styles.css';
import './app.css';
import { MantineProvider } from '@mantine/core';
import type { i18n as I18n } from 'i18next';
import { useEffect, useMemo } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { VerkstadApi } from '../../shared/ipc/contract';
import { runCommand, useCommandShortcuts } from './commands';
import { useMenusCloseWhenADialogOpens } from './overlays';
import { WorkspaceContext } from './context';
import { NoticeDialog, SaveWaitingNote, SettingsDialog } from './dialogs';
import { PanelBoundary } from './PanelBoundary';
import { ShortcutSheet } from './ShortcutSheet';
import { AddActionDialog } from '../record/AddActionDialog';
import { OverviewScreen } from '../record/OverviewScreen';
import { ExportBoardDialog } from '../report/ExportBoardDialog';
import { ExportPdfDialog } from '../report/ExportPdfDialog';
import { ExportTablesDialog } from '../report/documents/ExportTablesDialog';
import { ExportWordDialog } from '../report/documents/ExportWordDialog';
import { SendActionsDialog } from '../report/documents/SendActionsDialog';
import { ImportReportDialog } from '../boards/drawio/ImportReportDialog';
import { StartScreen } from './StartScreen';
import { cssVariablesResolver, themeIn } from './theme';
import { useWindowState } from './windowState';
import { WorkshopScreen } from './WorkshopScreen';
import type { Workspace } from './workspace';

function Shell({ workspace, api }: { workspace: Workspace; api: VerkstadApi }) {
  const { t, i18n } = useTranslation();
  const editor = useStore(workspace.store, (s) => s.editor);
  const language = useStore(workspace.store, (s) => s.language);
  useEffect(() => {
    void i18n.changeLanguage(language);
    document.documentElement.lang = language;
  }, [i18n, language]);
  useCommandShortcuts(workspace);
  useMenusCloseWhenADialogOpens();
  useWindowState(workspace, api, t);
  useEffect(() => {
    const offs = [
      api.on('menu:command', ({ command }) => runCommand(workspace, command)),
      api.on('app:closeRequested', () => void workspace.closeRequested()),
      api.on('workshop:openedExternally', (result) => void workspace.openedExternally(result)),
    ];
    return () => offs.forEach((off) => off());
  }, [api, workspace]);
  return (
    <>
      <PanelBoundary name={t('app.name')}>{editor ? <WorkshopScreen key={editor.state.draftId} editor={editor} /> : <StartScreen />}</PanelBoundary>
      <NoticeDialog />
      <SaveWaitingNote />
      <SettingsDialog />
      <ShortcutSheet />
      <AddActionDialog />
      <OverviewScreen />
      <ExportPdfDialog />
      <ExportBoardDialog />
      <ExportWordDialog />
      <ExportTablesDialog />
      <SendActionsDialog />
      <ImportReportDialog />
    </>
  );
}

export function App({ workspace, api, i18n }: { workspace: Workspace; api: VerkstadApi; i18n: I18n }) {
  const language = useStore(workspace.store, (s) => s.language);
  const theme = useMemo(() => themeIn({ close: i18n.t('access.close', { lng: language }), clear: i18n.t('access.clear', { lng: language }) }), [i18n, language]);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <I18nextProvider i18n={i18n}>
        <WorkspaceContext.Provider value={workspace}>
          <Shell workspace={workspace} api={api} />
        </WorkspaceContext.Provider>
      </I18nextProvider>
    </MantineProvider>
  );
}
