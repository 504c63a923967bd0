import { notifications, type NotificationData } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { describeError } from './logic/error-text';

/** A text to be said in the UI's language of the moment. */
export type Say = (t: TFunction) => string;

/** Says `say` in the current language, again whenever the language changes. */
function Said({ say }: { say: Say }) {
  const { t } = useTranslation();
  return <>{say(t)}</>;
}

/**
 * Shows a notification whose title and message follow the UI's language: one shown before a
 * switch of language is said in the new one (notifications keep what to say, not the words).
 */
export function notify(
  notice: Omit<NotificationData, 'title' | 'message'> & { title?: Say; message: Say },
): void {
  const { title, message, ...rest } = notice;
  notifications.show({
    ...rest,
    title: title === undefined ? undefined : <Said say={title} />,
    message: <Said say={message} />,
  });
}

export function notifyError(error: unknown, context?: Say): void {
  notify({
    color: 'red',
    title: (t) => {
      const { title } = describeError(t, error);
      return context === undefined ? title : `${context(t)}: ${title}`;
    },
    message: (t) => describeError(t, error).message,
    autoClose: 8_000,
  });
}

export function notifySuccess(message: Say): void {
  notify({ color: 'green', message, autoClose: 3_000 });
}
