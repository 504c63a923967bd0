import { Text } from '@mantine/core';
import { memo, useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { OnAirSlot, OnAirState } from '../../../shared/model/onair';
import { formatSeconds } from '../../../shared/format/durations';
import { useNow } from '../live-run/use-now';
import classes from './console.module.css';
import { shallowEqual } from '../api/logic/picked';
import { useOnAir } from './onair-context';

type SlotTimes = Pick<OnAirSlot, 'plannedSeconds' | 'pinnedMs' | 'pinnedSince'> | null;

/** Time on air of a lineup slot against its plan ("1:20 / 3:00"), ticking while it is pinned. */
export const SlotTime = memo(function SlotTime({ productId }: { productId: number }) {
  const { t } = useTranslation();
  const select = useCallback(
    (state: OnAirState | null): SlotTimes => {
      const slot = state?.slots.find((candidate) => candidate.productId === productId);
      if (!slot) return null;
      const { plannedSeconds, pinnedMs, pinnedSince } = slot;
      return { plannedSeconds, pinnedMs, pinnedSince };
    },
    [productId],
  );
  const slot = useOnAir(select, shallowEqual);
  const now = useNow(slot?.pinnedSince != null);
  const actualMs =
    slot === null
      ? 0
      : slot.pinnedMs + (slot.pinnedSince === null ? 0 : Math.max(0, now - slot.pinnedSince));
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
