import { Button, Group, NumberInput } from '@mantine/core';
import { IconPlugConnectedX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useInputSchemas } from '../api/input-schemas';

const DEFAULT_SECONDS = 30;

interface LinkDropControlProps {
  onDrop: (seconds: number) => void;
  busy: boolean;
  disabled: boolean;
}

/** Cuts the console's link to the rehearsal server for a number of show seconds. */
export function LinkDropControl({ onDrop, busy, disabled }: LinkDropControlProps) {
  const { t } = useTranslation();
  const [seconds, setSeconds] = useState<number | string>(DEFAULT_SECONDS);
  const schemas = useInputSchemas();
  const parsed = schemas?.SimulatedSeconds.safeParse(seconds);
  return (
    <Group gap={6} align="flex-end" wrap="nowrap">
      <NumberInput
        label={t('rehearsal.run.dropSeconds')}
        value={seconds}
        onChange={setSeconds}
        min={1}
        max={86_400}
        allowDecimal={false}
        allowNegative={false}
        error={
          parsed === undefined || parsed.success ? undefined : t('rehearsal.run.dropSecondsError')
        }
        w={190}
        styles={{ label: { whiteSpace: 'nowrap' } }}
      />
      <Button
        variant="default"
        loading={busy}
        disabled={disabled || parsed?.success !== true}
        leftSection={<IconPlugConnectedX size={18} aria-hidden />}
        onClick={() => {
          if (parsed?.success === true) onDrop(parsed.data);
        }}
      >
        {t('rehearsal.run.drop')}
      </Button>
    </Group>
  );
}
