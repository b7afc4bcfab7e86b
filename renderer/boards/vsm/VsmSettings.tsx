import { Group, Select, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { vsm } from '../../../shared/i18n/areas/vsm';
import type { Board } from '../../../shared/model/board';
import type { Workshop } from '../../../shared/model/workshop';
import type { Language } from '../../../shared/model/language';
import type { BoardVsm } from '../../../shared/vsm/boardSettings';
import { DemandPeriod, InventoryTimeMethod, MapKind, MapSettings } from '../../../shared/vsm/model';
import type { DurationUnit } from '../../../shared/vsm/units';
import type { Editor } from '../../editor/editor';
import { numberRulesOf } from '../../../shared/model/limits';
import { NumberField } from '../../app/fields/NumberField';
import { readSettingDuration, readSettingNumber, settingError, settingText } from './panelLogic';
import { makeVsmBoard, setMapSettings, setVsmState } from './vsmCommands';

const WORKING_DAYS = { week: numberRulesOf(MapSettings.shape.workingDaysPerWeek), month: numberRulesOf(MapSettings.shape.workingDaysPerMonth) };

type Props = { editor: Editor; board: Board & { vsm: BoardVsm }; doc: Workshop; lang: Language; readOnly: boolean };

/** The map's settings: kind, state and link, customer demand and working time, the inventory-time method. */
export function VsmSettings({ editor, board, doc, lang, readOnly }: Props) {
  const strings = vsm[lang];
  const { settings } = board.vsm;
  const set = (patch: Partial<MapSettings>) => setMapSettings(editor, board.id, patch);
  const currents = doc.boards.filter((b) => b.id !== board.id && b.vsm?.state === 'current');
  return (
    <Stack gap="xs" data-testid="vsm-settings">
      <Group grow gap={6}>
        <Select label={strings.panel.kind} value={settings.kind} disabled={readOnly} allowDeselect={false} data-testid="vsm-setting-kind" data={MapKind.options.map((k) => ({ value: k, label: strings.kinds[k] }))} onChange={(k) => k && makeVsmBoard(editor, board.id, k as MapKind)} />
        <Select label={strings.panel.state} value={board.vsm.state} disabled={readOnly} allowDeselect={false} data-testid="vsm-setting-state" data={(['current', 'future'] as const).map((s) => ({ value: s, label: strings.states[s] }))} onChange={(s) => s && setVsmState(editor, board.id, { state: s as 'current' | 'future' })} />
      </Group>
      {board.vsm.state === 'future' && (
        <Select
          label={strings.panel.comparesWith}
          value={board.vsm.comparesWith ?? ''}
          disabled={readOnly}
          data-testid="vsm-setting-compares"
          data={[{ value: '', label: strings.panel.nothing }, ...currents.map((b) => ({ value: b.id, label: b.name }))]}
          onChange={(id) => setVsmState(editor, board.id, { comparesWith: id ? id : null })}
        />
      )}
      <Group gap={6} align="flex-start" wrap="nowrap">
        <NumberSetting key={`demand-${board.id}`} label={strings.panel.demand} stored={settings.demand} lang={lang} readOnly={readOnly} testId="vsm-setting-demand" onValue={(demand) => set({ demand })} />
        <Select w={120} mt={25} aria-label={strings.fields.demandPeriod} value={settings.demandPeriod} disabled={readOnly} allowDeselect={false} data-testid="vsm-setting-period" data={DemandPeriod.options.map((p) => ({ value: p, label: strings.periods[p] }))} onChange={(p) => p && set({ demandPeriod: p as MapSettings['demandPeriod'] })} />
      </Group>
      <Group grow gap={6} align="flex-start">
        <NumberField key={`wdw-${board.id}`} label={strings.panel.workingDaysPerWeek} value={settings.workingDaysPerWeek} language={lang} rules={WORKING_DAYS.week} readOnly={readOnly} data-testid="vsm-setting-workingDaysPerWeek" onValue={(workingDaysPerWeek) => set({ workingDaysPerWeek })} />
        <NumberField key={`wdm-${board.id}`} label={strings.panel.workingDaysPerMonth} value={settings.workingDaysPerMonth} language={lang} rules={WORKING_DAYS.month} readOnly={readOnly} data-testid="vsm-setting-workingDaysPerMonth" onValue={(workingDaysPerMonth) => set({ workingDaysPerMonth })} />
      </Group>
      <NumberSetting key={`shifts-${board.id}`} label={strings.panel.shifts} stored={settings.shifts} whole lang={lang} readOnly={readOnly} testId="vsm-setting-shifts" onValue={(shifts) => set({ shifts })} />
      <DurationSetting key={`len-${board.id}`} label={strings.panel.shiftLength} stored={settings.shiftLength} defaultUnit="h" lang={lang} readOnly={readOnly} testId="vsm-setting-shiftLength" onValue={(shiftLength) => set({ shiftLength })} />
      <DurationSetting key={`breaks-${board.id}`} label={strings.panel.breaks} stored={settings.breaks} defaultUnit="min" lang={lang} readOnly={readOnly} testId="vsm-setting-breaks" onValue={(breaks) => set({ breaks })} />
      <Select label={strings.panel.inventoryMethod} value={settings.inventoryTimeMethod} disabled={readOnly} allowDeselect={false} data-testid="vsm-setting-method" data={InventoryTimeMethod.options.map((m) => ({ value: m, label: strings.methods[m] }))} onChange={(m) => m && set({ inventoryTimeMethod: m as MapSettings['inventoryTimeMethod'] })} />
    </Stack>
  );
}

type NumberStored = MapSettings['demand'];

/** A number field that keeps the typed text while typing and stores the number (or the wrong text) at once, so the metrics follow live. */
function NumberSetting({ label, stored, lang, readOnly, testId, onValue, whole = false }: { label: string; stored: NumberStored; lang: Language; readOnly: boolean; testId: string; onValue: (v: NumberStored) => void; whole?: boolean }) {
  const [text, setText] = useState(() => settingText(stored, lang));
  const parsed = readSettingNumber(text, lang, whole);
  const error = settingError(stored, whole ? 'count' : 'number', lang) ?? (typeof parsed === 'object' && parsed !== null ? settingError(parsed, whole ? 'count' : 'number', lang) : null);
  return (
    <TextInput
      style={{ flex: 1 }}
      label={label}
      value={text}
      error={error}
      disabled={readOnly}
      inputMode="decimal"
      data-testid={testId}
      onChange={(e) => {
        const next = e.currentTarget.value;
        setText(next);
        onValue(readSettingNumber(next, lang, whole));
      }}
    />
  );
}

function DurationSetting({ label, stored, defaultUnit, lang, readOnly, testId, onValue }: { label: string; stored: MapSettings['shiftLength']; defaultUnit: 'min' | 'h'; lang: Language; readOnly: boolean; testId: string; onValue: (v: MapSettings['shiftLength']) => void }) {
  const strings = vsm[lang];
  const [text, setText] = useState(() => settingText(stored, lang));
  const [unit, setUnit] = useState<DurationUnit>(() => (stored !== null && 'unit' in stored ? stored.unit : defaultUnit));
  const error = settingError(stored, 'duration', lang);
  return (
    <Group gap={6} align="flex-start" wrap="nowrap">
      <TextInput
        style={{ flex: 1 }}
        label={label}
        value={text}
        error={error}
        disabled={readOnly}
        inputMode="decimal"
        data-testid={testId}
        onChange={(e) => {
          const next = e.currentTarget.value;
          setText(next);
          onValue(readSettingDuration(next, unit, lang));
        }}
      />
      <Select
        w={96}
        mt={25}
        aria-label={`${label}: ${strings.unitNames[unit]}`}
        value={unit}
        disabled={readOnly}
        allowDeselect={false}
        data-testid={`${testId}-unit`}
        data={(['s', 'min', 'h'] as const).map((u) => ({ value: u, label: strings.unitShort[u] }))}
        onChange={(u) => {
          if (!u) return;
          setUnit(u as DurationUnit);
          onValue(readSettingDuration(text, u as DurationUnit, lang));
        }}
      />
    </Group>
  );
}
