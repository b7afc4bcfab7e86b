import { catalogues } from '../../shared/i18n';
import { cli } from '../../shared/i18n/areas/cli';
import { kpiJson, type KpiJson } from '../../shared/kpi/json';
import { boardWords } from '../../shared/kpi/words';
import { fill } from '../../shared/report/html';
import { EXIT, type CliIo, type ExitCode } from './io';
import { readWorkshopInput } from './workshopInput';
import { parseCommandArgs } from './args';

const marker = { green: '●', yellow: '▲', red: '■', none: '–' } as const;

/** `verkstad kpi <file.verkstad> [--json]`: every KPI of the goal board with its latest value, status and trend. */
export async function kpiCommand(args: readonly string[], io: CliIo): Promise<ExitCode> {
  const strings = cli[io.lang];
  const parsed = parseCommandArgs(args, { json: { type: 'boolean' } });
  if (!parsed.ok) {
    io.err(fill(strings.unknownOption, { option: parsed.option }));
    return EXIT.usage;
  }
  const { files } = parsed;
  const json = parsed.values.json === true;
  if (files.length !== 1) {
    io.err(fill(strings.missingArgument, { command: 'kpi', usage: 'verkstad kpi <file.verkstad> [--json]' }));
    return EXIT.usage;
  }
  const input = await readWorkshopInput(files[0]!, io);
  if (!input.ok) {
    io.err(input.lines.join('\n'));
    return EXIT.fileProblem;
  }
  const doc = input.result.document;
  const result = kpiJson(doc);
  if (json) {
    io.out(JSON.stringify(result));
    return EXIT.ok;
  }
  if (result.kpis.length === 0) {
    io.out(fill(strings.noKpis, { path: input.path }));
    return EXIT.ok;
  }
  const words = boardWords(io.lang);
  const team = doc.teamBoards?.team.trim() || catalogues[io.lang].teamBoards.board.untitledTeam;
  io.out([words.t('cli.kpiHeading', { team, count: result.kpis.length }), ...result.kpis.map((kpi) => kpiLine(kpi, io))].join('\n'));
  return EXIT.ok;
}

function kpiLine(kpi: KpiJson, io: CliIo): string {
  const words = boardWords(io.lang);
  const { t } = words;
  const unit = (value: number) => `${words.number(value)}${kpi.unit ? ` ${kpi.unit}` : ''}`;
  const latest = kpi.latest ? `${unit(kpi.latest.value)} (${words.period(kpi.latest.period)})` : t('teamBoards.tile.noValue');
  const target =
    kpi.target === null ? t('teamBoards.tile.noTarget') : `${t('teamBoards.tile.target', { sign: kpi.direction === 'higher' ? '≥' : '≤', value: unit(kpi.target) })}, ${t('cli.tolerance', { value: words.number(kpi.tolerance) })}`;
  const trend = t('teamBoards.tile.trend', { trend: t(`teamBoards.trend.${kpi.trend ?? 'none'}`) });
  return `${marker[kpi.status]} ${kpi.name}: ${latest} – ${t(`teamBoards.status.${kpi.status}`)} · ${target} · ${trend}`;
}
