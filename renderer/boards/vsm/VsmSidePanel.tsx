import { useLayoutEffect } from 'react';
import { Badge, Button, Group, ScrollArea, Stack, Tabs, Text } from '@mantine/core';
import { IconBuildingFactory2, IconUsersGroup } from '@tabler/icons-react';
import { vsm } from '../../../shared/i18n/areas/vsm';
import { pluralOf } from '../../../shared/i18n/format';
import { defaultTheme } from '../../../shared/shapes/primitives';
import { fill, formatFigure } from '../../../shared/vsm/format';
import { useEditorState } from '../../app/context';
import type { CanvasController } from '../canvas/controller';
import type { Editor } from '../../editor/editor';
import { makeVsmBoard } from './vsmCommands';
import { useSelection, useVsm } from './useVsm';
import { VsmFlags } from './VsmFlags';
import { VsmLadder } from './VsmLadder';
import { VsmMetrics } from './VsmMetrics';
import { VsmSettings } from './VsmSettings';
import { VsmShapeEditor } from './VsmShapeEditor';
import './vsm.css';

/**
 * The value-stream panel beside the map: the selected shape's data box, the live metrics with
 * their basis and the C/T-against-takt chart, and the map settings. Shown on VSM boards, and on
 * any board with VSM icons (offering to make it a map).
 */
export function VsmSidePanel({ editor }: { editor: Editor }) {
  const { lang, board, stream, metrics, pairs } = useVsm(editor);
  const doc = useEditorState(editor, (s) => s.history.present);
  const selection = useSelection(editor);
  const readOnly = editor.origin.readOnly;
  if (!board) return null;
  const strings = vsm[lang];
  const hasIcons = board.shapes.some((s) => s.type.startsWith('vsm'));
  if (!board.vsm) {
    if (!hasIcons) return null;
    return (
      <aside className="vsm-panel" data-testid="vsm-panel">
        <Stack gap="xs" p="sm">
          <Text fw={700}>{strings.panel.title}</Text>
          <Text size="sm" c="dimmed">{strings.panel.notVsm}</Text>
          <Button size="xs" leftSection={<IconBuildingFactory2 size={14} />} disabled={readOnly} onClick={() => makeVsmBoard(editor, board.id, 'manufacturing')} data-testid="vsm-make-manufacturing">
            {strings.kinds.manufacturing}
          </Button>
          <Button size="xs" variant="default" leftSection={<IconUsersGroup size={14} />} disabled={readOnly} onClick={() => makeVsmBoard(editor, board.id, 'service')} data-testid="vsm-make-service">
            {strings.kinds.service}
          </Button>
        </Stack>
      </aside>
    );
  }
  if (!stream || !metrics) return null;
  const vsmBoard = { ...board, vsm: board.vsm };
  const calendar = { secondsPerWorkingDay: metrics.netAvailableTime.value, workingDaysPerWeek: board.vsm.settings.workingDaysPerWeek };
  return (
    <aside className="vsm-panel" data-testid="vsm-panel" aria-label={strings.panel.title}>
      <Stack gap={4} px="sm" pt="xs">
        <Text fw={700} size="sm">{strings.panel.title}</Text>
        <Group gap={4}>
          <Badge size="sm" variant="light" color={board.vsm.settings.kind === 'service' ? 'teal' : 'blue'}>{strings.templates.kindShort[board.vsm.settings.kind]}</Badge>
          <Badge size="sm" variant="light" color={board.vsm.state === 'future' ? 'grape' : 'gray'}>{strings.states[board.vsm.state]}</Badge>
          {metrics.bottlenecks.length > 0 && <Badge size="sm" color="red" data-testid="vsm-bottleneck-count">{fill(pluralOf(strings.panel, 'bottlenecks', metrics.bottlenecks.length, lang), { count: String(metrics.bottlenecks.length) })}</Badge>}
        </Group>
      </Stack>
      <Tabs defaultValue="data" keepMounted={false} className="vsm-tabs">
        <Tabs.List grow>
          <Tabs.Tab value="data" data-testid="vsm-tab-data">{strings.panel.selected}</Tabs.Tab>
          <Tabs.Tab value="metrics" data-testid="vsm-tab-metrics">{strings.panel.metrics}</Tabs.Tab>
          <Tabs.Tab value="map" data-testid="vsm-tab-map">{strings.panel.settings}</Tabs.Tab>
        </Tabs.List>
        <ScrollArea className="vsm-scroll" type="auto">
          <Tabs.Panel value="data" p="sm">
            <VsmShapeEditor editor={editor} board={board} doc={doc} lang={lang} selection={selection} calendar={calendar} readOnly={readOnly} />
          </Tabs.Panel>
          <Tabs.Panel value="metrics" p="sm">
            <VsmMetrics stream={stream} metrics={metrics} lang={lang} pairs={pairs} />
          </Tabs.Panel>
          <Tabs.Panel value="map" p="sm">
            <VsmSettings key={board.id} editor={editor} board={vsmBoard} doc={doc} lang={lang} readOnly={readOnly} />
          </Tabs.Panel>
        </ScrollArea>
      </Tabs>
    </aside>
  );
}

/** The timeline ladder in a strip under the map (VSM boards only). */
export function VsmUnderMap({ editor }: { editor: Editor }) {
  const { lang, metrics } = useVsm(editor);
  if (!metrics) return null;
  return <VsmLadder metrics={metrics} lang={lang} />;
}

/**
 * Presenting a value-stream map: its key figures in type the back row can read, above the timeline
 * ladder (the same figures and ladder as the panel, from the same arithmetic).
 */
export function VsmPresented({ editor }: { editor: Editor }) {
  const { lang, metrics } = useVsm(editor);
  if (!metrics) return null;
  const strings = vsm[lang].metrics;
  const service = metrics.kind === 'service';
  const figures: [string, string, string][] = [
    ['lead', service ? strings.totalLeadTime : strings.leadTime, formatFigure(metrics.leadTimeDays, lang)],
    ['va', service ? strings.totalProcessTime : strings.valueAddedTime, formatFigure(metrics.valueAddedTime, lang)],
    ['pce', service ? strings.flowEfficiency : strings.pce, formatFigure(metrics.pce, lang)],
    ['takt', strings.takt, formatFigure(metrics.takt, lang)],
  ];
  return (
    <div className="vsm-presented" data-testid="vsm-presented">
      <div className="vsm-key-figures">
        {figures.map(([id, label, value]) => (
          <div key={id} className="vsm-key-figure" data-testid={`vsm-presented-${id}`}>
            <span className="label">{label}</span>
            <span className="value">{value}</span>
          </div>
        ))}
      </div>
      <VsmLadder metrics={metrics} lang={lang} />
    </div>
  );
}

/** Bottleneck flags drawn over the map (VSM boards only). */
export function VsmOverlay({ editor, controller }: { editor: Editor; controller: CanvasController }) {
  const { lang, board, metrics } = useVsm(editor);
  const textLang = useEditorState(editor, (s) => s.history.present.header.language) ?? lang;
  // Data-box labels drawn on the map ("Upptid", "Väntan") follow the app's language; the board's own
  // words are hyphenated by the workshop's. The canvas draws with the shared default theme, so its
  // languages are set here in a layout effect, which runs before the stage draws in its (passive)
  // effects; a switch redraws the board (the drawings cached per shape know which languages they had).
  useLayoutEffect(() => {
    if (defaultTheme.language === lang && defaultTheme.textLanguage === textLang) return;
    defaultTheme.language = lang;
    defaultTheme.textLanguage = textLang;
    controller.redrawAll();
  }, [lang, textLang, controller]);
  if (!metrics || !board) return null;
  return <VsmFlags controller={controller} board={board} metrics={metrics} lang={lang} />;
}
