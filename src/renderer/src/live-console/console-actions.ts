import { createContext, useContext } from 'react';
import type { OnAirActions } from './use-onair-actions';

/** Everything the console's panels, hotkeys and palette can do beyond the live commands. */
export interface ConsoleActions extends OnAirActions {
  /** Arms the next lineup slot in stock (pin until unpinned, load its points). */
  armNextSlot(): void;
  /** Opens the cue form for a product (the next slot when null). */
  openArm(productId: number | null): void;
  /** Opens the form that adds a talking point on air. */
  openAddPoint(): void;
  openHostView(): void;
}

export const ConsoleActionsContext = createContext<ConsoleActions | null>(null);

export function useConsoleActions(): ConsoleActions {
  const actions = useContext(ConsoleActionsContext);
  if (!actions) throw new Error('useConsoleActions must be used inside <ConsoleActionsProvider>');
  return actions;
}
