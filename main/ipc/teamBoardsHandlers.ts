import { catalogues } from '../../shared/i18n';
import { MAX_CSV_BYTES } from '../../shared/ipc/teamBoardsContract';
import type { Language } from '../../shared/model/language';
import { readChosenText } from '../services/textFile';
import type { Handler } from './handlers';
import type { DialogPort } from './ports';

type TeamBoardsHandlers = { 'kpi:readCsv': Handler<'kpi:readCsv'> };

/** The board meeting's channels: KPI values from a CSV file the user picks. */
export function createTeamBoardsHandlers(deps: { dialogs: DialogPort; language: () => Promise<Language> }): TeamBoardsHandlers {
  return {
    'kpi:readCsv': async () => {
      const s = catalogues[await deps.language()].teamBoards;
      const path = await deps.dialogs.chooseFileToOpen({ name: s.csv.filter, extensions: ['csv', 'txt', 'tsv'] });
      if (path === null) return { status: 'canceled' };
      return readChosenText(path, MAX_CSV_BYTES);
    },
  };
}
