import type { audienceInputs } from '../../../shared/model/audience';
import type { AudienceEngine } from '../audience/audience-engine';
import type { HandlerSlice } from './context';

type AudienceMethods = keyof typeof audienceInputs;

export function audienceHandlers(audience: AudienceEngine): HandlerSlice<AudienceMethods> {
  return {
    'audience.state': () => audience.state(),
    'audience.recent': () => audience.recent(),
    'audience.moderate': ({ moderation }) => audience.moderate(moderation),
    'audience.sendToHost': ({ commentId }) => audience.sendToHost(commentId),
    'audience.hostDone': () => audience.hostDone(),
    'audience.dismissAlert': ({ alertId }) => audience.dismissAlert(alertId),
    'audience.settings': ({ showId }) => audience.settings(showId),
    'audience.setSettings': ({ showId, settings }) => audience.setSettings(showId, settings),
  };
}
