import { ActionIcon, Badge, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconLink, IconPlus, IconTrash, IconUnlink } from '@tabler/icons-react';
import { useState } from 'react';
import { vsm } from '../../../shared/i18n/areas/vsm';
import type { Board, Shape } from '../../../shared/model/board';
import type { Workshop } from '../../../shared/model/workshop';
import type { Language } from '../../../shared/model/language';
import { specsOf, type FieldSpec } from '../../../shared/shapes/vsm/fields';
import { FlowKind } from '../../../shared/shapes/vsm/flows';
import type { CustomLine, EnteredValue } from '../../../shared/shapes/vsm/values';
import type { WorkingCalendar } from '../../../shared/vsm/units';
import { setShapeText } from '../../editor/board/shapeCommands';
import type { Editor } from '../../editor/editor';
import { LIMITS } from '../../app/fields/limits';
import { LimitedTextInput } from '../../app/fields/textLimit';
import { changeUnit, DURATION_UNITS, entryError, typed } from './panelLogic';
import { kaizenToAction, setConnectorFlow, setCustomFields, setVsmValue, unlinkKaizen } from './vsmCommands';

type Props = { editor: Editor; board: Board; doc: Workshop; lang: Language; selection: string[]; calendar: WorkingCalendar; readOnly: boolean };

/** Edits what is selected on the map: a VSM shape's name and data box, an arrow's kind, a kaizen burst's action. */
export function VsmShapeEditor({ editor, board, doc, lang, selection, calendar, readOnly }: Props) {
  const strings = vsm[lang];
  const shapes = board.shapes.filter((s) => selection.includes(s.id));
  const connectors = board.connectors.filter((c) => selection.includes(c.id));
  if (shapes.length === 0 && connectors.length > 0) {
    const kinds = new Set(connectors.map((c) => c.flow ?? 'plain'));
    const value = kinds.size === 1 ? [...kinds][0]! : null;
    return (
      <Select
        label={strings.panel.arrowKind}
        data-testid="vsm-arrow-kind"
        disabled={readOnly}
        value={value}
        data={['plain', ...FlowKind.options].map((kind) => ({ value: kind, label: strings.flows[kind as keyof typeof strings.flows] }))}
        onChange={(kind) => kind && setConnectorFlow(editor, board.id, connectors.map((c) => c.id), kind === 'plain' ? null : (kind as FlowKind))}
        allowDeselect={false}
      />
    );
  }
  if (shapes.length !== 1) return <Text size="sm" c="dimmed">{strings.panel.noSelection}</Text>;
  const shape = shapes[0]!;
  const specs = specsOf(shape.type);
  const shapeName = (strings.shapes as Record<string, string>)[shape.type];
  return (
    <Stack gap="xs" data-testid="vsm-shape-editor">
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">{shapeName ?? shape.type}</Text>
      <LimitedTextInput
        limit={LIMITS.shape.text}
        label={strings.panel.name}
        value={shape.text}
        disabled={readOnly}
        data-testid="vsm-field-name"
        onChange={(e) => setShapeText(editor, board.id, shape.id, e.currentTarget.value)}
        onBlur={() => editor.seal()}
      />
      {specs?.map((spec) => (
        <ValueField key={spec.key} editor={editor} board={board} shape={shape} spec={spec} lang={lang} calendar={calendar} readOnly={readOnly} />
      ))}
      {'customFields' in shape.props && <CustomFields editor={editor} board={board} shape={shape} lines={shape.props.customFields} lang={lang} readOnly={readOnly} />}
      {shape.type === 'vsmKaizenBurst' && <KaizenAction editor={editor} board={board} shape={shape} doc={doc} lang={lang} readOnly={readOnly} />}
      {!specs && shape.type !== 'vsmKaizenBurst' && shape.type.startsWith('vsm') && <Text size="sm" c="dimmed">{strings.panel.noFields}</Text>}
    </Stack>
  );
}

function ValueField({ editor, board, shape, spec, lang, calendar, readOnly }: { editor: Editor; board: Board; shape: Shape; spec: FieldSpec; lang: Language; calendar: WorkingCalendar; readOnly: boolean }) {
  const strings = vsm[lang];
  const value = ((shape.props as Record<string, unknown>)[spec.key] as EnteredValue | undefined) ?? { text: '', ...(spec.unit ? { unit: spec.unit } : {}) };
  const error = entryError(value, spec, lang);
  const label = (strings.fieldNames as Record<string, string>)[spec.key] ?? spec.key;
  const set = (next: EnteredValue) => setVsmValue(editor, board.id, shape.id, spec.key, next);
  return (
    <Group gap={6} align="flex-start" wrap="nowrap">
      <LimitedTextInput
        limit={LIMITS.dataBox.value}
        style={{ flex: 1 }}
        label={label}
        value={value.text}
        error={error}
        disabled={readOnly}
        inputMode="decimal"
        data-testid={`vsm-field-${spec.key}`}
        rightSection={spec.kind === 'percent' ? <Text size="xs" c="dimmed">%</Text> : undefined}
        onChange={(e) => set(typed(e.currentTarget.value, value.unit ?? spec.unit, lang))}
        onBlur={() => editor.seal()}
      />
      {spec.kind === 'duration' && (
        <Select
          w={104}
          mt={25}
          aria-label={`${label}: ${strings.unitNames[value.unit ?? spec.unit ?? 's']}`}
          data-testid={`vsm-unit-${spec.key}`}
          disabled={readOnly}
          value={value.unit ?? spec.unit ?? 's'}
          allowDeselect={false}
          data={DURATION_UNITS.map((unit) => ({ value: unit, label: strings.unitShort[unit] }))}
          onChange={(unit) => unit && set(changeUnit(value, unit as EnteredValue['unit'] & string, lang, calendar, spec.unit ?? 's'))}
        />
      )}
    </Group>
  );
}

function CustomFields({ editor, board, shape, lines, lang, readOnly }: { editor: Editor; board: Board; shape: Shape; lines: CustomLine[]; lang: Language; readOnly: boolean }) {
  const strings = vsm[lang].panel;
  const set = (next: CustomLine[]) => setCustomFields(editor, board.id, shape.id, next);
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>{strings.ownFields}</Text>
      {lines.map((line, i) => (
        <Group key={i} gap={4} wrap="nowrap">
          <LimitedTextInput limit={LIMITS.dataBox.customLabel} size="xs" style={{ flex: 1 }} aria-label={strings.fieldLabel} placeholder={strings.fieldLabel} value={line.label} disabled={readOnly} onChange={(e) => set(lines.map((l, j) => (j === i ? { ...l, label: e.currentTarget.value } : l)))} onBlur={() => editor.seal()} />
          <LimitedTextInput limit={LIMITS.dataBox.customValue} size="xs" style={{ flex: 1 }} aria-label={strings.fieldValue} placeholder={strings.fieldValue} value={line.value} disabled={readOnly} onChange={(e) => set(lines.map((l, j) => (j === i ? { ...l, value: e.currentTarget.value } : l)))} onBlur={() => editor.seal()} />
          <ActionIcon variant="subtle" color="gray" aria-label={strings.removeField} disabled={readOnly} onClick={() => { editor.seal(); set(lines.filter((_, j) => j !== i)); editor.seal(); }}>
            <IconTrash size={14} />
          </ActionIcon>
        </Group>
      ))}
      <Button size="compact-xs" variant="subtle" leftSection={<IconPlus size={12} />} disabled={readOnly || lines.length >= LIMITS.dataBox.customLines} onClick={() => { editor.seal(); set([...lines, { label: '', value: '' }]); editor.seal(); }} style={{ alignSelf: 'flex-start' }}>
        {strings.addField}
      </Button>
    </Stack>
  );
}

function KaizenAction({ editor, board, shape, doc, lang, readOnly }: { editor: Editor; board: Board; shape: Shape; doc: Workshop; lang: Language; readOnly: boolean }) {
  const strings = vsm[lang].kaizen;
  const [owner, setOwner] = useState('');
  const [due, setDue] = useState('');
  const [what, setWhat] = useState(shape.text);
  const actionId = shape.type === 'vsmKaizenBurst' ? shape.props.actionId : null;
  if (actionId !== null) {
    const action = doc.actions.find((a) => a.id === actionId);
    return (
      <Stack gap={4} data-testid="vsm-kaizen-linked">
        <Group gap={6}>
          <IconLink size={14} />
          <Text size="sm" fw={600}>{strings.linked}</Text>
        </Group>
        {action ? (
          <>
            <Text size="sm">{action.what}</Text>
            <Group gap={6}>
              {action.owner && <Badge variant="light">{action.owner}</Badge>}
              {action.dueDate && <Badge variant="light" color="gray">{action.dueDate}</Badge>}
              <Badge variant="dot" color={action.status === 'done' ? 'green' : action.status === 'inProgress' ? 'blue' : 'gray'}>{strings.status[action.status]}</Badge>
            </Group>
          </>
        ) : (
          <Text size="sm" c="orange">{strings.missingAction}</Text>
        )}
        <Button size="compact-xs" variant="subtle" color="gray" leftSection={<IconUnlink size={12} />} disabled={readOnly} onClick={() => unlinkKaizen(editor, board.id, shape.id)} style={{ alignSelf: 'flex-start' }}>
          {strings.unlink}
        </Button>
      </Stack>
    );
  }
  const validDue = due === '' || /^\d{4}-\d{2}-\d{2}$/.test(due);
  return (
    <Stack gap={6} data-testid="vsm-kaizen-form">
      <Text size="sm" fw={600}>{strings.makeAction}</Text>
      <LimitedTextInput limit={LIMITS.action.what} size="xs" label={vsm[lang].panel.name} value={what} disabled={readOnly} onChange={(e) => setWhat(e.currentTarget.value)} data-testid="vsm-kaizen-what" />
      <LimitedTextInput limit={LIMITS.action.owner} size="xs" label={strings.owner} value={owner} disabled={readOnly} onChange={(e) => setOwner(e.currentTarget.value)} data-testid="vsm-kaizen-owner" />
      <TextInput size="xs" type="date" label={strings.due} value={due} disabled={readOnly} onChange={(e) => setDue(e.currentTarget.value)} data-testid="vsm-kaizen-due" />
      <Button
        size="xs"
        disabled={readOnly || what.trim() === '' || !validDue}
        onClick={() => kaizenToAction(editor, board.id, shape.id, { what: what.trim(), owner: owner.trim(), dueDate: due === '' ? null : due })}
        data-testid="vsm-kaizen-create"
      >
        {strings.create}
      </Button>
    </Stack>
  );
}
