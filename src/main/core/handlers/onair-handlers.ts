import { HOST_VIEW_HASH } from '../../../shared/model/host-view-route';
import type { OnAirEngine } from '../onair/onair-engine';
import type { HandlerSlice } from './context';

type OnAirMethods =
  | 'onair.state'
  | 'onair.next'
  | 'onair.previous'
  | 'onair.done'
  | 'onair.goto'
  | 'onair.reorder'
  | 'onair.addPoint'
  | 'onair.setFollowPin'
  | 'cue.arm'
  | 'cue.fire'
  | 'cue.clear'
  | 'cue.setAutoArm'
  | 'window.openHostView';

/** What the shell can open for the core; absent in the browser host, where the page opens tabs. */
export interface HostViewOpener {
  openHostView(): void;
}

export function onAirHandlers(
  onair: OnAirEngine,
  opener: HostViewOpener | undefined,
): HandlerSlice<OnAirMethods> {
  return {
    'onair.state': () => onair.state(),
    'onair.next': () => onair.next(),
    'onair.previous': () => onair.previous(),
    'onair.done': () => onair.done(),
    'onair.goto': ({ talkingPointId }) => onair.goto(talkingPointId),
    'onair.reorder': ({ talkingPointIds }) => onair.reorder(talkingPointIds),
    'onair.addPoint': ({ productId, point }) => onair.addPoint(productId, point),
    'onair.setFollowPin': ({ on }) => onair.setFollowPin(on),
    'cue.arm': ({ cue }) => onair.armCue(cue),
    'cue.fire': () => onair.fireCue(),
    'cue.clear': () => onair.clearCue(),
    'cue.setAutoArm': ({ on }) => onair.setAutoArm(on),
    'window.openHostView': () => {
      if (opener === undefined) return { openedBy: 'page', hash: HOST_VIEW_HASH };
      opener.openHostView();
      return { openedBy: 'shell' };
    },
  };
}
