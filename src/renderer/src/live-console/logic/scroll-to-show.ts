/**
 * How far to scroll a list whose visible box is `view` (positive: down) so that the rows from
 * `first` to `last` lie in view: none when they do; else the least that brings them in; when the
 * two do not fit together, `last` whole at the bottom with as much of `first` above it as fits (the
 * first, the current talking point, reads whole in its card above the list).
 */
export function scrollToShow(
  view: { top: number; bottom: number },
  first: { top: number },
  last: { bottom: number },
): number {
  if (last.bottom - first.top > view.bottom - view.top) return last.bottom - view.bottom;
  if (first.top < view.top) return first.top - view.top;
  if (last.bottom > view.bottom) return last.bottom - view.bottom;
  return 0;
}
