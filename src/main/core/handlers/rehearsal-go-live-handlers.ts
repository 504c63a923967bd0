import { goLive, goLiveChecklist, type GoLiveDeps } from '../rehearsal/go-live/go-live';
import type { HandlerSlice } from './context';

export function goLiveHandlers(deps: GoLiveDeps): HandlerSlice<'live.checklist' | 'live.goLive'> {
  return {
    'live.checklist': (target) => goLiveChecklist(deps, target),
    'live.goLive': (input) => goLive(deps, input),
  };
}
