import { exportLineupCsv } from '../lineup/csv-export';
import { importLineupCsv } from '../lineup/csv-import';
import { parseLineupCsv } from '../lineup/csv-parse';
import { announceLineupChange, type HandlerContext, type HandlerSlice } from './context';

type CsvMethods = 'lineup.previewCsv' | 'lineup.importCsv' | 'lineup.exportCsv';

export function csvHandlers(context: HandlerContext): HandlerSlice<CsvMethods> {
  const { db } = context;
  return {
    'lineup.previewCsv': ({ csv }) => parseLineupCsv(csv),
    'lineup.importCsv': ({ showId, csv, mode }) => {
      const show = importLineupCsv(db, showId, csv, mode);
      announceLineupChange(context, show.id);
      return show;
    },
    'lineup.exportCsv': ({ showId }) => exportLineupCsv(db, showId),
  };
}
