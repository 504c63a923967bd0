import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { LiveCommand } from '../../../shared/model/live';
import { formatSeconds } from '../../../shared/format/durations';
import { useLiveStore } from '../live-run/live-context';
import { pinSecondsLeft } from './next-slot';

/** How long the producer can take an unpin back. */
export const UNDO_SHOWN_MS = 8_000;
let notices = 0;

/**
 * Unpins at once and offers to take it back for a few seconds: Undo pins the same product again,
 * for the time its pin had left when it was unpinned (or without end, as it was).
 */
export function useUndoableUnpin(
  send: (command: LiveCommand) => Promise<boolean>,
  nameOf: (sku: string) => string,
): () => void {
  const { t } = useTranslation();
  const store = useLiveStore();
  return useCallback(() => {
    const header = store.getHeader();
    const pin = header?.displayPin ?? { sku: null, until: null };
    const serverNow = Date.now() + (header?.link.clockOffsetMs ?? 0);
    const seconds = pinSecondsLeft(pin.until, serverNow);
    void send({ type: 'unpin' }).then((sent) => {
      const sku = pin.sku;
      if (!sent || sku === null) return;
      const name = nameOf(sku);
      const id = `console-undo-unpin-${++notices}`;
      const undo = () => {
        notifications.hide(id);
        void send(seconds === null ? { type: 'pin', sku } : { type: 'pin', sku, seconds });
      };
      notifications.show({
        id,
        color: 'blue',
        autoClose: UNDO_SHOWN_MS,
        closeButtonProps: { 'aria-label': t('common.close') },
        message: (
          <Group justify="space-between" wrap="nowrap" gap="sm">
            <Text size="sm" data-testid="undo-unpin-text">
              {seconds === null
                ? t('console.undo.unpinned', { name })
                : t('console.undo.unpinnedLeft', { name, time: formatSeconds(seconds) })}
            </Text>
            <Button size="compact-sm" variant="white" color="dark" onClick={undo}>
              {t('console.undo.undo')}
            </Button>
          </Group>
        ),
      });
    });
  }, [nameOf, send, store, t]);
}
