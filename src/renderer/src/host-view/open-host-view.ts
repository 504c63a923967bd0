import { useCallback } from 'react';
import { useApi } from '../api/api-context';

/**
 * Opens the host view: Electron's shell opens a window of its own; in a browser the core answers
 * with the route and the page opens it in a new tab (same origin, the token cookie lets it in).
 */
export function useOpenHostView(): () => Promise<void> {
  const api = useApi();
  return useCallback(async () => {
    const opening = await api.invoke('window.openHostView', {});
    if (opening.openedBy === 'page') {
      const url = new URL(window.location.href);
      url.hash = opening.hash;
      window.open(url.toString(), '_blank', 'noopener');
    }
  }, [api]);
}
