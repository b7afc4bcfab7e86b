import { createI18n } from '../../shared/i18n';
import { formatDate } from '../../shared/i18n/format';
import { createFollowUp } from '../../shared/record/followUp';
import type { Workspace } from '../app/workspace';
import { bridge } from '../app/bridge';

/**
 * "New workshop from this one": asks about unsaved changes first (the follow-up is made from the
 * workshop as it is), lets the user choose where the new file goes, and opens it.
 */
export async function newWorkshopFromThisOne(workspace: Workspace): Promise<void> {
  const editor = workspace.state.editor;
  if (!editor) return;
  if (!(await workspace.confirmLeave())) return;
  const source = editor.document;
  // The follow-up item is written in the workshop's own language, like the rest of its agenda.
  const language = source.header.language ?? workspace.state.language;
  const { t } = createI18n(language);
  const followUp = createFollowUp(source, {
    now: new Date(),
    fileName: editor.origin.fileName ?? '',
    text: {
      itemTitle: t('record.followUp.itemTitle'),
      openActionsHeading: t('record.followUp.openActions'),
      parkingLotHeading: t('record.followUp.parkingLot'),
      nothingOpen: t('record.followUp.nothingOpen'),
      describeAction: (action) => {
        const owner = action.owner.trim() || t('record.followUp.noOwner');
        return action.dueDate
          ? t('record.followUp.actionLine', { what: action.what, owner, due: formatDate(action.dueDate, language) })
          : t('record.followUp.actionLineNoDue', { what: action.what, owner });
      },
    },
  });
  const result = await bridge().invoke('record:createFollowUp', { document: followUp, suggestedName: t('record.followUp.suggestedName') });
  await workspace.openedExternally(result);
}
