import { Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconPlayerPlay } from '@tabler/icons-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RehearsalPreset } from '../../../shared/model/rehearsal';
import { useApi } from '../api/api-context';
import { useApiQuery } from '../api/use-api-query';
import { loadInputSchemas, type InputSchemas } from '../api/input-schemas';
import { notifyError } from '../app/notify';
import { formatCount } from '../../../shared/format/numbers';
import { runLabel } from '../review/logic/run-label';
import { takeStartFocus } from './first-start';
import { PresetControl } from './PresetControl';
import { PresetDetail } from './PresetDetail';
import { SpeedControl } from './SpeedControl';

/** The crowd's demand: the preset's model, or a past run (by id) replayed. */
const MODEL = 'model';

function parseSeed(text: string, { RehearsalSeed }: InputSchemas): number | null | 'invalid' {
  if (text.trim() === '') return null;
  const parsed = RehearsalSeed.safeParse(Number(text.trim()));
  return /^\d+$/.test(text.trim()) && parsed.success ? parsed.data : 'invalid';
}

/** Choices for a new rehearsal of the show (audience, demand, seed, speed) and its start. */
export function RehearsalSetup({ showId }: { showId: number }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const scenarios = useApiQuery('rehearsal.scenarios', { showId });
  const [preset, setPreset] = useState<RehearsalPreset>('calm');
  const [demand, setDemand] = useState(MODEL);
  const [seed, setSeed] = useState('');
  const [seedError, setSeedError] = useState<string | null>(null);
  const [speed, setSpeed] = useState(1);
  const [busy, setBusy] = useState(false);
  const startButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!takeStartFocus()) return;
    startButton.current?.focus();
    startButton.current?.scrollIntoView({ block: 'nearest' });
  }, []);

  const start = async (event: FormEvent) => {
    event.preventDefault();
    const parsedSeed = parseSeed(seed, await loadInputSchemas());
    if (parsedSeed === 'invalid') {
      setSeedError(t('rehearsal.setup.seedError'));
      return;
    }
    setBusy(true);
    try {
      await api.invoke('rehearsal.start', {
        showId,
        preset,
        speed,
        ...(parsedSeed === null ? {} : { seed: parsedSeed }),
        ...(demand === MODEL ? {} : { scenarioRunId: Number(demand) }),
      });
    } catch (error) {
      notifyError(error, (t) => t('rehearsal.setup.startFailed'));
    } finally {
      setBusy(false);
    }
  };

  const demandOptions = [
    { value: MODEL, label: t('rehearsal.setup.model') },
    ...(scenarios.data ?? []).map((scenario) => ({
      value: String(scenario.runId),
      label: t('rehearsal.setup.replay', {
        name: runLabel(t, scenario, i18n.language),
        kind: t(`rehearsal.kind.${scenario.kind}`),
        orders: formatCount(scenario.orders, i18n.language),
      }),
    })),
  ];

  return (
    <form onSubmit={(event) => void start(event)} noValidate data-testid="rehearsal-setup">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('rehearsal.panel.intro')}
        </Text>
        <Group align="flex-end" gap="md" wrap="wrap">
          <PresetControl value={preset} onChange={setPreset} />
          <Select
            label={t('rehearsal.setup.demand')}
            data={demandOptions}
            value={demand}
            onChange={(next) => setDemand(next ?? MODEL)}
            allowDeselect={false}
            w={280}
            comboboxProps={{ withinPortal: true }}
          />
          <TextInput
            label={t('rehearsal.setup.seed')}
            placeholder={t('rehearsal.setup.seedRandom')}
            inputMode="numeric"
            value={seed}
            onChange={(event) => {
              setSeed(event.currentTarget.value);
              setSeedError(null);
            }}
            error={seedError}
            w={150}
          />
          <SpeedControl value={speed} onChange={setSpeed} />
          <Button
            ref={startButton}
            data-testid="start-rehearsal"
            type="submit"
            loading={busy}
            color="yellow.5"
            c="black"
            leftSection={<IconPlayerPlay size={18} aria-hidden />}
          >
            {t('rehearsal.setup.start')}
          </Button>
        </Group>
        <PresetDetail preset={preset} />
      </Stack>
    </form>
  );
}
