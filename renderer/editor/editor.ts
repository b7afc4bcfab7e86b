import type { Draft } from 'immer';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { FileStamp } from '../../shared/ipc/contract';
import type { Workshop } from '../../shared/model/workshop';
import { createCanvasState, type CanvasState } from './board/canvasState';
import { change, createHistory, headOf, record, redo, seal, undo, type History } from './history';

/** Where the open document came from and where it goes on Save. */
export interface DocumentOrigin {
  path: string | null;
  fileName: string | null;
  stamp: FileStamp | null;
  readOnly: boolean;
  fileVersion: number | null;
}

export interface EditorState {
  history: History<Workshop>;
  origin: DocumentOrigin;
  /** The history head at the last save or load; the document is dirty when the head differs. */
  savedHead: number;
  /** Identifies this editing session's crash-recovery draft. */
  draftId: string;
  /** A change made with history ignored since the last save. */
  unsavedIgnored: boolean;
}

export interface RunOptions {
  coalesceKey?: string;
  /**
   * 'ignore' changes the document without an undo step: things that happened rather than edits
   * (a timer started, an item ended). The document is still unsaved afterwards.
   */
  history?: 'record' | 'ignore';
}

/**
 * The headless editor of one workshop: no React, no DOM. Every change goes through `run`, which
 * records it for undo; tests drive it directly.
 */
export class Editor {
  readonly store: StoreApi<EditorState>;
  /**
   * What the canvas shows and has selected (tldraw's instance state): beside the document, never
   * in its history, so selecting never clears redo.
   */
  readonly canvas: StoreApi<CanvasState>;

  constructor(document: Workshop, origin: DocumentOrigin, options: { draftId?: string; dirty?: boolean } = {}) {
    this.store = createStore<EditorState>(() => ({
      history: createHistory(document),
      origin,
      savedHead: options.dirty ? -1 : 0,
      draftId: options.draftId ?? globalThis.crypto.randomUUID(),
      unsavedIgnored: false,
    }));
    this.canvas = createCanvasState(document);
  }

  get state(): EditorState {
    return this.store.getState();
  }

  get document(): Workshop {
    return this.state.history.present;
  }

  get origin(): DocumentOrigin {
    return this.state.origin;
  }

  get dirty(): boolean {
    return this.state.unsavedIgnored || headOf(this.state.history) !== this.state.savedHead;
  }

  get canUndo(): boolean {
    return !this.origin.readOnly && this.state.history.past.length > 0;
  }

  get canRedo(): boolean {
    return !this.origin.readOnly && this.state.history.future.length > 0;
  }

  /** Applies a change to the document as one undo step (or merged into the open step with the same key). */
  run(label: string, recipe: (draft: Draft<Workshop>) => void, options: RunOptions = {}): void {
    if (this.origin.readOnly) return;
    if (options.history === 'ignore') {
      this.store.setState((state) => {
        const present = change(state.history.present, recipe);
        if (present === state.history.present) return state;
        return { history: { ...state.history, present }, unsavedIgnored: true };
      });
      return;
    }
    this.store.setState((state) => ({ history: record(state.history, label, recipe, options.coalesceKey ?? null) }));
  }

  seal(): void {
    this.store.setState((state) => ({ history: seal(state.history) }));
  }

  undo(): void {
    if (!this.canUndo) return;
    this.store.setState((state) => ({ history: undo(state.history) }));
  }

  redo(): void {
    if (!this.canRedo) return;
    this.store.setState((state) => ({ history: redo(state.history) }));
  }

  /** After a save: the file now matches the document, and later saves go to `path`. */
  markSaved(path: string, fileName: string, stamp: FileStamp): void {
    this.store.setState((state) => ({
      history: seal(state.history),
      savedHead: headOf(state.history),
      unsavedIgnored: false,
      origin: { ...state.origin, path, fileName, stamp },
    }));
  }
}
