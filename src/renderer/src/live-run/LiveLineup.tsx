import { useMemo, useState, type ReactNode } from 'react';
import type { Show } from '../../../shared/model/lineup';
import { LiveActionsContext, type LiveActions, type LiveDialog } from './logic/live-actions';
import { LiveDialogs } from './LiveDialogs';
import { useLiveCommands } from './use-live-commands';
import { useLiveHotkeys } from './use-live-hotkeys';

interface LiveLineupProps {
  show: Show;
  /** A run of this show is open: the hotkeys work. */
  enabled: boolean;
  /** Unpins instead of sending the unpin at once (the live console's unpin with undo). */
  onUnpin?: () => void;
  children: ReactNode;
}

/**
 * Gives the live pieces inside it (product rows, command bar) the show's commands: pin and unpin
 * at once, the other commands through their dialogs, and the hotkeys for the lineup's slots.
 */
export function LiveLineup({ show, enabled, onUnpin, children }: LiveLineupProps) {
  const send = useLiveCommands();
  const [dialog, setDialog] = useState<LiveDialog | null>(null);
  const actions = useMemo<LiveActions>(
    () => ({
      pin: (sku) => void send({ type: 'pin', sku }),
      unpin: onUnpin ?? (() => void send({ type: 'unpin' })),
      open: setDialog,
    }),
    [send, onUnpin],
  );
  const slots = useMemo(() => show.products.map((product) => product.sku), [show.products]);
  useLiveHotkeys({ slots, onPin: actions.pin, onUnpin: actions.unpin, enabled });
  return (
    <LiveActionsContext.Provider value={actions}>
      {children}
      {enabled && <LiveDialogs dialog={dialog} send={send} onClose={() => setDialog(null)} />}
    </LiveActionsContext.Provider>
  );
}
