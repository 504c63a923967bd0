import { Alert, Loader, Stack, Tabs } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/use-api-query';
import { describeError } from '../app/logic/error-text';
import { AudiencePanel } from './AudiencePanel';
import { ComparePanel } from './ComparePanel';
import { ExportPanel } from './ExportPanel';
import { ReplayPanel } from './ReplayPanel';
import { ResultsTable } from './ResultsTable';
import { RunSummaryHeader } from './RunSummaryHeader';
import { TimelinePanel } from './TimelinePanel';
import { useProductNames } from './use-product-names';
import type { Range } from './use-zoom-range';

type ReviewTab = 'results' | 'timeline' | 'audience' | 'replay' | 'compare';
const TABS: readonly ReviewTab[] = ['results', 'timeline', 'audience', 'replay', 'compare'];

function isReviewTab(value: string | null): value is ReviewTab {
  return (TABS as readonly (string | null)[]).includes(value);
}

/** One run after the show: its totals, per-product results, timeline, replay, compare, exports. */
export function RunReviewScreen({ runId }: { runId: number }) {
  const { t } = useTranslation();
  const results = useApiQuery('review.results', { runId }, { refetchOn: ['runs.changed'] });
  const [tab, setTab] = useState<ReviewTab>('results');
  const [replayAt, setReplayAt] = useState<number | null>(null);
  const zoomState = useState<Range | null>(null);
  const nameOf = useProductNames(results.data?.run.showId ?? null);

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
  const replay = (at: number) => {
    setReplayAt(at);
    setTab('replay');
  };
  return (
    <Stack gap="lg" maw={1400}>
      <RunSummaryHeader results={data} />
      <ExportPanel runId={runId} rehearsal={data.run.rehearsal} />
      <Tabs
        value={tab}
        onChange={(value) => {
          if (isReviewTab(value)) setTab(value);
        }}
        keepMounted={false}
      >
        <Tabs.List>
          {TABS.map((value) => (
            <Tabs.Tab key={value} value={value}>
              {t(`review.tabs.${value}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="results" pt="md">
          <ResultsTable results={data} nameOf={nameOf} />
        </Tabs.Panel>
        <Tabs.Panel value="timeline" pt="md">
          <TimelinePanel results={data} nameOf={nameOf} zoomState={zoomState} onReplay={replay} />
        </Tabs.Panel>
        <Tabs.Panel value="audience" pt="md">
          <AudiencePanel results={data} nameOf={nameOf} />
        </Tabs.Panel>
        <Tabs.Panel value="replay" pt="md">
          <ReplayPanel
            results={data}
            nameOf={nameOf}
            at={replayAt ?? data.from}
            onAt={setReplayAt}
          />
        </Tabs.Panel>
        <Tabs.Panel value="compare" pt="md">
          <ComparePanel run={data.run} nameOf={nameOf} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
