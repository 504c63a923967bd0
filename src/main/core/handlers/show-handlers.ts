import {
  createShow,
  deleteShow,
  duplicateShow,
  getShow,
  listShows,
  renameShow,
} from '../lineup/show-repository';
import { refuseDeletingShowWithLiveRuns, requireRunsNamedForDeletion } from '../review/run-list';
import { announceLineupChange, type HandlerContext, type HandlerSlice } from './context';

type ShowMethods =
  'show.list' | 'show.get' | 'show.create' | 'show.rename' | 'show.duplicate' | 'show.delete';

export function showHandlers(context: HandlerContext): HandlerSlice<ShowMethods> {
  const { db, events } = context;
  return {
    'show.list': () => listShows(db),
    'show.get': ({ showId }) => getShow(db, showId),
    'show.create': (input) => {
      const show = createShow(db, input);
      events.emit('shows.changed', {});
      return show;
    },
    'show.rename': ({ showId, name }) => {
      const show = renameShow(db, showId, name);
      announceLineupChange(context, showId);
      return show;
    },
    'show.duplicate': ({ showId, name }) => {
      const show = duplicateShow(db, showId, name);
      events.emit('shows.changed', {});
      return show;
    },
    'show.delete': ({ showId, runIds }) => {
      refuseDeletingShowWithLiveRuns(db, showId);
      requireRunsNamedForDeletion(db, showId, runIds);
      const result = deleteShow(db, showId);
      announceLineupChange(context, showId);
      return result;
    },
  };
}
