import { Alert, Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bridge } from '../../app/bridge';
import { templateMessage } from './templateMessage';
import { useWordTemplate } from './useWordTemplate';
import { TechnicalDetail } from '../../app/fields/TechnicalDetail';

/** Settings › Word template: the organisation's document or template whose styles the Word minutes take. */
export function WordTemplateSetting() {
  const { t } = useTranslation();
  const { template, reload } = useWordTemplate();
  const [failure, setFailure] = useState<ReturnType<typeof templateMessage> | null>(null);
  const choose = async () => {
    const result = await bridge().invoke('settings:chooseWordTemplate');
    setFailure(result.status === 'templateFailed' ? templateMessage(t, result) : null);
    reload();
  };
  const clear = async () => {
    await bridge().invoke('settings:clearWordTemplate');
    setFailure(null);
    reload();
  };
  return (
    <div>
      <Text fw={600} id="word-template-label">
        {t('exchange.word.templateSetting')}
      </Text>
      <Text size="sm" c="dimmed" mb="xs">
        {t('exchange.word.templateSettingHint')}
      </Text>
      <Group justify="space-between" wrap="nowrap" aria-labelledby="word-template-label">
        <Text size="sm" fw={template ? 600 : 400} c={template ? undefined : 'dimmed'} truncate data-testid="word-template-name">
          {template ? template.name : t('exchange.word.noTemplate')}
        </Text>
        <Group gap="xs" wrap="nowrap">
          {template && (
            <Button variant="subtle" color="gray" onClick={() => void clear()}>
              {t('exchange.word.removeTemplate')}
            </Button>
          )}
          <Button variant="default" onClick={() => void choose()}>
            {t('exchange.word.chooseTemplate')}
          </Button>
        </Group>
      </Group>
      {failure && (
        <Alert color="red" title={failure.message} mt="xs">
          {failure.advice}
          <TechnicalDetail detail={failure.detail} />
        </Alert>
      )}
    </div>
  );
}
