import { useHotkeys, type HotkeyItem } from '@mantine/hooks';
import { keyboardTaken } from '../app/keyboard-taken';

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
