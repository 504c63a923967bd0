import type { ConsoleBridge } from '../../../shared/api/bridge';
import type { ExportChunk, ExportResult } from '../../../shared/model/review';

function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * Fetches an export file from the core piece by piece ('review.exportContent') and returns it as
 * a Blob: the same path in Electron and in the browser, with no file system in the renderer.
 * Aborting `signal` stops it (it throws), so nothing is offered to save.
 */
export async function fetchExport(
  bridge: ConsoleBridge,
  file: ExportResult,
  onProgress: (done: number, total: number) => void,
  signal?: AbortSignal,
): Promise<Blob> {
  const parts: Uint8Array<ArrayBuffer>[] = [];
  let offset: number | null = 0;
  let mimeType = 'application/octet-stream';
  while (offset !== null) {
    signal?.throwIfAborted();
    const chunk: ExportChunk = await bridge.invoke('review.exportContent', {
      fileName: file.fileName,
      offset,
    });
    parts.push(bytesOf(chunk.base64));
    mimeType = chunk.mimeType;
    offset = chunk.nextOffset;
    onProgress(offset ?? chunk.totalBytes, chunk.totalBytes);
  }
  signal?.throwIfAborted();
  return new Blob(parts, { type: mimeType });
}

/** Offers a Blob as a download under `fileName`. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
