/** What the comments list's virtualizer hands its offset observer: the list's scroll element. */
interface ScrolledList {
  scrollElement: Element | null;
}

/**
 * The comments list's scroll offset for its virtualizer (its `observeElementOffset`): read in each
 * scroll event, which the browser dispatches at the start of a frame, before its updates, and
 * told again unchanged at the scroll's end. The virtualizer's own observer read it again at the
 * end (a scrollend event or a timer), after that frame's updates had written rows, which laid the
 * page out a second time in the frame.
 */
export function observeScrollOffset(
  list: ScrolledList,
  changed: (offset: number, scrolling: boolean) => void,
): (() => void) | undefined {
  const element = list.scrollElement;
  if (element === null) return undefined;
  let offset = 0;
  const onScroll = () => {
    offset = element.scrollTop;
    changed(offset, true);
  };
  const onEnd = () => changed(offset, false);
  element.addEventListener('scroll', onScroll, { passive: true });
  element.addEventListener('scrollend', onEnd, { passive: true });
  return () => {
    element.removeEventListener('scroll', onScroll);
    element.removeEventListener('scrollend', onEnd);
  };
}
