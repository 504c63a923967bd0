/**
 * The console's own keys (the digits pin a slot and U unpins, see use-live-hotkeys). Letters are
 * matched case-insensitively and never while typing in a field or with a dialog open.
 */
export const CONSOLE_KEYS = {
  next: 'n',
  previous: 'p',
  done: 'd',
  fire: 'f',
  armNext: 'a',
} as const;

export type ConsoleKey = keyof typeof CONSOLE_KEYS;
