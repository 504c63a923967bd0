import type { TFunction } from 'i18next';
import { socketMessageText } from '../../../../shared/format/link-note-text';
import type { LinkErrorReason } from '../../../../shared/model/live';

/** Why the link failed, to show: a sentence in the UI language, and the raw words behind it. */
export interface LinkErrorWords {
  text: string;
  /**
   * The socket's or the core's own words (English, "xhr poll error"), to show only as a detail
   * beside `text`; null where `text` says it all.
   */
  detail: string | null;
}

/**
 * Why the link failed, in the UI language (`language`, for socket.io's and engine.io's own
 * messages), from the core's code and parameters: a message socket.io names ("websocket error",
 * "transport close") in the reader's words, any other as a detail only; without a code, or with
 * one this UI does not know, a general sentence with `fallback` (the core's English text) as the
 * detail.
 */
export function linkErrorText(
  t: TFunction,
  reason: LinkErrorReason | null,
  fallback: string,
  language: string,
): LinkErrorWords {
  /** The socket's words in the reader's (`named`), or `other` where socket.io does not name them. */
  const socket = (words: string, named: (known: string) => string, other: string) => {
    const known = socketMessageText(words, language);
    return { text: known === words ? other : named(known), detail: words };
  };
  if (reason === null) return { text: t('live.linkError.unknown'), detail: fallback };
  switch (reason.code) {
    case 'refused':
      return { text: t(`live.linkError.refused.${reason.params.refusal}`), detail: null };
    case 'unreachable':
      return socket(
        reason.params.message,
        (message) => t('live.linkError.unreachable', { message }),
        t('live.linkError.unreachableOther'),
      );
    case 'disconnected':
      return socket(
        reason.params.reason,
        (known) => t('live.linkError.disconnected', { reason: known }),
        t('live.linkError.disconnectedOther'),
      );
    case 'no_welcome':
    case 'invalid_welcome':
      return { text: t(`live.linkError.${reason.code}`), detail: null };
    case 'internal':
      return { text: t('live.linkError.internal'), detail: reason.params.message };
    case 'server_behind':
      return { text: t('live.linkError.server_behind', reason.params), detail: null };
    case 'no_snapshot':
      return {
        text: t('live.linkError.no_snapshot', { seconds: reason.params.waitedMs / 1000 }),
        detail: null,
      };
    case 'no_answer':
      return {
        text: t('live.linkError.no_answer', { seconds: Math.round(reason.params.silentMs / 1000) }),
        detail: null,
      };
    default: {
      const unknown: never = reason;
      void unknown;
      return { text: t('live.linkError.unknown'), detail: fallback };
    }
  }
}
