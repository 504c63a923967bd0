import type { ApiHandlers, ApiMethod } from '../../../shared/api/contract';
import type { EventHub } from '../api/event-hub';
import type { Db } from '../store/database';

/** What every handler file gets: the open database, the event hub and facts about the app. */
export interface HandlerContext {
  db: Db;
  events: EventHub;
  version: string;
  dataDir: string;
  transport: 'electron' | 'web';
  /** better-sqlite3's binding for this runtime, for the connections of worker threads. */
  nativeBinding?: string;
}

/** A slice of the handler map; the slices together must cover every method. */
export type HandlerSlice<M extends ApiMethod> = Pick<ApiHandlers, M>;

/** Tells listeners a show's lineup changed; call only after the write committed. */
export function announceLineupChange(context: HandlerContext, showId: number): void {
  context.events.emit('lineup.changed', { showId });
  context.events.emit('shows.changed', {});
}
