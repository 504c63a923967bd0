import type { LiveController } from '../live/live-controller';
import type { HandlerSlice } from './context';

export function runsHandlers(live: LiveController): HandlerSlice<'run.end'> {
  return {
    'run.end': ({ pending }) => live.endWithPending(pending),
  };
}
