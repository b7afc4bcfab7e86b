import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { ErrorBoundary, type FallbackProps } from 'react-error-boundary';
import { useTranslation } from 'react-i18next';
import { runCommand } from './commands';
import { useWorkspace } from './context';
import { TechnicalDetail } from './fields/TechnicalDetail';

/**
 * One part of the window that failed while drawing (a panel, a tab) shows what failed instead of
 * blanking the whole window. The work is in the editor's store, outside React, so nothing is
 * lost; the recovery copy is written at once, and Save stays one click away.
 */
export function PanelBoundary({ name, children }: { name: string; children: ReactNode }) {
  const workspace = useWorkspace();
  return (
    <ErrorBoundary
      FallbackComponent={(props) => <PanelFailed name={name} {...props} />}
      onError={() => {
        const editor = workspace.state.editor;
        if (editor) void workspace.flushDraft(editor);
      }}
    >
      {children}
    </ErrorBoundary>
  );
}

function PanelFailed({ name, error, resetErrorBoundary }: FallbackProps & { name: string }) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const message = error instanceof Error ? error.message : String(error);
  return (
    <Alert color="red" icon={<IconAlertTriangle />} title={t('files.panelFailed', { name })} data-testid="panel-failed" role="alert">
      <Stack gap="sm">
        <Text>{t('files.panelFailedWorkKept')}</Text>
        <TechnicalDetail detail={message} />
        <Group>
          <Button onClick={resetErrorBoundary}>{t('files.panelTryAgain')}</Button>
          {workspace.state.editor && !workspace.state.editor.origin.readOnly && (
            <Button variant="default" onClick={() => runCommand(workspace, 'workshop.save')}>
              {t('actions.save')}
            </Button>
          )}
        </Group>
      </Stack>
    </Alert>
  );
}
