import { Notifications, notificationsStore, useNotifications } from '@mantine/notifications';
import { updateNotificationsState } from '@mantine/notifications';
import { useLayoutEffect } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './notifications.module.css';

/** The most notifications shown at once: what fits the navigation's free foot at 1280x720. */
const SHOWN_AT_ONCE = 3;

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
    />
  );
}
