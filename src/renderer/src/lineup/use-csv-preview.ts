import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import type { CsvPreview } from '../../../shared/api/contract';
import { useApi } from '../api/api-context';

export interface CsvPreviewState {
  /** The preview of the CSV as it is now, or null while it is being read or when it is empty. */
  preview: CsvPreview | null;
  error: unknown;
  pending: boolean;
}

interface Answer {
  csv: string;
  preview: CsvPreview | null;
  error: unknown;
}

/** Asks the core to read the CSV shortly after it stops changing. */
export function useCsvPreview(csv: string): CsvPreviewState {
  const api = useApi();
  const [settled] = useDebouncedValue(csv, 250);
  const [answer, setAnswer] = useState<Answer | null>(null);

  useEffect(() => {
    if (settled.trim() === '') return undefined;
    let current = true;
    api.invoke('lineup.previewCsv', { csv: settled }).then(
      (preview) => current && setAnswer({ csv: settled, preview, error: null }),
      (error: unknown) => current && setAnswer({ csv: settled, preview: null, error }),
    );
    return () => {
      current = false;
    };
  }, [api, settled]);

  if (csv.trim() === '') return { preview: null, error: null, pending: false };
  if (answer?.csv !== csv) return { preview: null, error: null, pending: true };
  return { preview: answer.preview, error: answer.error, pending: false };
}
