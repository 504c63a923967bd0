import type { ApiHandlers, ApiMethod } from '../../../shared/api/contract';
import type { AudienceEngine } from '../audience/audience-engine';
import { appHandlers } from './app-handlers';
import { audienceHandlers } from './audience-handlers';
import type { HandlerContext } from './context';
import { csvHandlers } from './csv-handlers';
import { liveHandlers } from './live-handlers';
import { mediaHandlers } from './media-handlers';
import type { OnAirEngine } from '../onair/onair-engine';
import { onAirHandlers, type HostViewOpener } from './onair-handlers';
import { productHandlers } from './product-handlers';
import { reviewHandlers } from './review-handlers';
import { runsHandlers } from './runs-handlers';
import type { LiveController } from '../live/live-controller';
import type { LiveFeeds } from './live-handlers';
import type { RehearsalController } from '../rehearsal/rehearsal-controller';
import type { GoLiveDeps } from '../rehearsal/go-live/go-live';
import { goLiveHandlers } from './rehearsal-go-live-handlers';
import { rehearsalHandlers } from './rehearsal-handlers';
import { showHandlers } from './show-handlers';
import type { PresenceMethods } from './presence-handlers';
import type { StorageMethods } from './storage-handlers';
import { talkingPointHandlers } from './talking-point-handlers';

export type { HandlerContext } from './context';

/** Every method answered by the open store (the storage methods outlive a restore). */
export type StoreMethods = Exclude<ApiMethod, StorageMethods | PresenceMethods>;

/** The store's handler map; the type makes a missing method a compile error. */
export function buildHandlers(
  context: HandlerContext,
  live: { controller: LiveController } & LiveFeeds,
  rehearsal: { controller: RehearsalController; goLive: GoLiveDeps },
  onair: { engine: OnAirEngine; opener?: HostViewOpener },
  audience: AudienceEngine,
): Pick<ApiHandlers, StoreMethods> {
  return {
    ...appHandlers(context),
    ...showHandlers(context),
    ...productHandlers(context),
    ...mediaHandlers(context),
    ...talkingPointHandlers(context),
    ...csvHandlers(context),
    ...liveHandlers(live.controller, live),
    ...runsHandlers(live.controller),
    ...reviewHandlers(context),
    ...rehearsalHandlers(context, rehearsal.controller),
    ...goLiveHandlers(rehearsal.goLive),
    ...onAirHandlers(onair.engine, onair.opener),
    ...audienceHandlers(audience),
  };
}
