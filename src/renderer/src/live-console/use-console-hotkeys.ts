import { useHotkeys, type HotkeyItem } from '@mantine/hooks';
import { keyboardTaken } from '../app/keyboard-taken';
import { useConsoleActions } from './console-actions';
import { CONSOLE_KEYS } from './logic/console-keys';

/** Nothing on the page has the focus (so Enter is free to fire the cue). */
function nothingFocused(): boolean {
  const active = document.activeElement;
  return active === null || active === document.body || active === document.documentElement;
}

/**
 * The console's keys: N, P, D move the talking points (next, previous, done), F fires the armed
 * cue (Enter too while nothing has the focus), A arms the next slot. Ignored while typing in a
 * field, with a dialog or a menu open, for key repeats and with modifier keys.
 */
export function useConsoleHotkeys(): void {
  const actions = useConsoleActions();
  const guarded =
    (action: () => unknown, when: () => boolean = () => true) =>
    (event: KeyboardEvent): void => {
      if (event.repeat || keyboardTaken(event) || !when()) return;
      event.preventDefault();
      void action();
    };
  const items: HotkeyItem[] = [
    [CONSOLE_KEYS.next, guarded(actions.next), { preventDefault: false }],
    [CONSOLE_KEYS.previous, guarded(actions.previous), { preventDefault: false }],
    [CONSOLE_KEYS.done, guarded(actions.done), { preventDefault: false }],
    [CONSOLE_KEYS.fire, guarded(actions.fire), { preventDefault: false }],
    [CONSOLE_KEYS.armNext, guarded(actions.armNextSlot), { preventDefault: false }],
    ['Enter', guarded(actions.fire, nothingFocused), { preventDefault: false }],
  ];
  useHotkeys(items);
}
