import type { LiveController } from '../live/live-controller';
import type { HandlerSlice } from './context';

type LiveMethods =
  'link.connect' | 'link.disconnect' | 'live.state' | 'live.received' | 'live.command';

export function liveHandlers(live: LiveController): HandlerSlice<LiveMethods> {
  return {
    'link.connect': (target) => live.reconnect(target),
    'link.disconnect': () => live.disconnect(),
    'live.state': () => live.state(),
    'live.received': ({ revision }) => {
      live.pageReceived(revision);
      return {};
    },
    'live.command': ({ command }) => live.command(command),
  };
}
