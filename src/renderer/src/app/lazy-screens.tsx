import { lazy } from 'react';

/**
 * The screens a console does not open first, each loaded when it is first shown, so that the
 * start-up bundle holds only the show list and the lineup (the review's charts, the live console,
 * the host view and the storage screen come in chunks of their own).
 */
export const RunListScreen = lazy(() =>
  import('../review/RunListScreen').then((module) => ({ default: module.RunListScreen })),
);
export const RunReviewScreen = lazy(() =>
  import('../review/RunReviewScreen').then((module) => ({ default: module.RunReviewScreen })),
);
export const LiveConsoleScreen = lazy(() =>
  import('../live-console/LiveConsoleScreen').then((module) => ({
    default: module.LiveConsoleScreen,
  })),
);
export const HostViewScreen = lazy(() =>
  import('../host-view/HostViewScreen').then((module) => ({ default: module.HostViewScreen })),
);
export const StorageScreen = lazy(() =>
  import('../storage/StorageScreen').then((module) => ({ default: module.StorageScreen })),
);
