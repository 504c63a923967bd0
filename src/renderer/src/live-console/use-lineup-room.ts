import { useLayoutEffect, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';

/** The heights the lineup needs: `min` shows the first cards whole, `all` shows every card. */
export interface LineupRoom {
  min: number;
  all: number;
}

const CARD = '[data-testid="console-card"]';
export const LINEUP_SCROLL_TEST_ID = 'console-lineup-scroll';

function measure(section: HTMLElement, cards: number): LineupRoom | null {
  const scroller = section.querySelector<HTMLElement>(`[data-testid="${LINEUP_SCROLL_TEST_ID}"]`);
  const shown = section.querySelectorAll<HTMLElement>(CARD);
  if (scroller === null || shown.length === 0) return null;
  const first = shown[0].getBoundingClientRect();
  const last = shown[Math.min(cards, shown.length) - 1].getBoundingClientRect();
  const around = section.clientHeight - scroller.clientHeight;
  return {
    min: Math.ceil(around + last.bottom - first.top),
    all: Math.ceil(around + scroller.scrollHeight),
  };
}

/**
 * What the lineup section needs so that `cards` product cards stay whole in view while another
 * panel shares its column, measured from the cards as laid out (their height depends on the
 * column's width and the language) and again whenever the section or a card changes size.
 * `products` is the lineup's length (the cards to watch change with it); null when not enabled.
 * A change of size is measured when the browser reports it (laid out then) and drawn in the next
 * animation frame, with that frame's other updates: set from the observer, React would write the
 * page in a task of its own between frames, laid out twice in the next one (once for the
 * browser's hover check at its start).
 */
export function useLineupRoom(
  section: RefObject<HTMLElement | null>,
  { cards, products, enabled }: { cards: number; products: number; enabled: boolean },
): LineupRoom | null {
  const [room, setRoom] = useState<LineupRoom | null>(null);
  useLayoutEffect(() => {
    const element = section.current;
    if (!enabled || element === null || products === 0) return;
    const set = (next: LineupRoom | null) => {
      setRoom((before) => (before?.min === next?.min && before?.all === next?.all ? before : next));
    };
    let frame: number | null = null;
    const observer = new ResizeObserver(() => {
      const next = measure(element, cards);
      if (frame !== null) cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        frame = null;
        flushSync(() => set(next));
      });
    });
    observer.observe(element);
    for (const card of element.querySelectorAll(CARD)) observer.observe(card);
    set(measure(element, cards));
    return () => {
      observer.disconnect();
      if (frame !== null) cancelAnimationFrame(frame);
    };
  }, [section, cards, products, enabled]);
  return enabled ? room : null;
}
