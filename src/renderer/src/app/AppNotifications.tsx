import { Notifications, notificationsStore, useNotifications } from '@mantine/notifications';
import { updateNotificationsState } from '@mantine/notifications';
import { useLayoutEffect } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './notifications.module.css';
import { useRoomUnderNav } from './use-room-under-nav';

/** The most notifications shown at once (fewer may fit: the stack scrolls within its room). */
const SHOWN_AT_ONCE = 3;
/** The px kept free between the navigation's last link and the stack, the stack's own inset. */
const NAV_GAP = 2 * 10;

/**
 * The app's notifications, at the foot of the navigation column: the one place that every screen
 * keeps free at every size (over the header's end they covered the live console's status strip,
 * its link state, pending commands and last event, just when something had happened). Every close
 * button is named in the UI's language of the moment, also after a switch of language.
 */
export function AppNotifications() {
  const { t } = useTranslation();
  const { notifications, queue } = useNotifications();
  const close = t('common.close');
  const room = useRoomUnderNav(notifications.length > 0);
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
      limit={SHOWN_AT_ONCE}
      classNames={{ root: classes.root }}
      // The stack keeps to the room under the navigation's links and scrolls beyond it: three
      // notices in a rehearsal at 1280x720 reached up over the Host view link.
      style={room === null ? undefined : { maxHeight: room - NAV_GAP }}
    />
  );
}
