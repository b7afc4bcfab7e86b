import { useEffect } from 'react';
import type { TFunction } from 'i18next';
import type { VerkstadApi } from '../../shared/ipc/contract';
import type { Workspace } from './workspace';

/**
 * Keeps the window title ("● name — Verkstad") and main's idea of "unsaved changes" in step
 * with the open document; main asks before closing a window that has unsaved changes.
 */
export function useWindowState(workspace: Workspace, api: VerkstadApi, t: TFunction): void {
  useEffect(() => {
    let last = '';
    let unsubscribeEditor: (() => void) | null = null;
    const update = () => {
      const editor = workspace.state.editor;
      const dirty = editor?.dirty ?? false;
      const name = editor ? workspace.displayName(editor) : null;
      const title = name ? `${dirty ? '● ' : ''}${name} — ${t('app.name')}` : t('app.name');
      const key = `${title}|${dirty}`;
      if (key === last) return;
      last = key;
      document.title = title;
      void api.invoke('window:setState', { title, dirty });
    };
    let currentEditor = workspace.state.editor;
    const watchEditor = () => {
      unsubscribeEditor?.();
      unsubscribeEditor = currentEditor ? currentEditor.store.subscribe(update) : null;
    };
    watchEditor();
    update();
    const unsubscribeWorkspace = workspace.store.subscribe((state) => {
      if (state.editor !== currentEditor) {
        currentEditor = state.editor;
        watchEditor();
      }
      update();
    });
    return () => {
      unsubscribeWorkspace();
      unsubscribeEditor?.();
    };
  }, [workspace, api, t]);
}
