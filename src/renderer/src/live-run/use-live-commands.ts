import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { LiveCommand } from '../../../shared/model/live';
import { useApi } from '../api/api-context';
import { notifyError } from '../app/notify';
import { useLiveStore } from './live-context';

/**
 * Sends producer commands with `live.command`. The answer only means the command is in the
 * outbox; its row shows it pending until the server's outcome arrives. Resolves false (after a
 * notification) when the core refused it, for example with no run open.
 */
export function useLiveCommands(): (command: LiveCommand) => Promise<boolean> {
  const { t } = useTranslation();
  const api = useApi();
  const store = useLiveStore();
  return useCallback(
    async (command: LiveCommand) => {
      try {
        const { commandId } = await api.invoke('live.command', { command });
        store.noteIssued(commandId, command);
        return true;
      } catch (error) {
        notifyError(t, error, t('live.outcome.sendFailed'));
        return false;
      }
    },
    [api, store, t],
  );
}
