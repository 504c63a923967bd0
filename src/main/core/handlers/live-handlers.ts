import type { LiveController } from '../live/live-controller';
import type { RecentFeed } from '../live/recent-feed';
import type { UndoOffers } from '../live/undo-offers';
import type { HandlerSlice } from './context';

type LiveMethods =
  | 'link.connect'
  | 'link.disconnect'
  | 'live.state'
  | 'live.recent'
  | 'live.received'
  | 'live.command'
  | 'undo.offers'
  | 'undo.take';

/** What the live handlers work with besides the controller. */
export interface LiveFeeds {
  recent: RecentFeed;
  undo: UndoOffers;
}

export function liveHandlers(
  live: LiveController,
  { recent, undo }: LiveFeeds,
): HandlerSlice<LiveMethods> {
  return {
    'link.connect': (target) => live.reconnect(target),
    'link.disconnect': () => live.disconnect(),
    'live.state': () => live.state(),
    'live.recent': () => recent.recent(),
    'live.received': ({ revision }) => {
      live.pageReceived(revision);
      return {};
    },
    // An unpin is offered to every console to take back for a few seconds.
    'live.command': ({ command }) =>
      command.type === 'unpin' ? undo.unpin() : live.command(command),
    'undo.offers': () => undo.list(),
    'undo.take': ({ id }) => undo.take(id),
  };
}
