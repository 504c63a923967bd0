import { useApiEvent } from '../api/use-api-event';
import { useApiQuery } from '../api/use-api-query';

/** The database's health and backups, fresh after every check, backup and restore. */
export function useStorageState() {
  return useApiQuery('storage.state', {}, { refetchOn: ['storage.state'] });
}

/** After a backup was restored every window loads again: all it showed came from the old file. */
export function useReloadAfterRestore(): void {
  useApiEvent('storage.restored', () => window.location.reload());
}
