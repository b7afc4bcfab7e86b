export { fileProblemKey as problemKey } from '../../shared/i18n/fileProblem';
