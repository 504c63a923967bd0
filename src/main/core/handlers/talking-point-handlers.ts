import {
  addTalkingPoint,
  removeTalkingPoint,
  reorderTalkingPoints,
  updateTalkingPoint,
} from '../lineup/talking-point-repository';
import { announceLineupChange, type HandlerContext, type HandlerSlice } from './context';

type TalkingPointMethods =
  'talkingPoint.add' | 'talkingPoint.update' | 'talkingPoint.remove' | 'talkingPoint.reorder';

export function talkingPointHandlers(context: HandlerContext): HandlerSlice<TalkingPointMethods> {
  const { db } = context;
  return {
    'talkingPoint.add': ({ showId, productId, point }) => {
      const show = addTalkingPoint(db, showId, productId, point);
      announceLineupChange(context, show.id);
      return show;
    },
    'talkingPoint.update': ({ talkingPointId, point }) => {
      const show = updateTalkingPoint(db, talkingPointId, point);
      announceLineupChange(context, show.id);
      return show;
    },
    'talkingPoint.remove': ({ talkingPointId }) => {
      const show = removeTalkingPoint(db, talkingPointId);
      announceLineupChange(context, show.id);
      return show;
    },
    'talkingPoint.reorder': ({ showId, productId, talkingPointIds }) => {
      const show = reorderTalkingPoints(db, showId, productId, talkingPointIds);
      announceLineupChange(context, show.id);
      return show;
    },
  };
}
