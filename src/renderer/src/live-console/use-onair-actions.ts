import { useCallback, useMemo } from 'react';
import type { ApiInput } from '../../../shared/api/contract';
import type { TalkingPointInput } from '../../../shared/model/lineup';
import type { CueInput, OnAirState } from '../../../shared/model/onair';
import { useApi } from '../api/api-context';
import { notifyError, type Say } from '../app/notify';
import { useOnAirStore } from './onair-context';
import type { PointMove } from './logic/onair-store';

/** The on-air calls that answer with the state they lead to. */
type StateMethod =
  | 'onair.next'
  | 'onair.previous'
  | 'onair.done'
  | 'onair.goto'
  | 'onair.reorder'
  | 'onair.addPoint'
  | 'onair.setFollowPin'
  | 'cue.arm'
  | 'cue.clear'
  | 'cue.setAutoArm';

export interface OnAirActions {
  next(): Promise<boolean>;
  previous(): Promise<boolean>;
  done(): Promise<boolean>;
  goto(talkingPointId: number): Promise<boolean>;
  reorder(talkingPointIds: number[]): Promise<boolean>;
  addPoint(productId: number | null, point: TalkingPointInput): Promise<boolean>;
  setFollowPin(on: boolean): Promise<boolean>;
  arm(cue: CueInput): Promise<boolean>;
  clearCue(): Promise<boolean>;
  setAutoArm(on: boolean): Promise<boolean>;
  /** Sends the armed cue's commands (pin, then flash sale) through the outbox. */
  fire(): Promise<boolean>;
}

/**
 * The producer's talking-point and cue calls. Next and previous show from the next frame, before
 * the core answers; each answer is shown at once (the event that follows it carries the same
 * state); a refusal is announced, takes a shown move back and resolves false.
 */
export function useOnAirActions(): OnAirActions {
  const api = useApi();
  const store = useOnAirStore();

  const call = useCallback(
    async <M extends StateMethod>(
      method: M,
      input: ApiInput<M>,
      context: Say,
      move?: PointMove,
    ) => {
      const token = move === undefined ? undefined : store.predictMove(move);
      try {
        const state: OnAirState = await api.invoke(method, input);
        store.offer(state, token);
        return true;
      } catch (error) {
        if (token !== undefined) store.dropMove(token);
        notifyError(error, context);
        return false;
      }
    },
    [api, store],
  );

  return useMemo<OnAirActions>(() => {
    const queueFailed: Say = (tr) => tr('console.queue.failed');
    const cueFailed: Say = (tr) => tr('console.cue.failed');
    return {
      next: () => call('onair.next', {}, queueFailed, 'next'),
      previous: () => call('onair.previous', {}, queueFailed, 'previous'),
      done: () => call('onair.done', {}, queueFailed),
      goto: (talkingPointId) => call('onair.goto', { talkingPointId }, queueFailed),
      reorder: (talkingPointIds) => call('onair.reorder', { talkingPointIds }, queueFailed),
      addPoint: (productId, point) =>
        call('onair.addPoint', { productId, point }, (tr) => tr('console.queue.addFailed')),
      setFollowPin: (on) => call('onair.setFollowPin', { on }, queueFailed),
      arm: (cue) => call('cue.arm', { cue }, cueFailed),
      clearCue: () => call('cue.clear', {}, cueFailed),
      setAutoArm: (on) => call('cue.setAutoArm', { on }, cueFailed),
      fire: async () => {
        try {
          const fired = await api.invoke('cue.fire', {});
          store.offer(fired.state);
          return true;
        } catch (error) {
          notifyError(error, (t) => t('console.cue.fireFailed'));
          return false;
        }
      },
    };
  }, [api, call, store]);
}
