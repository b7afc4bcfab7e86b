import { Modal, Radio, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardImageFormat } from '../../shared/ipc/reportContract';
import { activeBoardId } from '../editor/board/canvasState';
import type { Editor } from '../editor/editor';
import { useWorkspaceState } from '../app/context';
import { bridge } from '../app/bridge';
import { describeExport, describeExportError, type ExportOutcome } from './exportResult';
import { ExportFooter } from './ExportFooter';
import { useExportDialog } from './stores';
import { useReturnFocus } from '../app/returnFocus';

const SCALES = ['1', '2', '3', '4'];

/** Export a board as SVG (vector, the same drawing as on screen and in the PDF) or PNG (a picture at a chosen scale). */
export function ExportBoardDialog() {
  const editor = useWorkspaceState((s) => s.editor);
  const { board, close } = useExportDialog();
  if (!editor || !board) return null;
  return <ExportBoardModal editor={editor} onClose={close} />;
}

function ExportBoardModal({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  useReturnFocus();
  const { t } = useTranslation();
  const boards = editor.document.boards;
  const [boardId, setBoardId] = useState<string | null>(activeBoardId(editor) ?? boards[0]?.id ?? null);
  const [format, setFormat] = useState<BoardImageFormat>('svg');
  const [scale, setScale] = useState('2');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ExportOutcome | null>(null);

  const exportNow = async () => {
    if (!boardId) return;
    setBusy(true);
    setOutcome(null);
    try {
      setOutcome(describeExport(await bridge().invoke('board:exportImage', { document: editor.document, boardId, format, scale: Number(scale) }), t));
    } catch (error) {
      setOutcome(describeExportError(error, boards.find((board) => board.id === boardId)?.name ?? '', t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={<Text fw={700}>{t('report.board.title')}</Text>} centered>
      <Stack gap="md">
        {boards.length === 0 ? (
          <Text>{t('report.errors.noBoard')}</Text>
        ) : (
          <>
            <Select
              label={t('report.board.board')}
              value={boardId}
              onChange={setBoardId}
              data={boards.map((b) => ({ value: b.id, label: b.name.trim() || t('report.boards.untitled') }))}
              allowDeselect={false}
            />
            {/* Stacked: three formats side by side did not fit the dialog's width (the draw.io label was cut off). */}
            <Radio.Group label={t('report.board.format')} value={format} onChange={(v) => setFormat(v as BoardImageFormat)}>
              <Stack gap={6} mt={6}>
                <Radio value="svg" label={t('report.board.svg')} />
                <Radio value="png" label={t('report.board.png')} />
                <Radio value="drawio" label={t('exchange.drawio.format')} />
              </Stack>
            </Radio.Group>
            {format === 'png' && <Select label={t('report.board.scale')} value={scale} onChange={(v) => v && setScale(v)} data={SCALES.map((s) => ({ value: s, label: `${s}×` }))} allowDeselect={false} />}
          </>
        )}
        <ExportFooter outcome={outcome} busy={busy} canExport={Boolean(boardId)} exportLabel={t('report.board.export')} onClose={onClose} onExport={() => void exportNow()} />
      </Stack>
    </Modal>
  );
}
