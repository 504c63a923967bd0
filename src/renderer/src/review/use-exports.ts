import { useRef, useState } from 'react';
import type { Language } from '../../../shared/model/lineup';
import type { ExportFormat } from '../../../shared/model/review';
import { useApi } from '../api/api-context';
import { useApiEvent } from '../api/use-api-event';
import { notify, notifyError, notifySuccess } from '../app/notify';
import { fetchExport, saveBlob } from './download-export';

/** Where one export is: written by the core (its progress events), then fetched and saved. */
export type ExportJob =
  | { phase: 'idle' }
  | { phase: 'writing'; done: number; total: number }
  | { phase: 'downloading'; done: number; total: number }
  | { phase: 'saved'; fileName: string };

const IDLE: ExportJob = { phase: 'idle' };

/**
 * The run's exports, each with its progress; one of each format at a time. `cancel` ends one
 * under way: the core's writing (its threads end, its partial file is removed) or the download
 * (nothing is offered to save).
 */
export function useExports(runId: number) {
  const bridge = useApi();
  const [jobs, setJobs] = useState<Record<ExportFormat, ExportJob>>({
    csv: IDLE,
    json: IDLE,
    html: IDLE,
    demand: IDLE,
  });
  const update = (format: ExportFormat, job: ExportJob) =>
    setJobs((current) => ({ ...current, [format]: job }));
  /** Each export's cancel, while it runs. */
  const running = useRef(new Map<ExportFormat, AbortController>());

  useApiEvent('review.exportProgress', (progress) => {
    if (progress.runId !== runId) return;
    setJobs((current) =>
      current[progress.format].phase === 'writing'
        ? { ...current, [progress.format]: { phase: 'writing', ...progress } }
        : current,
    );
  });

  /** Writes and saves one export; the HTML report in `language`. */
  const start = async (format: ExportFormat, language: Language) => {
    const cancel = new AbortController();
    running.current.set(format, cancel);
    update(format, { phase: 'writing', done: 0, total: 0 });
    try {
      const file = await bridge.invoke('review.export', { runId, format, language });
      cancel.signal.throwIfAborted();
      update(format, { phase: 'downloading', done: 0, total: file.bytes });
      const blob = await fetchExport(
        bridge,
        file,
        (done, total) => update(format, { phase: 'downloading', done, total }),
        cancel.signal,
      );
      saveBlob(blob, file.fileName);
      update(format, { phase: 'saved', fileName: file.fileName });
      notifySuccess((t) => t('review.exports.saved', { file: file.fileName }));
    } catch (error) {
      update(format, IDLE);
      if (cancel.signal.aborted) {
        notify({
          message: (t) =>
            t('review.exports.cancelled', { format: t(`review.exports.formats.${format}`) }),
          autoClose: 3_000,
        });
      } else notifyError(error, (t) => t('review.exports.failed'));
    } finally {
      if (running.current.get(format) === cancel) running.current.delete(format);
    }
  };

  const cancel = async (format: ExportFormat) => {
    running.current.get(format)?.abort();
    try {
      await bridge.invoke('review.exportCancel', { runId, format });
    } catch (error) {
      notifyError(error, (t) => t('review.exports.failed'));
    }
  };

  return { jobs, start, cancel };
}
