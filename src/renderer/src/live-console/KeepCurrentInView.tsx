import { memo, useEffect, type RefObject } from 'react';
import type { OnAirState } from '../../../shared/model/onair';
import { scrollToShow } from './logic/scroll-to-show';
import { useOnAir } from './onair-context';

const ROW = '[data-testid="queue-item"]';
const selectCurrentId = (state: OnAirState | null) => state?.current?.id ?? null;

/** Scrolls `box` the least that puts its current point's row and the next one in view. */
function showCurrent(box: HTMLElement): void {
  const rows = [...box.querySelectorAll<HTMLElement>(ROW)];
  const index = rows.findIndex((row) => row.dataset['current'] === 'true');
  if (index < 0) return;
  const by = scrollToShow(
    box.getBoundingClientRect(),
    rows[index].getBoundingClientRect(),
    (rows[index + 1] ?? rows[index]).getBoundingClientRect(),
  );
  if (by !== 0) box.scrollTop += by;
}

/**
 * Keeps the talking-point queue's current row and the one after it in view in their scrolling
 * list `scroller`: when the current point changes, when the points it lists change (`listed`, their ids in order), and when the
 * list changes size (a tab shown, the window resized). Earlier points scroll out of view first.
 * A component of its own that draws nothing, so that N / P render it and not the queue; it scrolls
 * in an animation frame, with the frame's other updates.
 */
export const KeepCurrentInView = memo(function KeepCurrentInView({
  scroller,
  listed,
}: {
  scroller: RefObject<HTMLElement | null>;
  listed: string;
}) {
  const currentId = useOnAir(selectCurrentId);
  useEffect(() => {
    const box = scroller.current;
    if (box === null || currentId === null) return;
    let frame: number | null = null;
    const show = () => {
      if (frame !== null) return;
      frame = requestAnimationFrame(() => {
        frame = null;
        showCurrent(box);
      });
    };
    const observer = new ResizeObserver(show);
    observer.observe(box);
    show();
    return () => {
      observer.disconnect();
      if (frame !== null) cancelAnimationFrame(frame);
    };
  }, [scroller, currentId, listed]);
  return null;
});
