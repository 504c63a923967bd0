import type { ApiInput, ApiMethod, ApiResult } from '../../src/shared/api/contract';
import type { LiveRun } from '../../src/shared/model/live';

/** One call of the console API, through whichever transport a test drives (core, page, port). */
export type ApiCall = <M extends ApiMethod>(method: M, input: ApiInput<M>) => Promise<ApiResult<M>>;

/**
 * Opens a live run the way the producer does (`link.connect` only reconnects an open one): the
 * go-live checklist runs against the server and must pass, confirmed with the show's name.
 */
export async function goLiveThrough(
  call: ApiCall,
  target: ApiInput<'link.connect'>,
): Promise<LiveRun> {
  const show = await call('show.get', { showId: target.showId });
  return call('live.goLive', { ...target, confirmation: show.name });
}
