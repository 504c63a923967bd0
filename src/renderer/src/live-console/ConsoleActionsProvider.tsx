import { notify } from '../app/notify';
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import type { Show } from '../../../shared/model/lineup';
import { notifyError } from '../app/notify';
import { useOpenHostView } from '../host-view/open-host-view';
import { useLiveStore } from '../live-run/live-context';
import { AddPointDialog } from './AddPointDialog';
import { ArmCueDialog } from './ArmCueDialog';
import { ConsoleActionsContext, type ConsoleActions } from './console-actions';
import { nextSlot } from './logic/next-slot';
import { useOnAirStore } from './onair-context';
import { useOnAirActions } from './use-onair-actions';

type ConsoleDialog = { kind: 'arm'; productId: number } | { kind: 'addPoint' };

/** Gives the console's pieces the on-air calls and the cue and talking-point forms. */
export function ConsoleActionsProvider({ show, children }: { show: Show; children: ReactNode }) {
  const onAir = useOnAirActions();
  const live = useLiveStore();
  const onAirStore = useOnAirStore();
  const openHost = useOpenHostView();
  const [dialog, setDialog] = useState<ConsoleDialog | null>(null);

  const slotToArm = useCallback(() => {
    const pinned = live.getHeader()?.displayPin.sku ?? null;
    return nextSlot(show.products, pinned, (sku) => live.getRow(sku)?.product.stock ?? 0);
  }, [live, show.products]);

  const noNextSlot = useCallback(() => {
    notify({ color: 'yellow', message: (tr) => tr('console.cue.noNextSlot'), autoClose: 5_000 });
  }, []);

  const actions = useMemo<ConsoleActions>(
    () => ({
      ...onAir,
      fire: async () => {
        if (onAirStore.get()?.cue) return onAir.fire();
        notify({
          color: 'yellow',
          message: (tr) => tr('console.cue.nothingToFire'),
          autoClose: 4_000,
        });
        return false;
      },
      done: async () => (onAirStore.get()?.current ? onAir.done() : false),
      armNextSlot: () => {
        const product = slotToArm();
        if (product === null) noNextSlot();
        else void onAir.arm({ productId: product.id });
      },
      openArm: (productId) => {
        const id = productId ?? slotToArm()?.id ?? show.products[0]?.id;
        if (id === undefined) noNextSlot();
        else setDialog({ kind: 'arm', productId: id });
      },
      openAddPoint: () => setDialog({ kind: 'addPoint' }),
      openHostView: () => {
        openHost().catch((error: unknown) => notifyError(error, (t) => t('nav.hostViewFailed')));
      },
    }),
    [noNextSlot, onAir, onAirStore, openHost, show.products, slotToArm],
  );

  const close = () => setDialog(null);
  return (
    <ConsoleActionsContext.Provider value={actions}>
      {children}
      {dialog?.kind === 'arm' && (
        <ArmCueDialog
          products={show.products}
          productId={dialog.productId}
          onArm={onAir.arm}
          onClose={close}
        />
      )}
      {dialog?.kind === 'addPoint' && (
        <AddPointDialog
          products={show.products}
          productId={onAirStore.get()?.pinned?.productId ?? null}
          onAdd={onAir.addPoint}
          onClose={close}
        />
      )}
    </ConsoleActionsContext.Provider>
  );
}
