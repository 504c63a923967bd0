import { Text } from '@mantine/core';
import { memo, useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { OnAirSlot, OnAirState } from '../../../shared/model/onair';
import { formatSeconds } from '../../../shared/format/durations';
import { useNow } from '../live-run/use-now';
import classes from './console.module.css';
import { shallowEqual } from '../api/logic/picked';
import { useOnAir } from './onair-context';

type SlotTimes =
  | (Pick<OnAirSlot, 'plannedSeconds' | 'pinnedMs' | 'pinnedSince'> & { stoppedAt: number | null })
  | null;

/**
 * Time on air of a lineup slot against its plan ("1:20 / 3:00"), ticking while it is pinned; it
 * stands still with the on-air clock once End show was issued.
 */
export const SlotTime = memo(function SlotTime({ productId }: { productId: number }) {
  const { t } = useTranslation();
  const select = useCallback(
    (state: OnAirState | null): SlotTimes => {
      const slot = state?.slots.find((candidate) => candidate.productId === productId);
      if (!slot) return null;
      const { plannedSeconds, pinnedMs, pinnedSince } = slot;
      return { plannedSeconds, pinnedMs, pinnedSince, stoppedAt: state?.clock.stoppedAt ?? null };
    },
    [productId],
  );
  const slot = useOnAir(select, shallowEqual);
  const ticking = slot !== null && slot.pinnedSince !== null && slot.stoppedAt === null;
  const now = useNow(ticking);
  const until = slot?.stoppedAt ?? now;
  const actualMs =
    slot === null
      ? 0
      : slot.pinnedMs + (slot.pinnedSince === null ? 0 : Math.max(0, until - slot.pinnedSince));
  const actualSeconds = Math.floor(actualMs / 1000);
  const over = slot !== null && slot.plannedSeconds > 0 && actualSeconds > slot.plannedSeconds;
  return (
    <div className={classes.figure}>
      <Text size="xs" c="dimmed">
        {t('console.card.onAir')}
      </Text>
      <Text
        size="sm"
        fw={700}
        c={over ? 'orange' : undefined}
        data-testid="card-slot-time"
        data-still={!ticking}
        style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}
        title={t('console.card.slotTimeHint')}
      >
        {t('console.card.slotTime', {
          actual: formatSeconds(actualSeconds),
          planned: formatSeconds(slot?.plannedSeconds ?? 0),
        })}
      </Text>
    </div>
  );
});
