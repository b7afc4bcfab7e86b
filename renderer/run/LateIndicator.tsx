import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RunProgress } from '../../shared/agenda/progress';
import { formatClock } from '../../shared/i18n/format';
import type { Language } from '../../shared/model/language';

/** "Running 7 min late — new end 11:12": lateness under a minute counts as on time. */
export function LateIndicator({ progress, finished, language, size = 'xl' }: { progress: RunProgress | null; finished: boolean; language: Language; size?: 'lg' | 'xl' }) {
  const { t } = useTranslation();
  if (!progress) return null;
  const time = formatClock(Math.round(progress.projectedEnd), language);
  const late = Math.round(progress.lateMinutes);
  if (finished)
    return (
      <Badge size={size} variant="light" color="gray" data-testid="late-indicator" data-late={late}>
        {t('run.endedAt', { time })}
      </Badge>
    );
  const [color, text] = late >= 1 ? ['orange', t('run.late', { minutes: late, time })] : late <= -1 ? ['teal', t('run.ahead', { minutes: -late, time })] : ['teal', t('run.onTime', { time })];
  return (
    <Badge size={size} variant={late >= 1 ? 'filled' : 'light'} color={color} data-testid="late-indicator" data-late={late} tt="none">
      {text}
    </Badge>
  );
}
