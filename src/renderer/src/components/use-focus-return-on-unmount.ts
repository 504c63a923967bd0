import { useEffect, useState } from 'react';

/**
 * The control a dialog opened now gives the focus back to: the focused one or, for an item of a
 * menu (gone with its menu once chosen), the menu's button, which labels the menu.
 */
function opener(): Element | null {
  const focused = document.activeElement;
  const button = focused?.closest('[role="menu"]')?.getAttribute('aria-labelledby');
  return (button ? document.getElementById(button) : null) ?? focused;
}

/**
 * Gives the focus back to the control that had it when a dialog was mounted open (for a menu's
 * item, to the menu's button), once the dialog is unmounted. Mantine's modal returns the focus
 * when its `opened` turns false, but a dialog shown only while it is wanted
 * (`{dialog && <Modal opened />}`) is unmounted instead: the focus was left on the page's body,
 * and the keyboard user lost their place.
 */
export function useFocusReturnOnUnmount(opened: boolean): void {
  const [returnTo] = useState(() => (opened ? opener() : null));
  useEffect(
    () => () => {
      if (returnTo instanceof HTMLElement && returnTo.isConnected) returnTo.focus();
    },
    [returnTo],
  );
}
