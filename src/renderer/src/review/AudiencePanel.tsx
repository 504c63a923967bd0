import { Alert, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RunResults } from '../../../shared/model/review';
import { formatDuration } from '../../../shared/format/durations';
import { formatCount } from '../../../shared/format/numbers';
import { useApiQuery } from '../api/use-api-query';
import { describeError } from '../app/logic/error-text';
import type { ProductNamer } from '../../../shared/model/product-names';
import { formatOffset } from './logic/review-format';

/**
 * The audience of a run: comment totals, the questions most asked about each product, and the
 * questions sent to the host view with when and for how long.
 */
export function AudiencePanel({ results, nameOf }: { results: RunResults; nameOf: ProductNamer }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const query = useApiQuery('review.audience', { runId: results.run.id });
  if (query.error && !query.data) {
    const { title, message } = describeError(t, query.error);
    return (
      <Alert color="red" title={title} role="alert">
        {message}
      </Alert>
    );
  }
  const audience = query.data;
  if (!audience || audience.runId !== results.run.id) {
    return <Loader aria-label={t('common.loading')} />;
  }
  const count = (value: number) => formatCount(value, language);
  const productName = (sku: string | null) =>
    sku === null ? t('review.audience.general') : nameOf(sku, sku);
  return (
    <Stack gap="md" data-testid="review-audience">
      <Text data-testid="audience-totals">
        {t('review.audience.totals', {
          comments: count(audience.totals.comments),
          questions: count(audience.totals.questions),
          blocked: count(audience.totals.blocked),
          stored: count(audience.totals.stored),
        })}
      </Text>
      <Paper withBorder p="sm" radius="sm">
        <Title order={3} size="h5" mb="xs">
          {t('review.audience.topTitle')}
        </Title>
        {audience.topQuestions.length === 0 ? (
          <Text c="dimmed">{t('review.audience.noQuestions')}</Text>
        ) : (
          <Table verticalSpacing={4} aria-label={t('review.audience.topTitle')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('review.audience.columns.product')}</Table.Th>
                <Table.Th>{t('review.audience.columns.question')}</Table.Th>
                <Table.Th ta="right">{t('review.audience.columns.asked')}</Table.Th>
                <Table.Th ta="right">{t('review.audience.columns.firstAsked')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {audience.topQuestions.flatMap((group) =>
                group.questions.map((question, index) => (
                  <Table.Tr key={`${group.sku ?? ''}:${question.text}`} data-testid="top-question">
                    <Table.Td fw={600}>{index === 0 ? productName(group.sku) : ''}</Table.Td>
                    <Table.Td style={{ wordBreak: 'break-word' }}>{question.text}</Table.Td>
                    <Table.Td ta="right">{count(question.count)}</Table.Td>
                    <Table.Td ta="right">{formatOffset(question.firstAt, results.from)}</Table.Td>
                  </Table.Tr>
                )),
              )}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
      <Paper withBorder p="sm" radius="sm">
        <Title order={3} size="h5" mb="xs">
          {t('review.audience.hostTitle')}
        </Title>
        {audience.hostSends.length === 0 ? (
          <Text c="dimmed">{t('review.audience.noHost')}</Text>
        ) : (
          <Table verticalSpacing={4} aria-label={t('review.audience.hostTitle')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('review.audience.columns.time')}</Table.Th>
                <Table.Th>{t('review.audience.columns.viewer')}</Table.Th>
                <Table.Th>{t('review.audience.columns.question')}</Table.Th>
                <Table.Th>{t('review.audience.columns.product')}</Table.Th>
                <Table.Th ta="right">{t('review.audience.columns.shown')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {audience.hostSends.map((send) => (
                <Table.Tr key={`${send.at}:${send.text}`} data-testid="host-send">
                  <Table.Td>{formatOffset(send.at, results.from)}</Table.Td>
                  <Table.Td>{send.name}</Table.Td>
                  <Table.Td style={{ wordBreak: 'break-word' }}>{send.text}</Table.Td>
                  <Table.Td>{send.sku === null ? '–' : nameOf(send.sku, send.sku)}</Table.Td>
                  <Table.Td ta="right">
                    {send.until === null
                      ? t('review.audience.stillShown')
                      : formatDuration(send.until - send.at, language)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
    </Stack>
  );
}
