import type { DialogPort, SaveFilter } from '../ipc/ports';

type Answers = {
  open: (string | null)[];
  save: (string | null)[];
  folder: (string | null)[];
  unsaved: ('save' | 'discard' | 'cancel')[];
  conflict: ('overwrite' | 'saveAs' | 'reload' | 'cancel')[];
};

/**
 * Dialogs answered by a test script: each call takes the next queued answer. A dialog nobody
 * expected fails the test loudly instead of hanging it.
 */
export class ScriptedDialogs implements DialogPort {
  private readonly answers: Answers = { open: [], save: [], folder: [], unsaved: [], conflict: [] };
  /** What each dialog was asked, for assertions ("the unsaved question named the file"). */
  readonly asked: { dialog: keyof Answers; subject: string; reason?: string }[] = [];

  answerOpen(path: string | null): this {
    this.answers.open.push(path);
    return this;
  }
  answerSave(path: string | null): this {
    this.answers.save.push(path);
    return this;
  }
  answerFolder(path: string | null): this {
    this.answers.folder.push(path);
    return this;
  }
  answerUnsaved(choice: Answers['unsaved'][number]): this {
    this.answers.unsaved.push(choice);
    return this;
  }
  answerConflict(choice: Answers['conflict'][number]): this {
    this.answers.conflict.push(choice);
    return this;
  }

  get pending(): number {
    return Object.values(this.answers).reduce((sum, queue) => sum + queue.length, 0);
  }

  private take<K extends keyof Answers>(dialog: K, subject: string): Answers[K][number] {
    this.asked.push({ dialog, subject });
    const queue = this.answers[dialog];
    if (queue.length === 0) throw new Error(`unexpected ${dialog} dialog (${subject}): the test did not script an answer`);
    return queue.shift() as Answers[K][number];
  }

  async chooseFileToOpen(filter?: SaveFilter) {
    return this.take('open', filter ? filter.extensions.join(',') : '');
  }
  async chooseFileToSave(suggestedName: string, _filter?: SaveFilter) {
    return this.take('save', suggestedName);
  }
  async chooseFolder(title?: string) {
    return this.take('folder', title ?? '');
  }
  async askUnsaved(fileName: string) {
    return this.take('unsaved', fileName);
  }
  async askConflict(fileName: string, reason: 'changed' | 'missing') {
    const choice = this.take('conflict', fileName);
    this.asked[this.asked.length - 1]!.reason = reason;
    return choice;
  }
}
