import { useLayoutEffect, useState, type RefObject } from 'react';

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
 */
export function useLineupRoom(
  section: RefObject<HTMLElement | null>,
  { cards, products, enabled }: { cards: number; products: number; enabled: boolean },
): LineupRoom | null {
  const [room, setRoom] = useState<LineupRoom | null>(null);
  useLayoutEffect(() => {
    const element = section.current;
    if (!enabled || element === null || products === 0) return;
    const update = () => {
      const next = measure(element, cards);
      setRoom((before) => (before?.min === next?.min && before?.all === next?.all ? before : next));
    };
    const observer = new ResizeObserver(update);
    observer.observe(element);
    for (const card of element.querySelectorAll(CARD)) observer.observe(card);
    update();
    return () => observer.disconnect();
  }, [section, cards, products, enabled]);
  return enabled ? room : null;
}
