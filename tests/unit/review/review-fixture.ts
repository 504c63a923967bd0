import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { ExportProgress } from '../../../src/shared/model/review';
import type { Db } from '../../../src/main/core/store/database';
import { ReviewService } from '../../../src/main/core/review/review-service';

/** Call at the top of a test file: makes review services on a database, each with a data dir. */
export function useReview(): (db: Db) => {
  review: ReviewService;
  dataDir: string;
  progress: ExportProgress[];
} {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return (db) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'showdesk-review-'));
    dirs.push(dataDir);
    const progress: ExportProgress[] = [];
    const review = new ReviewService({ db, dataDir, progress: (p) => progress.push(p) });
    return { review, dataDir, progress };
  };
}
