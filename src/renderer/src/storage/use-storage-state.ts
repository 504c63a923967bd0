import { useApiEvent } from '../api/use-api-event';
import { useApiQuery } from '../api/use-api-query';

/**
 * The database's health and backups: read once, then the state each `storage.state` event
 * brings after every check, backup and restore (not read again: the integrity check's event
 * at start, when it came after the first read, made the first screen ask a second time).
 */
export function useStorageState() {
  const query = useApiQuery('storage.state', {});
  useApiEvent('storage.state', query.setData);
  return query;
}

/** After a backup was restored every window loads again: all it showed came from the old file. */
export function useReloadAfterRestore(): void {
  useApiEvent('storage.restored', () => window.location.reload());
}
