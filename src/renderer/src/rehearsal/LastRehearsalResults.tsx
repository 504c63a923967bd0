import { Anchor, Group, Stack, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Show } from '../../../shared/model/lineup';
import type { ProductResult, RunSummary } from '../../../shared/model/review';
import { useApiQuery } from '../api/use-api-query';
import { routeHash } from '../app/route';
import { formatCount, formatPercent } from '../../../shared/format/numbers';
import { formatOffset } from '../review/logic/review-format';
import { runLabel } from '../review/logic/run-label';
import { soldOutStatus } from '../review/logic/sold-out-status';

function formatShare(ratio: number | null, language: string): string {
  return ratio === null ? '–' : formatPercent(ratio, language);
}

/** Per-product results of one ended rehearsal run, with a way into its full review. */
function Results({ run, show }: { run: RunSummary; show: Show }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const results = useApiQuery('review.results', { runId: run.id });
  const start = results.data?.from ?? run.startedAt;
  const statusText = (product: ProductResult) => {
    const left = formatCount(product.finalStock, language);
    switch (soldOutStatus(product)) {
      case 'soldOut':
        return t('rehearsal.results.soldOut');
      case 'restocked':
        return t('rehearsal.results.soldOutRestocked', {
          time: formatOffset(product.soldOutAt ?? start, start),
          left,
        });
      case 'inStock':
        return t('rehearsal.results.left', { left });
    }
  };
  return (
    <Stack gap={6} data-testid="last-rehearsal">
      <Group gap="sm" justify="space-between">
        <Title order={4} size="h5" id="last-rehearsal-title">
          {t('rehearsal.results.title', { name: runLabel(t, run, language) })}
        </Title>
        <Anchor href={routeHash({ screen: 'run', runId: run.id })} size="sm">
          {t('rehearsal.results.openReview')}
        </Anchor>
      </Group>
      {results.data && (
        <Table
          withTableBorder
          verticalSpacing={4}
          fz="sm"
          aria-labelledby="last-rehearsal-title"
          data-testid="last-rehearsal-results"
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('rehearsal.results.product')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('rehearsal.results.sold')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('rehearsal.results.sellThrough')}
              </Table.Th>
              <Table.Th scope="col">{t('rehearsal.results.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {results.data.products.map((product) => (
              <Table.Tr key={product.sku} data-sku={product.sku}>
                <Table.Th scope="row" fw={500}>
                  {show.products.find((item) => item.sku === product.sku)?.nameHost ?? product.name}
                </Table.Th>
                <Table.Td ta="right">
                  {t('rehearsal.results.soldOf', {
                    sold: formatCount(product.unitsSold, language),
                    opening: formatCount(product.openingStock + product.restockedUnits, language),
                  })}
                </Table.Td>
                <Table.Td ta="right">{formatShare(product.sellThrough, language)}</Table.Td>
                <Table.Td data-testid="last-rehearsal-status">{statusText(product)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

/** The show's most recent ended rehearsal, if any: its results at a glance. */
export function LastRehearsalResults({ show }: { show: Show }) {
  const runs = useApiQuery('runs.list', { showId: show.id }, { refetchOn: ['runs.changed'] });
  const last = runs.data?.find((run) => run.rehearsal && !run.open);
  if (!last) return null;
  return <Results run={last} show={show} />;
}
