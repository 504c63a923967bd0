import { NumberInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRunMode } from '../../rehearsal/use-run-mode';
import type { LiveCommand } from '../../../../shared/model/live';
import type { DialogProduct } from '../logic/live-actions';
import { CommandDialog } from './CommandDialog';
import { MAX_SECONDS, wholeNumber } from './logic/numbers';

interface PinForDialogProps {
  product: DialogProduct;
  send: (command: LiveCommand) => Promise<boolean>;
  onClose: () => void;
}

/** Pins a product for a number of seconds; the server unpins it by itself then. */
export function PinForDialog({ product, send, onClose }: PinForDialogProps) {
  const { t } = useTranslation();
  const showTime = useRunMode() === 'rehearsal';
  const [seconds, setSeconds] = useState<number | string>(30);
  const [error, setError] = useState<string | undefined>();
  return (
    <CommandDialog
      title={t('live.dialogs.pinTitle', { name: product.name })}
      submitLabel={t('live.dialogs.pinSubmit')}
      confirms={false}
      send={send}
      onClose={onClose}
      review={() => {
        const value = wholeNumber(seconds, 1, MAX_SECONDS);
        if (value === null) {
          setError(t('live.dialogs.rangeError', { min: 1, max: MAX_SECONDS }));
          return null;
        }
        return { command: { type: 'pin', sku: product.sku, seconds: value }, confirmation: '' };
      }}
    >
      <NumberInput
        label={t(showTime ? 'live.dialogs.secondsShowTime' : 'live.dialogs.seconds')}
        value={seconds}
        onChange={(value) => {
          setSeconds(value);
          setError(undefined);
        }}
        min={1}
        max={MAX_SECONDS}
        allowDecimal={false}
        error={error}
        data-autofocus
      />
    </CommandDialog>
  );
}
