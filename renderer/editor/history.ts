import { applyPatches, enablePatches, produceWithPatches, setAutoFreeze, type Draft, type Patch } from 'immer';
import { freezeChanged } from './freeze';

enablePatches();
// The document stays frozen, but by freezeChanged (what each change made new), not by Immer's
// auto-freeze, which walks every element of each copied array (renderer/editor/freeze.ts).
setAutoFreeze(false);

/** One undo step: the patches that made it and the patches that take it back. */
export interface HistoryEntry {
  id: number;
  label: string;
  patches: Patch[];
  inverse: Patch[];
  /** Consecutive changes with the same key (typing in one field) merge into one step until sealed. */
  coalesceKey: string | null;
  sealed: boolean;
}

export interface History<T> {
  present: T;
  past: HistoryEntry[];
  future: HistoryEntry[];
}

let nextEntryId = 1;

export function createHistory<T>(present: T): History<T> {
  return { present, past: [], future: [] };
}

/**
 * Applies a change and records it. Only a real change to the document clears redo; a recipe
 * that changes nothing leaves history alone (so selection-like no-ops never lose redo).
 */
export function record<T>(history: History<T>, label: string, recipe: (draft: Draft<T>) => void, coalesceKey: string | null = null): History<T> {
  const [next, patches, inverse] = produceWithPatches(history.present, recipe);
  if (patches.length === 0) return history;
  freezeChanged(next, patches);
  const last = history.past.at(-1);
  if (coalesceKey !== null && last && !last.sealed && last.coalesceKey === coalesceKey && history.future.length === 0) {
    const merged: HistoryEntry = { ...last, patches: [...last.patches, ...patches], inverse: [...inverse, ...last.inverse] };
    return { present: next, past: [...history.past.slice(0, -1), merged], future: [] };
  }
  const entry: HistoryEntry = { id: nextEntryId++, label, patches, inverse, coalesceKey, sealed: coalesceKey === null };
  return { present: next, past: [...history.past.map(sealEntry), entry], future: [] };
}

function sealEntry(entry: HistoryEntry): HistoryEntry {
  return entry.sealed ? entry : { ...entry, sealed: true };
}

/** Ends a coalescing run (the field lost focus), so the next keystroke starts a new undo step. */
export function seal<T>(history: History<T>): History<T> {
  const last = history.past.at(-1);
  if (!last || last.sealed) return history;
  return { ...history, past: [...history.past.slice(0, -1), sealEntry(last)] };
}

export function undo<T>(history: History<T>): History<T> {
  const entry = history.past.at(-1);
  if (!entry) return history;
  return {
    present: freezeChanged(applyPatches(history.present as object, entry.inverse) as T, entry.inverse),
    past: history.past.slice(0, -1),
    future: [sealEntry(entry), ...history.future],
  };
}

export function redo<T>(history: History<T>): History<T> {
  const entry = history.future[0];
  if (!entry) return history;
  return {
    present: freezeChanged(applyPatches(history.present as object, entry.patches) as T, entry.patches),
    past: [...history.past, entry],
    future: history.future.slice(1),
  };
}

/** Identifies the state the history is at: the id of the newest applied step (0 = as loaded). */
export function headOf<T>(history: History<T>): number {
  return history.past.at(-1)?.id ?? 0;
}

/** A change that is not an undo step (history 'ignore'): the new state, frozen like the others. */
export function change<T>(present: T, recipe: (draft: Draft<T>) => void): T {
  const [next, patches] = produceWithPatches(present, recipe);
  return patches.length === 0 ? present : freezeChanged(next, patches);
}
