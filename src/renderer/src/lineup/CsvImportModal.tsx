import {
  Alert,
  Button,
  Code,
  Group,
  FileButton,
  Loader,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { useState } from 'react';
import { IconFileUpload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../components/AppModal';
import { ApiError, type ApiIssue } from '../../../shared/api/errors';
import type { Show } from '../../../shared/model/lineup';
import { useApi } from '../api/api-context';
import { describeError } from '../app/logic/error-text';
import { notifyError, notifySuccess } from '../app/notify';
import { CsvIssueList } from './CsvIssueList';
import { CsvPreviewTable } from './CsvPreviewTable';
import { useCsvPreview } from './use-csv-preview';

const CSV_HEADER =
  'sku,name_host,name_audience,price,currency,opening_stock,low_stock_threshold,image,talking_points_host,talking_points_audience,talking_points_seconds';

type Mode = 'append' | 'replace';

interface CsvImportModalProps {
  show: Show;
  onImported: (show: Show) => void;
  onClose: () => void;
}

/** Reads a lineup CSV (file or pasted), shows what it holds and imports it all or nothing. */
export function CsvImportModal({ show, onImported, onClose }: CsvImportModalProps) {
  const { t } = useTranslation();
  const api = useApi();
  const [fileName, setFileName] = useState<string | null>(null);
  const [csv, setCsv] = useState('');
  const [mode, setMode] = useState<Mode>('append');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiIssue[] | null>(null);
  const { preview, error, pending } = useCsvPreview(csv);
  const issues = failure ?? preview?.issues ?? [];
  const canImport =
    !pending && !busy && preview !== null && preview.rows.length > 0 && issues.length === 0;

  const changeCsv = (text: string) => {
    setCsv(text);
    setFailure(null);
  };

  const readFile = async (file: File | null) => {
    if (!file) return;
    setFileName(file.name);
    changeCsv(await file.text());
  };

  const importCsv = async () => {
    setBusy(true);
    try {
      const imported = await api.invoke('lineup.importCsv', { showId: show.id, csv, mode });
      notifySuccess((t) => t('csv.imported', { count: preview?.rows.length ?? 0 }));
      onImported(imported);
      onClose();
    } catch (caught) {
      if (caught instanceof ApiError && caught.code === 'import_failed') {
        setFailure(
          caught.issues.length > 0
            ? caught.issues
            : [{ path: [], message: caught.message, text: caught.text }],
        );
      } else {
        notifyError(caught);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <AppModal
      opened
      onClose={onClose}
      title={t('csv.importTitle', { name: show.name })}
      size="64rem"
    >
      <Stack gap="md">
        <Text size="sm">{t('csv.help')}</Text>
        <Code block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {CSV_HEADER}
        </Code>
        <Text size="sm" c="dimmed">
          {t('csv.helpDetail')}
        </Text>
        <Group gap="sm">
          <FileButton accept=".csv,text/csv" onChange={(file) => void readFile(file)}>
            {(props) => (
              <Button
                variant="default"
                leftSection={<IconFileUpload size={18} aria-hidden />}
                {...props}
              >
                {t('csv.chooseFile')}
              </Button>
            )}
          </FileButton>
          <Text size="sm" c="dimmed">
            {fileName ?? t('csv.noFile')}
          </Text>
        </Group>
        <Textarea
          label={t('csv.paste')}
          value={csv}
          onChange={(event) => changeCsv(event.currentTarget.value)}
          autosize
          minRows={4}
          maxRows={10}
          spellCheck={false}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
        />

        {pending && <Loader size="sm" aria-label={t('csv.reading')} />}
        {Boolean(error) && (
          <Alert color="red" title={describeError(t, error).title} role="alert">
            {describeError(t, error).message}
          </Alert>
        )}
        {failure && (
          <Alert color="red" title={t('csv.nothingImported')} role="alert">
            {t('csv.nothingImportedDetail')}
          </Alert>
        )}
        {issues.length > 0 && (
          <Alert
            color="orange"
            variant="outline"
            title={t('csv.issuesTitle', { count: issues.length })}
          >
            <CsvIssueList issues={issues} />
          </Alert>
        )}
        {preview && preview.rows.length > 0 && (
          <>
            <Text size="sm" fw={600}>
              {issues.length > 0
                ? t('csv.previewValid', { count: preview.rows.length })
                : t('csv.previewCount', { count: preview.rows.length })}
            </Text>
            <CsvPreviewTable rows={preview.rows} />
          </>
        )}

        <SegmentedControl
          aria-label={t('csv.mode')}
          value={mode}
          onChange={(value) => setMode(value === 'replace' ? 'replace' : 'append')}
          data={[
            { value: 'append', label: t('csv.append') },
            { value: 'replace', label: t('csv.replace') },
          ]}
        />
        {mode === 'replace' && show.products.length > 0 && (
          <Text size="sm" c="orange">
            {t('csv.replaceWarning', { count: show.products.length })}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => void importCsv()} disabled={!canImport} loading={busy}>
            {t('csv.import')}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
