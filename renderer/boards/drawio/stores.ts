import { create } from 'zustand';
import type { DrawioImportResponse } from '../../../shared/ipc/drawioContract';

/** The outcome of the last draw.io import, shown in the import report (null: nothing to show). */
export const useDrawioImport = create<{ result: Exclude<DrawioImportResponse, { status: 'canceled' }> | null; show: (result: Exclude<DrawioImportResponse, { status: 'canceled' }>) => void; close: () => void }>((set) => ({
  result: null,
  show: (result) => set({ result }),
  close: () => set({ result: null }),
}));
