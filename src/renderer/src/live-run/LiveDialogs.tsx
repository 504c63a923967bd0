import { useTranslation } from 'react-i18next';
import type { LiveCommand } from '../../../shared/model/live';
import { ConfirmModal } from '../components/ConfirmModal';
import { FlashSaleDialog } from './dialogs/FlashSaleDialog';
import { PinForDialog } from './dialogs/PinForDialog';
import { RestockDialog } from './dialogs/RestockDialog';
import { SetPriceDialog } from './dialogs/SetPriceDialog';
import type { LiveDialog } from './logic/live-actions';

interface LiveDialogsProps {
  dialog: LiveDialog | null;
  send: (command: LiveCommand) => Promise<boolean>;
  onClose: () => void;
}

/** The open command dialog, if any. */
export function LiveDialogs({ dialog, send, onClose }: LiveDialogsProps) {
  const { t } = useTranslation();
  const common = { send, onClose };
  return (
    <>
      {dialog?.kind === 'pinFor' && <PinForDialog product={dialog.product} {...common} />}
      {dialog?.kind === 'restock' && <RestockDialog product={dialog.product} {...common} />}
      {dialog?.kind === 'setPrice' && <SetPriceDialog product={dialog.product} {...common} />}
      {dialog?.kind === 'flashSale' && <FlashSaleDialog product={dialog.product} {...common} />}
      <ConfirmModal
        opened={dialog?.kind === 'startShow'}
        title={t('live.show.startTitle')}
        confirmLabel={t('live.show.start')}
        onClose={onClose}
        onConfirm={async () => {
          await send({ type: 'startShow' });
        }}
      >
        {t('live.show.startConfirm')}
      </ConfirmModal>
      <ConfirmModal
        opened={dialog?.kind === 'endShow'}
        title={t('live.show.endTitle')}
        confirmLabel={t('live.show.end')}
        onClose={onClose}
        onConfirm={async () => {
          await send({ type: 'endShow' });
        }}
      >
        {t('live.show.endConfirm')}
      </ConfirmModal>
    </>
  );
}
