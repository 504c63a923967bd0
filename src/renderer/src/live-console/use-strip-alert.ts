import { notifications } from '@mantine/notifications';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommandOutcome } from '../../../shared/model/live';
import { useApiEvent } from '../api/use-api-event';
import { useLiveSelect } from '../live-run/use-live';

/** How long the strip stays red after a rejected command. */
export const REJECTION_ALERT_MS = 10_000;
const LINK_NOTICE = 'console-link-lost';

export interface StripAlert {
  /** The link is not connected (null with no run open). */
  linkDown: boolean;
  /** The last rejection, for a few seconds. */
  rejected: CommandOutcome | null;
}

/** How long the notice of a lost link stays: the red strip and the header say it after that. */
const LINK_LOST_NOTICE_MS = 8_000;

/**
 * What turns the status strip red: the link to the sale server down, or a command the server
 * rejected in the last seconds. A link that drops is also announced in a notification for a few
 * seconds, which the link's return takes away at once (the rejection has its own, see
 * LiveProvider); the strip stays red, saying so, for as long as the link is down.
 */
export function useStripAlert(): StripAlert {
  const { t } = useTranslation();
  const state = useLiveSelect((header) => header?.link.state ?? null);
  const previous = useRef(state);
  const [rejected, setRejected] = useState<CommandOutcome | null>(null);

  useEffect(() => {
    const before = previous.current;
    previous.current = state;
    if (before === 'connected' && state !== 'connected' && state !== null) {
      notifications.show({
        id: LINK_NOTICE,
        color: 'red',
        title: t('console.alerts.linkLostTitle'),
        message: t('console.alerts.linkLost'),
        autoClose: LINK_LOST_NOTICE_MS,
        closeButtonProps: { 'aria-label': t('common.close') },
      });
    } else if (before !== null && before !== 'connected' && state === 'connected') {
      notifications.hide(LINK_NOTICE);
      notifications.show({
        color: 'green',
        message: t('console.alerts.linkBack'),
        autoClose: 4_000,
        closeButtonProps: { 'aria-label': t('common.close') },
      });
    }
  }, [state, t]);

  useEffect(
    () => () => {
      notifications.hide(LINK_NOTICE);
    },
    [],
  );

  useApiEvent('command.outcome', (outcome) => {
    if (outcome.status === 'rejected' || outcome.original === 'rejected') setRejected(outcome);
  });

  useEffect(() => {
    if (rejected === null) return undefined;
    const timer = window.setTimeout(() => setRejected(null), REJECTION_ALERT_MS);
    return () => window.clearTimeout(timer);
  }, [rejected]);

  return { linkDown: state !== null && state !== 'connected', rejected };
}
