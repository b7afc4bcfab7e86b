import { create } from 'zustand';
import type { FolderScan } from '../../shared/ipc/contract';

/** The "add action" dialog, opened by its shortcut from anywhere in an open workshop. */
export const useQuickAdd = create<{ open: boolean; setOpen: (open: boolean) => void }>((set) => ({
  open: false,
  setOpen: (open) => set({ open }),
}));

/** The coordinator overview screen and the last folder it read. */
export const useOverview = create<{
  open: boolean;
  busy: boolean;
  scan: Extract<FolderScan, { status: 'scanned' | 'failed' }> | null;
  setOpen: (open: boolean) => void;
  setBusy: (busy: boolean) => void;
  setScan: (scan: Extract<FolderScan, { status: 'scanned' | 'failed' }> | null) => void;
}>((set) => ({
  open: false,
  busy: false,
  scan: null,
  setOpen: (open) => set({ open }),
  setBusy: (busy) => set({ busy }),
  setScan: (scan) => set({ scan }),
}));

/** Which part of the Record tab is shown; kept while switching tabs. */
export type RecordSection = 'attendance' | 'actions' | 'decisions' | 'notes' | 'participation';
export const useRecordSection = create<{ section: RecordSection; setSection: (section: RecordSection) => void }>((set) => ({
  section: 'attendance',
  setSection: (section) => set({ section }),
}));
