import { useEffect, useState } from 'react';

/**
 * Gives the focus back to the control that had it when a dialog was mounted open, once the dialog
 * is unmounted. Mantine's modal returns the focus when its `opened` turns false, but a dialog
 * shown only while it is wanted (`{dialog && <Modal opened />}`) is unmounted instead: the focus
 * was left on the page's body, and the keyboard user lost their place.
 */
export function useFocusReturnOnUnmount(opened: boolean): void {
  const [opener] = useState(() => (opened ? document.activeElement : null));
  useEffect(
    () => () => {
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    },
    [opener],
  );
}
