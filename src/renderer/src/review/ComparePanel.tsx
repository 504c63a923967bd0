import { Alert, Group, Loader, Select, Stack, Table, Text } from '@mantine/core';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RunSummary } from '../../../shared/model/review';
import { useApiQuery } from '../api/use-api-query';
import { describeError } from '../app/logic/error-text';
import { COMPARE_FIGURES, figureCells } from './logic/compare-figures';
import type { ProductNamer } from '../../../shared/model/product-names';
import { exactRunLabel } from './logic/run-label';
import { RunKindBadge } from './RunKindBadge';
import { useRunList } from './use-run-list';
import { ScrollTable } from '../components/ScrollTable';
import { FigurePhrases } from '../components/FigurePhrases';
import { clauseLines } from '../components/logic/clause-lines';

/**
 * The comparison's height at most: the window under the app's header, so that its scroll region
 * (which takes keyboard focus) shows whole, its column headers staying on top as it scrolls.
 */
const COMPARE_HEIGHT =
  'calc(100dvh - var(--app-shell-header-offset, 56px) - 2 * var(--mantine-spacing-md))';

/** The run to compare with by default: the same show's latest run of the other kind. */
function defaultOther(run: RunSummary, runs: readonly RunSummary[]): RunSummary | undefined {
  const others = runs.filter((candidate) => candidate.id !== run.id);
  return (
    others.find((other) => other.showId === run.showId && other.kind !== run.kind) ??
    others.find((other) => other.showId === run.showId) ??
    others[0]
  );
}

function RunHeading({ run }: { run: RunSummary }) {
  const { t, i18n } = useTranslation();
  const label = exactRunLabel(t, run, i18n.language);
  return (
    <Group gap={6} wrap="nowrap" justify="flex-end">
      <RunKindBadge kind={run.kind} size="sm" />
      <Stack gap={0} align="flex-end">
        <Text
          span
          fw={600}
          size="sm"
          lineClamp={2}
          style={clauseLines}
          title={label}
          data-testid="compare-run-label"
        >
          <FigurePhrases text={label} />
        </Text>
        {run.durationClock === 'show' && (
          <Text span size="xs" c="dimmed" data-testid="compare-show-time">
            {t('review.compare.showTime')}
          </Text>
        )}
      </Stack>
    </Group>
  );
}

/** This run (A) against another (B), per product, with B minus A for each figure. */
export function ComparePanel({ run, nameOf }: { run: RunSummary; nameOf: ProductNamer }) {
  const { t, i18n } = useTranslation();
  const runs = useRunList(null);
  const [chosen, setChosen] = useState<number | null>(null);
  const otherId = chosen ?? defaultOther(run, runs.data ?? [])?.id ?? null;
  const comparison = useApiQuery(
    'review.compare',
    { runIdA: run.id, runIdB: otherId ?? run.id },
    { enabled: otherId !== null, refetchOn: ['runs.changed'] },
  );
  const options = (runs.data ?? [])
    .filter((other) => other.id !== run.id)
    .map((other) => ({
      value: String(other.id),
      label: `${t(`review.kind.${other.kind}`)} · ${exactRunLabel(t, other, i18n.language)}`,
    }));
  const data = comparison.data?.b.id === otherId ? comparison.data : undefined;

  return (
    <Stack gap="md">
      <Select
        label={t('review.compare.with')}
        placeholder={t('review.compare.choose')}
        data={options}
        value={otherId === null ? null : String(otherId)}
        onChange={(value) => setChosen(value === null ? null : Number(value))}
        searchable
        allowDeselect={false}
        maw={640}
        nothingFoundMessage={t('review.compare.noOther')}
      />
      {runs.data && options.length === 0 && <Text c="dimmed">{t('review.compare.noOther')}</Text>}
      {comparison.error && (
        <Alert color="red" title={describeError(t, comparison.error).title} role="alert">
          {describeError(t, comparison.error).message}
        </Alert>
      )}
      {otherId !== null && !data && !comparison.error && (
        <Loader aria-label={t('common.loading')} />
      )}
      {data && (
        <ScrollTable minWidth={720} maxHeight={COMPARE_HEIGHT} label={t('review.compare.title')}>
          <Table
            stickyHeader
            verticalSpacing={4}
            aria-label={t('review.compare.title')}
            data-testid="compare-table"
            style={{ fontVariantNumeric: 'tabular-nums' }}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('review.compare.figure')}</Table.Th>
                <Table.Th ta="right">
                  <RunHeading run={data.a} />
                </Table.Th>
                <Table.Th ta="right">
                  <RunHeading run={data.b} />
                </Table.Th>
                <Table.Th ta="right">{t('review.compare.difference')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.rows.map((row) => (
                <Fragment key={row.sku}>
                  <Table.Tr bg="light-dark(var(--mantine-color-gray-1), var(--mantine-color-dark-6))">
                    <Table.Th colSpan={4} scope="colgroup">
                      {nameOf(row.sku, row.name)}
                      <Text span size="xs" c="dimmed" ff="monospace" ml={8}>
                        {row.sku}
                      </Text>
                    </Table.Th>
                  </Table.Tr>
                  {COMPARE_FIGURES.map((figure) => {
                    const cells = figureCells(data, row, figure, i18n.language);
                    return (
                      <Table.Tr key={figure} data-sku={row.sku} data-figure={figure}>
                        <Table.Td pl="lg" style={{ whiteSpace: 'nowrap' }}>
                          {t(`review.compare.figures.${figure}`)}
                        </Table.Td>
                        <Table.Td ta="right">{cells.a}</Table.Td>
                        <Table.Td ta="right">{cells.b}</Table.Td>
                        <Table.Td ta="right" fw={cells.sign === 0 ? undefined : 600}>
                          {cells.diff}
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Fragment>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </Stack>
  );
}
