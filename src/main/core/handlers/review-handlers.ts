import type { ReviewApiResults } from '../../../shared/model/review';
import { ReviewService } from '../review/review-service';
import type { HandlerContext, HandlerSlice } from './context';

type ReviewMethods = keyof ReviewApiResults;

/** The run list and the post-show review (results, timeline, replay, compare, exports). */
export function reviewHandlers(context: HandlerContext): HandlerSlice<ReviewMethods> {
  const { db, events, dataDir, nativeBinding } = context;
  const review = new ReviewService({
    db,
    dataDir,
    nativeBinding,
    progress: (progress) => events.emit('review.exportProgress', progress),
  });
  const changed = <T>(runId: number, result: T): T => {
    events.emit('runs.changed', { runId });
    return result;
  };
  return {
    'runs.list': ({ showId }) => review.list(showId),
    'runs.rename': ({ runId, name }) => changed(runId, review.rename(runId, name)),
    'runs.annotate': ({ runId, note }) => changed(runId, review.annotate(runId, note)),
    'runs.delete': ({ runId }) => changed(runId, review.delete(runId)),
    'runs.addNote': ({ runId, text, at }) => changed(runId, review.addNote(runId, text, at)),
    'review.results': ({ runId }) => review.results(runId),
    'review.audience': ({ runId }) => review.audience(runId),
    'review.timeline': ({ runId, from, to, maxPoints }) =>
      review.timeline(runId, { from, to, maxPoints }),
    'review.stateAt': ({ runId, at }) => review.stateAt(runId, at),
    'review.compare': ({ runIdA, runIdB }) => review.compare(runIdA, runIdB),
    'review.export': ({ runId, format, fileName, language }) =>
      review.export(runId, format, { fileName, language }),
    'review.exportCancel': ({ runId, format }) => review.cancelExports(runId, format),
    'review.exportContent': ({ fileName, offset }) => review.exportContent(fileName, offset),
  };
}
