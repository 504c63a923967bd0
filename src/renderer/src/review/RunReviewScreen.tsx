import { Alert, Loader, Stack, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/use-api-query';
import { describeError } from '../app/notify';
import { ResultsTable } from './ResultsTable';
import { RunSummaryHeader } from './RunSummaryHeader';

/** One run after the show: its totals, per-product results, timeline, replay, compare, exports. */
export function RunReviewScreen({ runId }: { runId: number }) {
  const { t } = useTranslation();
  const results = useApiQuery('review.results', { runId }, { refetchOn: ['runs.changed'] });

  if (results.error && !results.data) {
    return (
      <Alert color="red" title={describeError(t, results.error).title} role="alert" maw={700}>
        {describeError(t, results.error).message}
      </Alert>
    );
  }
  if (!results.data || results.data.run.id !== runId) {
    return <Loader aria-label={t('common.loading')} />;
  }
  const data = results.data;
  return (
    <Stack gap="lg" maw={1400}>
      <RunSummaryHeader results={data} />
      <Tabs defaultValue="results" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="results">{t('review.tabs.results')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="results" pt="md">
          <ResultsTable results={data} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
