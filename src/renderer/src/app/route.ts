import { useSyncExternalStore } from 'react';
import { parseReviewRoute } from '../review/logic/review-route';
import { HOST_VIEW_HASH } from '../../../shared/model/host-view-route';

/** The producer's live console. */
export const LIVE_CONSOLE_HASH = '#/live';

/** Screens the hash can name. Later issues add live, host and review. */
export type Route =
  | { screen: 'shows' }
  | { screen: 'show'; showId: number }
  | { screen: 'host' }
  | { screen: 'live' }
  | { screen: 'runs' }
  | { screen: 'run'; runId: number }
  | { screen: 'storage' };

/** The data folder screen: the database's health and its backups. */
export const STORAGE_HASH = '#/storage';

export function parseRoute(hash: string): Route {
  const review = parseReviewRoute(hash);
  if (review) return review;
  if (hash === HOST_VIEW_HASH) return { screen: 'host' };
  if (hash === LIVE_CONSOLE_HASH) return { screen: 'live' };
  if (hash === STORAGE_HASH) return { screen: 'storage' };
  const match = /^#\/shows\/(\d+)$/.exec(hash);
  if (match) {
    const showId = Number(match[1]);
    if (Number.isSafeInteger(showId) && showId > 0) return { screen: 'show', showId };
  }
  return { screen: 'shows' };
}

export function routeHash(route: Route): string {
  switch (route.screen) {
    case 'shows':
      return '#/';
    case 'show':
      return `#/shows/${route.showId}`;
    case 'host':
      return HOST_VIEW_HASH;
    case 'live':
      return LIVE_CONSOLE_HASH;
    case 'runs':
      return '#/runs';
    case 'run':
      return `#/runs/${route.runId}`;
    case 'storage':
      return STORAGE_HASH;
    default: {
      const unknown: never = route;
      throw new Error(`Unknown route ${JSON.stringify(unknown)}`);
    }
  }
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useHash(): string {
  return useSyncExternalStore(subscribe, () => window.location.hash);
}

export function useRoute(): Route {
  return parseRoute(useHash());
}

export function navigate(route: Route): void {
  window.location.hash = routeHash(route);
}
