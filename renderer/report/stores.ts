import { create } from 'zustand';
import type { ReportKind } from '../../shared/ipc/reportContract';

/** Which export dialog is open: the PDF report, the agenda handout, or a board picture. */
export const useExportDialog = create<{
  report: ReportKind | null;
  board: boolean;
  openReport: (kind: ReportKind) => void;
  openBoard: () => void;
  close: () => void;
}>((set) => ({
  report: null,
  board: false,
  openReport: (kind) => set({ report: kind, board: false }),
  openBoard: () => set({ report: null, board: true }),
  close: () => set({ report: null, board: false }),
}));
