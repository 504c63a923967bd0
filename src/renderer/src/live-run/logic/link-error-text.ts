import type { TFunction } from 'i18next';
import type { LinkErrorReason } from '../../../../shared/model/live';

/**
 * Why the link failed, in the UI language, from the core's code and parameters; `fallback` (the
 * core's English text) when there is no code or it is not one this UI knows.
 */
export function linkErrorText(
  t: TFunction,
  reason: LinkErrorReason | null,
  fallback: string,
): string {
  if (reason === null) return fallback;
  switch (reason.code) {
    case 'refused':
      return t(`live.linkError.refused.${reason.params.refusal}`);
    case 'unreachable':
      return t('live.linkError.unreachable', { message: reason.params.message });
    case 'disconnected':
      return t('live.linkError.disconnected', { reason: reason.params.reason });
    case 'no_welcome':
    case 'invalid_welcome':
      return t(`live.linkError.${reason.code}`);
    case 'internal':
      return t('live.linkError.internal', { message: reason.params.message });
    case 'server_behind':
      return t('live.linkError.server_behind', reason.params);
    case 'no_snapshot':
      return t('live.linkError.no_snapshot', { seconds: reason.params.waitedMs / 1000 });
    case 'no_answer':
      return t('live.linkError.no_answer', { seconds: Math.round(reason.params.silentMs / 1000) });
    default: {
      const unknown: never = reason;
      void unknown;
      return fallback;
    }
  }
}
