import { coreText } from '../../../shared/api/core-text';
import { ApiError } from '../../../shared/api/errors';
import type { ConsolePresence } from '../api/console-presence';
import type { HandlerSlice } from './context';

export type PresenceMethods = 'consoles.present';

export function presenceHandlers(presence: ConsolePresence): HandlerSlice<PresenceMethods> {
  return {
    'consoles.present': ({ present }, page) => {
      if (page === null) {
        throw new ApiError('invalid_input', coreText('presence_needs_wire'));
      }
      return presence.set(page, present);
    },
  };
}
