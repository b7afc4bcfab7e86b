import { createStore } from 'zustand/vanilla';

/** Whether the keyboard-shortcut sheet is open. */
export const shortcutSheet = createStore<{ open: boolean }>(() => ({ open: false }));
