import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The technical text of a failure (an errno, a schema message), folded away under the user's own words. */
export function TechnicalDetail({ detail }: { detail: string }) {
  const { t } = useTranslation();
  if (detail.trim() === '') return null;
  return (
    <details className="technical-detail" data-testid="technical-detail">
      <summary>
        <Text span size="xs" c="dimmed">
          {t('failures.technicalDetails')}
        </Text>
      </summary>
      <Text size="xs" c="dimmed" ff="monospace" style={{ wordBreak: 'break-word' }}>
        {detail}
      </Text>
    </details>
  );
}
