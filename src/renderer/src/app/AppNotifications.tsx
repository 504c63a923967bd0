import {
  Notifications,
  hideNotification,
  notificationsStore,
  updateNotificationsState,
  useNotifications,
} from '@mantine/notifications';
import { useLayoutEffect } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './notifications.module.css';
import { useRoomUnderNav } from './use-room-under-nav';

/** The most notifications shown at once, where the room under the navigation holds them. */
const SHOWN_AT_ONCE = 3;
/** The px kept free between the navigation's last link and the stack, the stack's own inset. */
const NAV_GAP = 2 * 10;
/**
 * The px a notice takes in the stack at most with the gap after it: an Undo offer for a product
 * whose name wraps over four lines of the column, with its button (about 150 px).
 */
const NOTICE_PX = 170;

/** How many notices the room under the navigation holds whole: one at least, SHOWN_AT_ONCE at most. */
function noticesThatFit(room: number | null): number {
  if (room === null) return SHOWN_AT_ONCE;
  return Math.max(1, Math.min(SHOWN_AT_ONCE, Math.floor((room - NAV_GAP) / NOTICE_PX)));
}

/**
 * The app's notifications, at the foot of the navigation column: the one place that every screen
 * keeps free at every size (over the header's end they covered the live console's status strip,
 * its link state, pending commands and last event, just when something had happened). As many as
 * the room holds whole are shown, the newest: a newer notice closes the oldest shown (in a
 * rehearsal at 1280x720 the room holds one; three cut the second's Undo button off and left the
 * newest to be scrolled to). Every close button is named in the UI's language of the moment, also
 * after a switch of language.
 */
export function AppNotifications() {
  const { t } = useTranslation();
  const { notifications, queue } = useNotifications();
  const close = t('common.close');
  const room = useRoomUnderNav(notifications.length > 0);
  const fit = noticesThatFit(room);
  useLayoutEffect(() => {
    const [oldest] = notifications;
    if (queue.length > 0 && oldest?.id !== undefined) hideNotification(oldest.id);
  }, [notifications, queue]);
  useLayoutEffect(() => {
    const named = [...notifications, ...queue].every(
      (notice) => notice.closeButtonProps?.['aria-label'] === close,
    );
    if (named) return;
    updateNotificationsState(notificationsStore, (list) =>
      list.map((notice) => ({
        ...notice,
        closeButtonProps: { ...notice.closeButtonProps, 'aria-label': close },
      })),
    );
  }, [notifications, queue, close]);
  return (
    <Notifications
      position="bottom-left"
      limit={fit}
      classNames={{ root: classes.root }}
      // The stack keeps to the room under the navigation's links (a notice taller than
      // NOTICE_PX scrolls): three notices in a rehearsal at 1280x720 reached over the Host view link.
      style={room === null ? undefined : { maxHeight: room - NAV_GAP }}
    />
  );
}
