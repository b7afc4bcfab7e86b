import { basename, extname } from 'node:path';
import { z } from 'zod';
import { drawioToBoards } from '../../shared/drawio/toBoards';
import { exchange } from '../../shared/i18n/areas/exchange';
import type { Language } from '../../shared/model/workshop';
import { DrawioError, readDrawioFile } from '../services/drawio/readDrawio';
import { detailOf, ioProblemOf } from '../services/ioProblem';
import type { Handler } from './handlers';
import type { DialogPort } from './ports';

/**
 * File › Import draw.io diagram…: the path comes from the open dialog; the file is read and mapped
 * here, and the boards go back checked against the file schema (the contract's response), so
 * nothing half-made reaches the open workshop.
 */
export function createDrawioHandlers({ dialogs, language }: { dialogs: DialogPort; language: () => Promise<Language> }): { 'drawio:import': Handler<'drawio:import'> } {
  return {
    'drawio:import': async () => {
      const path = await dialogs.chooseFileToOpen({ name: exchange[await language()].dialogs.drawioFilter, extensions: ['drawio', 'xml'] });
      if (path === null) return { status: 'canceled' };
      const fileName = basename(path);
      try {
        const { boards, report } = drawioToBoards(await readDrawioFile(path), basename(path, extname(path)));
        return { status: 'imported', fileName, boards, report };
      } catch (error) {
        if (error instanceof DrawioError) return { status: 'failed', fileName, problem: error.problem, detail: error.message };
        // A diagram whose cells cannot make a valid board (the mapping keeps every value in bounds, so this is a file we did not foresee).
        if (error instanceof z.ZodError) return { status: 'failed', fileName, problem: 'damaged', detail: z.prettifyError(error).slice(0, 2_000) };
        return { status: 'failed', fileName, problem: ioProblemOf(error), detail: detailOf(error) };
      }
    },
  };
}
