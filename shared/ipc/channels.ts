/**
 * The channel names alone, without schemas, so the sandboxed preload can list them without
 * bundling zod. `contract.ts` is checked against these lists at compile time.
 */
export const invokeChannels = [
  'app:info',
  'settings:get',
  'settings:update',
  'recent:list',
  'recent:remove',
  'workshop:openDialog',
  'workshop:openRecent',
  'workshop:reload',
  'workshop:save',
  'workshop:saveAs',
  'draft:list',
  'draft:write',
  'draft:discard',
  'draft:restore',
  'dialog:askUnsaved',
  'dialog:askConflict',
  'window:setState',
  'window:closeConfirmed',
  'overview:chooseFolder',
  'overview:rescan',
  'overview:open',
  'record:createFollowUp',
  'report:preview',
  'report:export',
  'board:exportImage',
  'timer:preferences',
  'timer:setPreferences',
  'templates:list',
  'templates:save',
  'templates:delete',
  'projector:displays',
  'projector:open',
  'projector:close',
  'room:interfaces',
  'room:open',
  'room:workshop',
  'room:start',
  'room:end',
  'room:clearHands',
  'room:newCode',
  'room:state',
  'room:close',
  'kpi:readCsv',
] as const;
export type InvokeChannel = (typeof invokeChannels)[number];

export const eventChannels = ['menu:command', 'app:closeRequested', 'workshop:openedExternally', 'projector:closed', 'system:resumed', 'room:update'] as const;
export type EventChannel = (typeof eventChannels)[number];
