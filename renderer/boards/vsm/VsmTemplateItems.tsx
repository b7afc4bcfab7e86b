import { Button, Menu } from '@mantine/core';
import { IconBuildingFactory2, IconUsersGroup } from '@tabler/icons-react';
import { vsm } from '../../../shared/i18n/areas/vsm';
import { vsmTemplates } from '../../../shared/vsm/templates';
import { useWorkspaceState } from '../../app/context';
import { activeBoardId, showBoard } from '../../editor/board/canvasState';
import type { Editor } from '../../editor/editor';
import { addVsmBoard } from './vsmCommands';

/** The value-stream templates in the canvas's "add board" menu. */
export function VsmTemplateItems({ editor }: { editor: Editor }) {
  const lang = useWorkspaceState((s) => s.language);
  const strings = vsm[lang].templates;
  return (
    <>
      <Menu.Divider />
      <Menu.Label>{strings.menu}</Menu.Label>
      {vsmTemplates.map((template) => (
        <Menu.Item
          key={`${template.kind}-${template.state}`}
          leftSection={template.kind === 'manufacturing' ? <IconBuildingFactory2 size={14} /> : <IconUsersGroup size={14} />}
          data-testid={`board-add-vsm-${template.kind}-${template.state}`}
          onClick={() => showBoard(editor, addVsmBoard(editor, template.kind, template.state, lang, activeBoardId(editor)))}
        >
          {strings[`${template.kind}${template.state === 'current' ? 'Current' : 'Future'}` as 'manufacturingCurrent']}
        </Menu.Item>
      ))}
    </>
  );
}

/** The same start on the empty Boards tab: a current-state map of either kind, one click away. */
export function VsmEmptyButtons({ editor }: { editor: Editor }) {
  const lang = useWorkspaceState((s) => s.language);
  const strings = vsm[lang].templates;
  return (
    <>
      <Button variant="default" leftSection={<IconBuildingFactory2 size={18} />} data-testid="empty-add-vsm-manufacturing" onClick={() => showBoard(editor, addVsmBoard(editor, 'manufacturing', 'current', lang, null))}>
        {strings.manufacturingCurrent}
      </Button>
      <Button variant="default" leftSection={<IconUsersGroup size={18} />} data-testid="empty-add-vsm-service" onClick={() => showBoard(editor, addVsmBoard(editor, 'service', 'current', lang, null))}>
        {strings.serviceCurrent}
      </Button>
    </>
  );
}
