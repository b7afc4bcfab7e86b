import { Stack } from '@mantine/core';
import type { Editor } from '../editor/editor';
import { AgendaEditor } from './AgendaEditor';
import { HeaderForm } from './HeaderForm';

/** The Plan tab: the workshop's header and its agenda. */
export function PlanView({ editor }: { editor: Editor }) {
  return (
    <Stack gap="lg">
      <HeaderForm editor={editor} />
      <AgendaEditor editor={editor} />
    </Stack>
  );
}
