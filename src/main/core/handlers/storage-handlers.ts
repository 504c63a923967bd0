import type { StorageKeeper } from '../store/storage-keeper';
import type { HandlerSlice } from './context';

export type StorageMethods = 'storage.state' | 'storage.backup' | 'storage.restore';

export function storageHandlers(storage: StorageKeeper): HandlerSlice<StorageMethods> {
  return {
    'storage.state': () => storage.state(),
    'storage.backup': () => storage.backup(),
    'storage.restore': ({ name }) => storage.restore(name),
  };
}
