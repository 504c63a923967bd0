import { useCallback } from 'react';
import type { LiveCommand } from '../../../shared/model/live';
import { useApi } from '../api/api-context';
import { notifyError } from '../app/notify';
import { useLiveStore } from './live-context';

/**
 * Sends producer commands with `live.command`. A pin shows on its product from the next frame,
 * before the core answers; the answer only means the command is in the outbox, and its row shows
 * it pending until the server's outcome arrives (a rejection takes the pin back with a notice).
 * Resolves false (after a notification, the pin taken back) when the core refused it, for example
 * with no run open.
 */
export function useLiveCommands(): (command: LiveCommand) => Promise<boolean> {
  const api = useApi();
  const store = useLiveStore();
  return useCallback(
    async (command: LiveCommand) => {
      const prediction = command.type === 'pin' ? store.predictPin(command.sku) : undefined;
      try {
        const { commandId } = await api.invoke('live.command', { command });
        store.noteIssued(commandId, command, prediction);
        return true;
      } catch (error) {
        if (prediction !== undefined) store.dropPrediction(prediction);
        notifyError(error, (t) => t('live.outcome.sendFailed'));
        return false;
      }
    },
    [api, store],
  );
}
