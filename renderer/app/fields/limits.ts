import { AgendaTemplate, TimerPreferences } from '../../../shared/ipc/runContract';
import { maxItemsOf, maxLengthOf, numberRulesOf } from '../../../shared/model/limits';
import { ActionItem, AgendaItem, Board, Connector, Decision, Header, ParkingLotItem, Participant, recordFields, ScalePoll } from '../../../shared/model/workshop';
import { Lane } from '../../../shared/shapes/swimlane';
import { shapeBase } from '../../../shared/shapes/types';
import { processProps } from '../../../shared/shapes/vsm/material';
import { CustomLine, EnteredValue } from '../../../shared/shapes/vsm/values';

/**
 * Every limit a field in the app shows, read once from the file schema (and the contract for what
 * lives in the app's settings): the numbers exist only in the schemas.
 */
export const LIMITS = {
  header: {
    title: maxLengthOf(Header.shape.title),
    place: maxLengthOf(Header.shape.place),
    facilitator: maxLengthOf(Header.shape.facilitator),
    purpose: maxLengthOf(Header.shape.purpose),
  },
  agendaItem: {
    title: maxLengthOf(AgendaItem.shape.title),
    owner: maxLengthOf(AgendaItem.shape.owner),
    notes: maxLengthOf(AgendaItem.shape.notes),
    minutes: numberRulesOf(AgendaItem.shape.plannedMinutes),
  },
  template: { name: maxLengthOf(AgendaTemplate.shape.name) },
  timer: { percent: numberRulesOf(TimerPreferences.shape.warnAtPercent) },
  participant: {
    name: maxLengthOf(Participant.shape.name),
    role: maxLengthOf(Participant.shape.role),
    email: maxLengthOf(Participant.shape.email),
  },
  action: { what: maxLengthOf(ActionItem.shape.what), owner: maxLengthOf(ActionItem.shape.owner) },
  decision: { text: maxLengthOf(Decision.shape.text) },
  parkingLot: { text: maxLengthOf(ParkingLotItem.shape.text) },
  itemNotes: maxLengthOf(recordFields.itemNotes.unwrap().valueType),
  poll: {
    question: maxLengthOf(ScalePoll.shape.question),
    scaleMin: numberRulesOf(ScalePoll.shape.scaleMin),
    scaleMax: numberRulesOf(ScalePoll.shape.scaleMax),
  },
  board: { name: maxLengthOf(Board.shape.name) },
  shape: { text: maxLengthOf(shapeBase.text) },
  connector: { label: maxLengthOf(Connector.shape.label) },
  lane: { name: maxLengthOf(Lane.shape.name) },
  dataBox: {
    value: maxLengthOf(EnteredValue.shape.text),
    customLabel: maxLengthOf(CustomLine.shape.label),
    customValue: maxLengthOf(CustomLine.shape.value),
    customLines: maxItemsOf(processProps.shape.customFields) ?? Infinity,
  },
} as const;
