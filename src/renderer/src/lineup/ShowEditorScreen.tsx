import { Alert, Anchor, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import {
  IconArrowLeft,
  IconDownload,
  IconFileImport,
  IconMessageCog,
  IconPlus,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/api-context';
import { useApiQuery } from '../api/use-api-query';
import { describeError } from '../app/logic/error-text';
import { DeferredRender } from '../components/DeferredRender';
import { notifyError } from '../app/notify';
import { routeHash } from '../app/route';
import { CommandBar } from './live-panel/CommandBar';
import { LiveLineup } from '../live-run/LiveLineup';
import { LiveProductRow } from './live-panel/LiveProductRow';
import { SaleServerPanel } from './live-panel/SaleServerPanel';
import { useLiveSelect, useLiveShowId } from '../live-run/use-live';
import { RehearsalPanel } from '../rehearsal/RehearsalPanel';
import { csvFileName, downloadText } from './download';
import { AudienceSettingsModal } from './AudienceSettingsModal';
import { EditorDialogs, type EditorDialog } from './EditorDialogs';
import { ProductList } from './ProductList';
import { TalkingPointList } from './TalkingPointList';
import { useLineupReorder } from './use-lineup-reorder';

/** The lineup of one show: products in order with their talking points, and CSV in and out. */
export function ShowEditorScreen({ showId }: { showId: number }) {
  const { t } = useTranslation();
  const api = useApi();
  const query = useApiQuery(
    'show.get',
    { showId },
    { refetchOn: ['lineup.changed', 'shows.changed'] },
  );
  const reorder = useLineupReorder(query);
  const [dialog, setDialog] = useState<EditorDialog | null>(null);
  const [audienceSettings, setAudienceSettings] = useState(false);
  const show = query.data?.id === showId ? query.data : undefined;
  const live = useLiveShowId() === showId;
  const rehearsing = useLiveSelect((header) => header?.run.kind === 'rehearsal');

  const exportCsv = async () => {
    try {
      const { csv } = await api.invoke('lineup.exportCsv', { showId });
      downloadText(csvFileName(show?.name ?? ''), csv, 'text/csv;charset=utf-8');
    } catch (error) {
      notifyError(error, (t) => t('editor.exportFailed'));
    }
  };

  if (!show) {
    if (query.error) {
      return (
        <Alert color="red" title={describeError(t, query.error).title} role="alert">
          {describeError(t, query.error).message}
        </Alert>
      );
    }
    return <Loader aria-label={t('common.loading')} />;
  }

  return (
    <LiveLineup show={show} enabled={live}>
      <Stack gap="md" maw={1200}>
        <Anchor href={routeHash({ screen: 'shows' })} size="sm">
          <Group gap={4} component="span">
            <IconArrowLeft size={16} aria-hidden />
            {t('editor.allShows')}
          </Group>
        </Anchor>
        <Group justify="space-between" align="flex-end">
          <div>
            <Title order={2}>{show.name}</Title>
            <Text c="dimmed" size="sm">
              {t('editor.summary', { count: show.products.length })}
            </Text>
          </div>
          <Group gap="sm">
            <Button
              variant="default"
              leftSection={<IconMessageCog size={18} aria-hidden />}
              onClick={() => setAudienceSettings(true)}
            >
              {t('audienceSettings.button')}
            </Button>
            <Button
              variant="default"
              leftSection={<IconFileImport size={18} aria-hidden />}
              onClick={() => setDialog({ kind: 'importCsv' })}
            >
              {t('csv.importButton')}
            </Button>
            <Button
              variant="default"
              leftSection={<IconDownload size={18} aria-hidden />}
              onClick={() => void exportCsv()}
            >
              {t('csv.exportButton')}
            </Button>
            <Button
              leftSection={<IconPlus size={18} aria-hidden />}
              onClick={() => setDialog({ kind: 'addProduct' })}
            >
              {t('products.add')}
            </Button>
          </Group>
        </Group>

        {!(live && !rehearsing) && <RehearsalPanel show={show} />}
        {!(live && rehearsing) && <SaleServerPanel showId={showId} showName={show.name} />}
        {live && <CommandBar slots={show.products.length} />}

        {/* Below the panels, so below the window on a laptop: drawn after them. */}
        <DeferredRender>
          <Group gap="sm">
            <Title order={3} size="h4">
              {t('products.title')}
            </Title>
            {reorder.saving && (
              <Text size="sm" c="dimmed" role="status">
                {t('editor.savingOrder')}
              </Text>
            )}
          </Group>
          {show.products.length === 0 ? (
            <Paper withBorder p="lg">
              <Text c="dimmed">{t('products.empty')}</Text>
            </Paper>
          ) : (
            <ProductList
              show={show}
              onReorder={(ids) => reorder.reorderProducts(show, ids)}
              saving={reorder.saving}
              onEdit={(product) => setDialog({ kind: 'editProduct', product })}
              onRemove={(product) => setDialog({ kind: 'removeProduct', product })}
              onAddPoint={(product) => setDialog({ kind: 'addPoint', product })}
              onEditPoint={(point) => setDialog({ kind: 'editPoint', point })}
              onRemovePoint={(point) => setDialog({ kind: 'removePoint', point })}
              onReorderPoints={(product, ids) =>
                reorder.reorderTalkingPoints(show, product.id, ids)
              }
              liveRow={
                live
                  ? (product) => (
                      <LiveProductRow
                        sku={product.sku}
                        name={product.nameHost}
                        lowStockThreshold={product.lowStockThreshold}
                      />
                    )
                  : undefined
              }
            />
          )}

          <Group justify="space-between" mt="md">
            <Title order={3} size="h4">
              {t('talkingPoints.showTitle')}
            </Title>
            <Button
              variant="default"
              size="xs"
              leftSection={<IconPlus size={14} aria-hidden />}
              onClick={() => setDialog({ kind: 'addPoint', product: null })}
            >
              {t('talkingPoints.addShow')}
            </Button>
          </Group>
          {show.talkingPoints.length === 0 ? (
            <Text c="dimmed" size="sm">
              {t('talkingPoints.showEmpty')}
            </Text>
          ) : (
            <TalkingPointList
              points={show.talkingPoints}
              label={t('talkingPoints.showTitle')}
              audienceLanguage={show.audienceLanguage}
              onReorder={(ids) => reorder.reorderTalkingPoints(show, null, ids)}
              saving={reorder.saving}
              onEdit={(point) => setDialog({ kind: 'editPoint', point })}
              onRemove={(point) => setDialog({ kind: 'removePoint', point })}
            />
          )}
        </DeferredRender>

        <EditorDialogs
          show={show}
          dialog={dialog}
          onSaved={query.setData}
          onClose={() => setDialog(null)}
        />
        {audienceSettings && (
          <AudienceSettingsModal showId={show.id} onClose={() => setAudienceSettings(false)} />
        )}
      </Stack>
    </LiveLineup>
  );
}
