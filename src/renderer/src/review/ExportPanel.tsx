import { Button, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import {
  IconFileTypeCsv,
  IconFileTypeHtml,
  IconJson,
  IconShoppingCartX,
} from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Language } from '../../../shared/model/lineup';
import type { ExportFormat } from '../../../shared/model/review';
import { LanguageSwitch } from '../app/LanguageSwitch';
import { formatPercent } from '../../../shared/format/numbers';
import { useExports, type ExportJob } from './use-exports';

const ICONS: Record<ExportFormat, ReactNode> = {
  csv: <IconFileTypeCsv size={18} aria-hidden />,
  json: <IconJson size={18} aria-hidden />,
  html: <IconFileTypeHtml size={18} aria-hidden />,
  demand: <IconShoppingCartX size={18} aria-hidden />,
};
const FORMATS: readonly ExportFormat[] = ['csv', 'json', 'html', 'demand'];

function share(job: ExportJob): number {
  if (job.phase === 'saved') return 1;
  if (job.phase === 'idle' || job.total === 0) return 0;
  return Math.min(1, job.done / job.total);
}

function ExportProgress({
  format,
  job,
  onCancel,
}: {
  format: ExportFormat;
  job: ExportJob;
  onCancel(): void;
}) {
  const { t, i18n } = useTranslation();
  if (job.phase === 'idle') return null;
  const label = t(`review.exports.formats.${format}`);
  const status =
    job.phase === 'saved'
      ? t('review.exports.savedAs', { file: job.fileName })
      : t(`review.exports.${job.phase}`, { percent: formatPercent(share(job), i18n.language) });
  return (
    <Stack gap={2} data-testid={`export-progress-${format}`} data-phase={job.phase}>
      <Progress
        value={share(job) * 100}
        size="sm"
        animated={job.phase !== 'saved'}
        color={job.phase === 'saved' ? 'green' : 'blue'}
        aria-label={t('review.exports.progressLabel', { format: label })}
      />
      <Group gap="xs" justify="space-between" wrap="nowrap" align="center">
        <Text size="xs" c="dimmed" role="status" style={{ overflowWrap: 'anywhere' }}>
          {status}
        </Text>
        {job.phase !== 'saved' && (
          <Button
            size="compact-xs"
            variant="subtle"
            color="gray"
            onClick={onCancel}
            aria-label={t('review.exports.cancelLabel', { format: label })}
            data-testid={`export-cancel-${format}`}
          >
            {t('review.exports.cancel')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}

/** CSV of orders, JSON run log, HTML report and CSV of unmet demand, each with its progress. */
export function ExportPanel({ runId, rehearsal }: { runId: number; rehearsal: boolean }) {
  const { t, i18n } = useTranslation();
  const { jobs, start, cancel } = useExports(runId);
  const [chosen, setChosen] = useState<Language | null>(null);
  const uiLanguage = Language.safeParse(i18n.language);
  const language = chosen ?? (uiLanguage.success ? uiLanguage.data : 'en');
  return (
    <Paper withBorder p="sm" radius="sm" component="section" aria-labelledby="review-exports-title">
      <Group justify="space-between" align="center" mb="xs" gap="xs">
        <Text fw={600} id="review-exports-title">
          {t('review.exports.title')}
        </Text>
        {rehearsal && (
          <Text size="xs" c="dimmed">
            {t('review.exports.rehearsalMarked')}
          </Text>
        )}
        <Group gap="xs" data-testid="export-language">
          <Text size="sm" c="dimmed">
            {t('review.exports.language')}
          </Text>
          <LanguageSwitch
            value={language}
            onChange={setChosen}
            label={t('review.exports.language')}
          />
        </Group>
      </Group>
      <Group gap="md" align="flex-start" grow>
        {FORMATS.map((format) => {
          const job = jobs[format];
          const busy = job.phase === 'writing' || job.phase === 'downloading';
          return (
            <Stack key={format} gap={6}>
              <Button
                variant="default"
                leftSection={ICONS[format]}
                loading={busy}
                onClick={() => void start(format, language)}
              >
                {t(`review.exports.formats.${format}`)}
              </Button>
              <ExportProgress format={format} job={job} onCancel={() => void cancel(format)} />
            </Stack>
          );
        })}
      </Group>
    </Paper>
  );
}
