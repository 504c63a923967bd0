import { Text } from '@mantine/core';
import { memo, useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { OnAirSlot, OnAirState } from '../../../shared/model/onair';
import { formatMinuteClock } from '../../../shared/format/durations';
import { FigurePhrases } from '../components/FigurePhrases';
import { slotTimeView, type SlotClock, type SlotTimeView } from '../live-run/logic/run-clock';
import { useNow } from '../live-run/use-now';
import { useRehearsalState } from '../rehearsal/rehearsal-state-context';
import classes from './console.module.css';
import { shallowEqual } from '../api/logic/picked';
import { useOnAir } from './onair-context';

type SlotTimes = (SlotClock & Pick<OnAirSlot, 'plannedSeconds'>) | null;

function SlotTimeFigure({
  plannedSeconds,
  view,
  rehearsal,
}: {
  plannedSeconds: number;
  view: SlotTimeView;
  rehearsal: boolean;
}) {
  const { t } = useTranslation();
  const actualSeconds = Math.floor(view.ms / 1000);
  const over = plannedSeconds > 0 && actualSeconds > plannedSeconds;
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
        data-still={view.still}
        style={{ fontVariantNumeric: 'tabular-nums' }}
        title={t(rehearsal ? 'console.card.slotTimeHintRehearsal' : 'console.card.slotTimeHint')}
      >
        <FigurePhrases
          text={t('console.card.slotTime', {
            actual: formatMinuteClock(actualSeconds * 1000),
            planned: formatMinuteClock(plannedSeconds * 1000),
          })}
        />
      </Text>
    </div>
  );
}

/**
 * The pinned slot's open span, ticking on the run's clock: wall time in a live run, the
 * rehearsal's show time (which stands still while it is paused) in a rehearsal.
 */
function OpenSlotTime({ slot }: { slot: NonNullable<SlotTimes> }) {
  const { state: rehearsal } = useRehearsalState();
  const inShowTime = slot.runKind === 'rehearsal';
  const now = useNow(!inShowTime);
  return (
    <SlotTimeFigure
      plannedSeconds={slot.plannedSeconds}
      view={slotTimeView(slot, rehearsal, now)}
      rehearsal={inShowTime}
    />
  );
}

/**
 * Time on air of a lineup slot against its plan ("1:20 / 3:00") on the run's one clock, ticking
 * while it is pinned; it stands still while a rehearsal is paused and once End show was issued.
 */
export const SlotTime = memo(function SlotTime({ productId }: { productId: number }) {
  const select = useCallback(
    (state: OnAirState | null): SlotTimes => {
      const slot = state?.slots.find((candidate) => candidate.productId === productId);
      if (!state || !slot) return null;
      const { plannedSeconds, pinnedMs, pinnedSince } = slot;
      return { plannedSeconds, pinnedMs, pinnedSince, runId: state.runId, runKind: state.runKind };
    },
    [productId],
  );
  const slot = useOnAir(select, shallowEqual);
  if (slot === null) {
    return <SlotTimeFigure plannedSeconds={0} view={{ ms: 0, still: true }} rehearsal={false} />;
  }
  if (slot.pinnedSince !== null) return <OpenSlotTime slot={slot} />;
  return (
    <SlotTimeFigure
      plannedSeconds={slot.plannedSeconds}
      view={slotTimeView(slot, null, 0)}
      rehearsal={slot.runKind === 'rehearsal'}
    />
  );
});
