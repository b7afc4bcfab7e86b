import { applyActivityResult, applyCheckIns, applyIdeas, checkInsOf } from '../../shared/room/apply';
import type { ActivityResult, RoomDevice, RoomIdea } from '../../shared/room/status';
import type { Editor } from '../editor/editor';

/**
 * What the room sends, into the document through the editor, so it is saved (and undone) like any
 * edit. A burst of check-ins or ideas merges into one undo step; each is applied once per window
 * (the sets below), so an update that repeats one, or a sticky the facilitator deleted, does not
 * bring it back.
 */
export class RoomRecorder {
  private readonly checkedIn = new Set<string>();
  private readonly placed = new Set<string>();

  constructor(
    private readonly editor: Editor,
    private readonly inboxHeading: () => string,
  ) {}

  checkIns(devices: readonly RoomDevice[]): void {
    const fresh = checkInsOf(devices).filter((d) => !this.checkedIn.has(d.key));
    if (fresh.length === 0) return;
    for (const device of fresh) this.checkedIn.add(device.key);
    this.editor.run('room.checkIn', (doc) => applyCheckIns(doc, fresh), { coalesceKey: 'room.checkIn' });
  }

  ideas(ideas: readonly RoomIdea[]): void {
    const fresh = ideas.filter((i) => !this.placed.has(i.id));
    if (fresh.length === 0) return;
    for (const idea of fresh) this.placed.add(idea.id);
    const heading = this.inboxHeading();
    this.editor.run('room.ideas', (doc) => void applyIdeas(doc, fresh, heading), { coalesceKey: `room.ideas.${fresh[0]?.activityId ?? ''}` });
  }

  /** A closed poll or dot vote, as one undo step; a closed idea round places what is not placed yet. */
  result(result: ActivityResult): void {
    if (result.kind === 'ideas') return this.ideas(result.ideas);
    const heading = this.inboxHeading();
    this.editor.run(result.kind === 'poll' ? 'room.poll' : 'room.dots', (doc) => applyActivityResult(doc, result, heading));
  }
}
