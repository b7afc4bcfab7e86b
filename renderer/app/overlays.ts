import { useEffect } from 'react';

/**
 * A menu or popover left open closes when a dialog opens over it (a shortcut can open a dialog
 * while the "New board" menu is open, which then floated over the dialog). A modal dialog takes the
 * focus when it opens; at that moment the open menus are told a press happened outside them, which
 * is how each of Mantine's menus, popovers and dropdowns already closes.
 */
export function useMenusCloseWhenADialogOpens(): void {
  useEffect(() => {
    const onFocusIn = (event: FocusEvent) => {
      const dialog = event.target instanceof Element ? event.target.closest('[role="dialog"]') : null;
      if (!dialog) return;
      // Focus moving within the dialog (to its own popovers) leaves them alone.
      if (event.relatedTarget instanceof Node && dialog.contains(event.relatedTarget)) return;
      document.body.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
      // A closing menu hands the focus back to its button a moment later (Mantine's focus return);
      // the focus belongs in the dialog, so it is taken back there.
      const target = event.target as HTMLElement;
      const keepInDialog = (next: FocusEvent) => {
        const to = next.target instanceof Element ? next.target : null;
        if (to && !to.closest('[role="dialog"]') && target.isConnected) target.focus({ preventScroll: true });
      };
      document.addEventListener('focusin', keepInDialog);
      setTimeout(() => document.removeEventListener('focusin', keepInDialog), 250);
    };
    document.addEventListener('focusin', onFocusIn);
    return () => document.removeEventListener('focusin', onFocusIn);
  }, []);
}
