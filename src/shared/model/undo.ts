/**
 * Something the producer just did that any console can take back until `expiresAt` (console
 * wall-clock ms): an unpin, undone by pinning `sku` again for `seconds` (null: without end).
 */
export interface UndoOffer {
  id: number;
  runId: number;
  kind: 'unpin';
  sku: string;
  seconds: number | null;
  expiresAt: number;
}
