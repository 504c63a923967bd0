import { createContext, useContext } from 'react';

/** A product as the command dialogs name it. */
export interface DialogProduct {
  sku: string;
  name: string;
}

/** The command dialogs a product row or the command bar can open. */
export type LiveDialog =
  | { kind: 'pinFor'; product: DialogProduct }
  | { kind: 'restock'; product: DialogProduct }
  | { kind: 'setPrice'; product: DialogProduct }
  | { kind: 'flashSale'; product: DialogProduct }
  | { kind: 'startShow' }
  | { kind: 'endShow' };

export interface LiveActions {
  pin(sku: string): void;
  unpin(): void;
  open(dialog: LiveDialog): void;
}

export const LiveActionsContext = createContext<LiveActions | null>(null);

/** The live commands of the show on screen (inside <LiveLineup>). */
export function useLiveActions(): LiveActions {
  const actions = useContext(LiveActionsContext);
  if (!actions) throw new Error('useLiveActions must be used inside <LiveLineup>');
  return actions;
}
