import type { RehearsalController } from '../rehearsal/rehearsal-controller';
import { presetInfos } from '../rehearsal/crowd/presets';
import { listScenarios } from '../rehearsal/scenario-demand';
import type { HandlerContext, HandlerSlice } from './context';

type RehearsalMethods =
  | 'rehearsal.start'
  | 'rehearsal.pause'
  | 'rehearsal.resume'
  | 'rehearsal.stop'
  | 'rehearsal.setSpeed'
  | 'rehearsal.dropLink'
  | 'rehearsal.nextSlot'
  | 'rehearsal.state'
  | 'rehearsal.presets'
  | 'rehearsal.scenarios';

export function rehearsalHandlers(
  context: HandlerContext,
  rehearsal: RehearsalController,
): HandlerSlice<RehearsalMethods> {
  return {
    'rehearsal.start': (input) => rehearsal.start(input),
    'rehearsal.pause': ({ atSeconds }) => rehearsal.pause(atSeconds),
    'rehearsal.resume': () => rehearsal.resume(),
    'rehearsal.stop': () => rehearsal.stop(),
    'rehearsal.setSpeed': ({ speed }) => rehearsal.setSpeed(speed),
    'rehearsal.dropLink': ({ seconds }) => rehearsal.dropLink(seconds),
    'rehearsal.nextSlot': () => rehearsal.nextSlot(),
    'rehearsal.state': () => rehearsal.state(),
    'rehearsal.presets': () => presetInfos(),
    'rehearsal.scenarios': ({ showId }) => listScenarios(context.db, showId ?? null),
  };
}
