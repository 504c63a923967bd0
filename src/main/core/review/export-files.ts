import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import type { ExportChunk, ExportFormat, RunSummary } from '../../../shared/model/review';
import { ApiError } from '../../../shared/api/errors';
import { coreText } from '../../../shared/api/core-text';
import type { Language } from '../../../shared/model/lineup';

export const EXPORTS_FOLDER = 'exports';
/** Bytes per piece that review.exportContent returns. */
export const CONTENT_CHUNK_BYTES = 1024 * 1024;

const EXTENSION: Record<ExportFormat, string> = {
  csv: 'csv',
  json: 'json',
  html: 'html',
  demand: 'csv',
};
const LABEL: Record<ExportFormat, string> = {
  csv: 'orders',
  json: 'run log',
  html: 'report',
  demand: 'unmet demand',
};
/** The Chinese report is named so, beside the English one. */
const CHINESE_REPORT = 'report zh-CN';
const MIME: Record<string, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  html: 'text/html; charset=utf-8',
};

export function exportsDir(dataDir: string): string {
  return join(dataDir, EXPORTS_FOLDER);
}

/** A name safe on every file system: no folder separators, reserved or control characters. */
function safePart(text: string): string {
  const cleaned = text
    .replace(/[\\/:*?"<>|\p{Cc}]/gu, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  return cleaned.replace(/^\.+/, '') || 'show';
}

/** For example "REHEARSAL - Durian night - run 12 - orders.csv", "… - report zh-CN.html". */
export function exportFileName(run: RunSummary, format: ExportFormat, language: Language): string {
  const prefix = run.rehearsal ? 'REHEARSAL - ' : '';
  const label = format === 'html' && language === 'zh-CN' ? CHINESE_REPORT : LABEL[format];
  return `${prefix}${safePart(run.showName)} - run ${run.id} - ${label}.${EXTENSION[format]}`;
}

/** The path of an export file; `fileName` must be a bare name (no folder part). */
export function exportPath(dataDir: string, fileName: string): string {
  if (basename(fileName) !== fileName || fileName === '..' || fileName === '.') {
    throw new ApiError('invalid_input', coreText('export_name_folder'));
  }
  return join(exportsDir(dataDir), fileName);
}

/**
 * Writes a file through a temporary name, renamed into place only once complete, so that a
 * half-written export is never offered. `write` waits for the stream to drain when asked. Once
 * `signal` is aborted (the export cancelled), every write and the finish throw its reason.
 */
export class ExportWriter {
  private failure: Error | null = null;

  private constructor(
    private readonly stream: WriteStream,
    private readonly partPath: string,
    readonly path: string,
    private readonly signal?: AbortSignal,
  ) {
    stream.on('error', (error) => {
      this.failure = error;
      stream.emit('drain');
    });
  }

  static async create(path: string, signal?: AbortSignal): Promise<ExportWriter> {
    await mkdir(join(path, '..'), { recursive: true });
    signal?.throwIfAborted();
    const partPath = `${path}.part`;
    const stream = createWriteStream(partPath, { encoding: 'utf8' });
    return new ExportWriter(stream, partPath, path, signal);
  }

  /**
   * Writes text, or bytes already UTF-8; resolves once the stream can take more (and the event
   * loop had a turn).
   */
  async write(text: string | Uint8Array): Promise<void> {
    this.check();
    if (!this.stream.write(text)) {
      await new Promise<void>((resolve) => this.stream.once('drain', resolve));
    }
    await yieldToLoop();
    this.check();
  }

  async finish(): Promise<number> {
    this.check();
    await new Promise<void>((resolve) => this.stream.end(resolve));
    this.check();
    await rename(this.partPath, this.path);
    return (await stat(this.path)).size;
  }

  async abandon(): Promise<void> {
    this.stream.destroy();
    await rm(this.partPath, { force: true });
  }

  private check(): void {
    this.signal?.throwIfAborted();
    if (this.failure) throw this.failure;
  }
}

/** A piece of an export file, base64, for a client that downloads it (the browser host). */
export async function readExportChunk(
  dataDir: string,
  fileName: string,
  offset: number,
): Promise<ExportChunk> {
  const path = exportPath(dataDir, fileName);
  let handle;
  try {
    handle = await open(path, 'r');
  } catch {
    throw new ApiError('not_found', coreText('export_missing', { name: fileName }));
  }
  try {
    const totalBytes = (await handle.stat()).size;
    const start = Math.min(offset, totalBytes);
    const buffer = Buffer.alloc(Math.min(CONTENT_CHUNK_BYTES, totalBytes - start));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, start);
    const end = start + bytesRead;
    const extension = fileName.slice(fileName.lastIndexOf('.') + 1);
    return {
      fileName,
      mimeType: MIME[extension] ?? 'application/octet-stream',
      offset: start,
      nextOffset: end < totalBytes ? end : null,
      totalBytes,
      base64: buffer.subarray(0, bytesRead).toString('base64'),
    };
  } finally {
    await handle.close();
  }
}
