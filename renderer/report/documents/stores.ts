import { create } from 'zustand';

/** Which of the record's export dialogs is open: Word minutes, tables, or Send actions. */
export type ExchangeDialog = 'word' | 'tables' | 'sendActions';

export const useExchangeDialog = create<{ open: ExchangeDialog | null; show: (dialog: ExchangeDialog) => void; close: () => void }>((set) => ({
  open: null,
  show: (dialog) => set({ open: dialog }),
  close: () => set({ open: null }),
}));
