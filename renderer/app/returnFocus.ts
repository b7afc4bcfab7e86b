import { useEffect, useState } from 'react';

/**
 * For a dialog that is mounted only while it is open (`<Modal opened>` inside a component that
 * comes and goes): Mantine hands the focus back when `opened` turns false, but not when the
 * dialog is simply unmounted, and the focus then falls to the page's body — a keyboard user is
 * thrown back to the top. This puts it back on the element that had it before the dialog opened,
 * if that is still on the page and the focus was really lost.
 */
export function useReturnFocus(): void {
  // Read during the first render, before the dialog's focus trap moves the focus inside.
  const [before] = useState(() => (document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null));
  useEffect(
    () => () => {
      setTimeout(() => {
        const lost = document.activeElement === null || document.activeElement === document.body;
        if (lost && before?.isConnected) before.focus({ preventScroll: true });
      }, 0);
    },
    [before],
  );
}
