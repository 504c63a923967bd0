import { useLayoutEffect, useState } from 'react';

/**
 * The height in px left free in the navigation column under its last link (the rehearsal
 * banner and the rehearsal's own link push the links down), kept current as the window, the
 * column or its links change size, while `active` (measured again as it turns on: the column
 * is not there yet while the app starts); null until measured.
 */
export function useRoomUnderNav(active: boolean): number | null {
  const [room, setRoom] = useState<number | null>(null);
  useLayoutEffect(() => {
    const navbar = active ? document.querySelector<HTMLElement>('.mantine-AppShell-navbar') : null;
    if (navbar === null) return undefined;
    const measure = () => {
      const last = navbar.lastElementChild;
      const linksEnd =
        last === null ? navbar.getBoundingClientRect().top : last.getBoundingClientRect().bottom;
      setRoom(Math.max(0, Math.floor(navbar.getBoundingClientRect().bottom - linksEnd)));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(navbar);
    for (const link of navbar.children) observer.observe(link);
    const links = new MutationObserver(() => {
      for (const link of navbar.children) observer.observe(link);
      measure();
    });
    links.observe(navbar, { childList: true });
    return () => {
      observer.disconnect();
      links.disconnect();
    };
  }, [active]);
  return room;
}
