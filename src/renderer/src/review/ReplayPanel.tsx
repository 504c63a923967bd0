import { Alert, Button, Group, Loader, Slider, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconNotes } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RunResults } from '../../../shared/model/review';
import { useApi } from '../api/api-context';
import { useApiQuery } from '../api/use-api-query';
import { describeError } from '../app/logic/error-text';
import { notifySuccess } from '../app/notify';
import { ReplayConsole } from './ReplayConsole';
import { ReplayProducts } from './ReplayProducts';
import type { ProductNamer } from '../../../shared/model/product-names';
import { formatClockTenths } from '../../../shared/format/durations';
import { formatOffset } from './logic/review-format';
import { wallTimeOf } from './logic/review-clock-text';
import { RunTextModal } from './RunTextModal';

/** How long the scrubber must rest before the core is asked (dragging sends nothing). */
const SCRUB_DEBOUNCE_MS = 150;

interface ReplayPanelProps {
  results: RunResults;
  nameOf: ProductNamer;
  at: number;
  onAt: (at: number) => void;
}

const STEPS = [-10_000, -1_000, 1_000, 10_000] as const;

/** The console as it was at any moment of the run, rebuilt from the run log by the core. */
export function ReplayPanel({ results, nameOf, at, onAt }: ReplayPanelProps) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { from, to } = results;
  const runId = results.run.id;
  const [queryAt] = useDebouncedValue(at, SCRUB_DEBOUNCE_MS);
  const [noting, setNoting] = useState(false);
  const state = useApiQuery('review.stateAt', { runId, at: queryAt });
  const span = Math.max(1, to - from);
  const clamp = (value: number) => Math.min(to, Math.max(from, Math.round(value)));
  const wall = wallTimeOf(at, results.clock, i18n.language);

  return (
    <Stack gap="md">
      <Group gap="md" align="center" wrap="nowrap">
        <Slider
          style={{ flex: 1 }}
          min={0}
          max={span}
          step={Math.max(1, Math.round(span / 2000))}
          value={at - from}
          onChange={(value) => onAt(clamp(from + value))}
          label={(value) => `+${formatClockTenths(value)}`}
          thumbLabel={t('review.replay.scrubber')}
          thumbValueText={(value) => `+${formatClockTenths(value)}`}
          data-testid="replay-scrubber"
        />
        <Text fw={600} style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
          {formatOffset(at, from)}
          <Text span size="sm" c="dimmed" ml={8}>
            {wall ?? t('review.clock.showTime')}
          </Text>
        </Text>
      </Group>
      <Group gap="xs">
        {STEPS.map((step) => (
          <Button
            key={step}
            variant="default"
            size="compact-sm"
            onClick={() => onAt(clamp(at + step))}
          >
            {t(step < 0 ? 'review.replay.back' : 'review.replay.forward', {
              seconds: Math.abs(step) / 1000,
            })}
          </Button>
        ))}
        <Button variant="default" size="compact-sm" onClick={() => onAt(from)}>
          {t('review.replay.toStart')}
        </Button>
        <Button variant="default" size="compact-sm" onClick={() => onAt(to)}>
          {t('review.replay.toEnd')}
        </Button>
        <Button
          variant="light"
          size="compact-sm"
          leftSection={<IconNotes size={16} aria-hidden />}
          onClick={() => setNoting(true)}
        >
          {t('review.replay.addNote')}
        </Button>
      </Group>
      {state.error && (
        <Alert color="red" title={describeError(t, state.error).title} role="alert">
          {describeError(t, state.error).message}
        </Alert>
      )}
      {state.data ? (
        <Stack
          gap="md"
          data-testid="replay-state"
          data-at={state.data.at}
          aria-busy={state.loading || queryAt !== at}
        >
          <Text size="sm" c="dimmed" role="status">
            {t('review.replay.showing', { time: formatOffset(state.data.at, from) })}
          </Text>
          <ReplayConsole state={state.data} runKind={results.run.kind} nameOf={nameOf} />
          <ReplayProducts state={state.data} nameOf={nameOf} />
        </Stack>
      ) : (
        <Loader aria-label={t('common.loading')} />
      )}
      {noting && (
        <RunTextModal
          title={t('review.replay.noteTitle', { time: formatOffset(at, from) })}
          label={t('review.list.noteLabel')}
          initialValue=""
          multiline
          onClose={() => setNoting(false)}
          onSubmit={async (text) => {
            await api.invoke('runs.addNote', { runId, text, at });
            notifySuccess((t) => t('review.replay.noteAdded'));
          }}
        />
      )}
    </Stack>
  );
}
