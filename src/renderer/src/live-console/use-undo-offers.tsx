import { Button, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { UndoOffer } from '../../../shared/model/undo';
import { formatSeconds } from '../../../shared/format/durations';
import { useApi } from '../api/api-context';
import { useSnapshotThenEvents } from '../api/use-snapshot-then-events';

/** The shortest time a notice stays up, even for an offer about to expire. */
const MIN_SHOWN_MS = 1_000;

function noticeId(offer: number): string {
  return `console-undo-${offer}`;
}

interface UndoNoticeProps {
  offer: UndoOffer;
  nameOf: (sku: string) => string;
  onUndo: () => void;
}

/** An Undo offer's words and button, in the UI's language of the moment. */
function UndoNotice({ offer, nameOf, onUndo }: UndoNoticeProps) {
  const { t } = useTranslation();
  const name = nameOf(offer.sku);
  return (
    <Stack align="flex-start" gap={6}>
      <Text size="sm" data-testid="undo-unpin-text">
        {offer.seconds === null
          ? t('console.undo.unpinned', { name })
          : t('console.undo.unpinnedLeft', { name, time: formatSeconds(offer.seconds) })}
      </Text>
      <Button size="compact-sm" variant="white" color="dark" onClick={onUndo}>
        {t('console.undo.undo')}
      </Button>
    </Stack>
  );
}

/**
 * Shows every Undo the core offers (whichever console acted) as a notice with its button, and
 * takes it down when it is taken here or elsewhere, or has expired.
 */
export function useUndoOffers(nameOf: (sku: string) => string): void {
  const bridge = useApi();
  const shown = useRef(new Set<number>());
  const latest = useRef(nameOf);
  useEffect(() => {
    latest.current = nameOf;
  });

  const show = useCallback(
    (offer: UndoOffer) => {
      const id = noticeId(offer.id);
      const undo = () => {
        notifications.hide(id);
        void bridge.invoke('undo.take', { id: offer.id }).catch(() => undefined);
      };
      notifications.show({
        id,
        color: 'blue',
        autoClose: Math.max(MIN_SHOWN_MS, offer.expiresAt - Date.now()),
        message: <UndoNotice offer={offer} nameOf={latest.current} onUndo={undo} />,
      });
    },
    [bridge],
  );

  const apply = useCallback(
    (offers: readonly UndoOffer[]) => {
      const open = new Set(offers.map((offer) => offer.id));
      for (const id of shown.current) {
        if (open.has(id)) continue;
        notifications.hide(noticeId(id));
        shown.current.delete(id);
      }
      for (const offer of offers) {
        if (shown.current.has(offer.id)) continue;
        shown.current.add(offer.id);
        show(offer);
      }
    },
    [show],
  );

  useSnapshotThenEvents({
    method: 'undo.offers',
    event: 'undo.offers',
    snapshot: (offers, eventsSince) => {
      if (eventsSince === 0) apply(offers);
    },
    events: (batch) => {
      const newest = batch[batch.length - 1];
      if (newest !== undefined) apply(newest);
    },
  });
}
