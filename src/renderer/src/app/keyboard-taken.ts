/**
 * A modal dialog (the command palette too) or an open menu has the keyboard, so the screen's
 * hotkeys wait.
 */
export function keyboardTaken(event: KeyboardEvent): boolean {
  if (document.querySelector('[aria-modal="true"]') !== null) return true;
  return event.target instanceof Element && event.target.closest('[role="menu"]') !== null;
}
