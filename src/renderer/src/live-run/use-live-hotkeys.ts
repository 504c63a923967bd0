import { useHotkeys, type HotkeyItem } from '@mantine/hooks';

/** The key that unpins (the digits 1 to 9 pin the lineup slot with that number). */
export const UNPIN_KEY = 'u';
export const SLOT_KEYS = 9;

interface LiveHotkeysOptions {
  /** SKU of each lineup slot, slot 1 first. */
  slots: readonly string[];
  onPin: (sku: string) => void;
  onUnpin: () => void;
  enabled: boolean;
}

/** A modal dialog or an open menu has the keyboard: hotkeys wait. */
function keyboardTaken(event: KeyboardEvent): boolean {
  if (document.querySelector('[aria-modal="true"]') !== null) return true;
  return event.target instanceof Element && event.target.closest('[role="menu"]') !== null;
}

/**
 * Number keys 1 to 9 pin the product in that lineup slot, U unpins. Ignored while typing in a
 * field (Mantine skips inputs, text areas and selects), while a modal or a menu is open, for key
 * repeats and with modifier keys.
 */
export function useLiveHotkeys({ slots, onPin, onUnpin, enabled }: LiveHotkeysOptions): void {
  const guarded =
    (action: () => void) =>
    (event: KeyboardEvent): void => {
      if (!enabled || event.repeat || keyboardTaken(event)) return;
      action();
    };
  const pins: HotkeyItem[] = Array.from({ length: SLOT_KEYS }, (_, index) => [
    String(index + 1),
    guarded(() => {
      const sku = slots[index];
      if (sku !== undefined) onPin(sku);
    }),
    { preventDefault: false },
  ]);
  useHotkeys([...pins, [UNPIN_KEY, guarded(onUnpin), { preventDefault: false }]]);
}
