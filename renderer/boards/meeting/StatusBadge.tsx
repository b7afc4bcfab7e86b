import { useTranslation } from 'react-i18next';
import type { KpiStatus } from '../../../shared/kpi/status';

const glyph: Record<KpiStatus, string> = { green: '●', yellow: '▲', red: '■', none: '–' };

/** A KPI's status as a shape and a word, coloured too: never by colour alone. */
export function StatusBadge({ status }: { status: KpiStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`kpi-status kpi-status-${status}`} data-status={status} title={t(`teamBoards.statusLong.${status}`)}>
      <span aria-hidden>{glyph[status]}</span> {t(`teamBoards.status.${status}`)}
    </span>
  );
}
