/**
 * How far to scroll a list whose visible box is `view` (positive: down) so that the rows from
 * `first` to `last` lie in view: none when they do; else the least that brings `last` in, never
 * past `first`'s top, which wins when the two do not fit together.
 */
export function scrollToShow(
  view: { top: number; bottom: number },
  first: { top: number },
  last: { bottom: number },
): number {
  if (first.top < view.top) return first.top - view.top;
  if (last.bottom > view.bottom) return Math.min(last.bottom - view.bottom, first.top - view.top);
  return 0;
}
