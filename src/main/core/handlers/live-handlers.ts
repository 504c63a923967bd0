import type { LiveController } from '../live/live-controller';
import type { RecentFeed } from '../live/recent-feed';
import type { HandlerSlice } from './context';

type LiveMethods =
  | 'link.connect'
  | 'link.disconnect'
  | 'live.state'
  | 'live.recent'
  | 'live.received'
  | 'live.command';

export function liveHandlers(live: LiveController, recent: RecentFeed): HandlerSlice<LiveMethods> {
  return {
    'link.connect': (target) => live.reconnect(target),
    'link.disconnect': () => live.disconnect(),
    'live.state': () => live.state(),
    'live.recent': () => recent.recent(),
    'live.received': ({ revision }) => {
      live.pageReceived(revision);
      return {};
    },
    'live.command': ({ command }) => live.command(command),
  };
}
