import { describe, expect, it } from 'vitest';
import { summarizeProgress } from '../../../bench/support/export-progress';

describe('export progress summary', () => {
  it('counts the reports of part of the export and the longest wait for the next', () => {
    const reports = [
      { ms: 1, done: 0, total: 30 },
      { ms: 40, done: 10, total: 30 },
      { ms: 70, done: 20, total: 30 },
      { ms: 150, done: 30, total: 30 },
    ];
    expect(summarizeProgress(reports, 160)).toEqual({ during: 2, firstMs: 40, longestGapMs: 80 });
  });

  it('takes an export with no report but its start as one wait from start to end', () => {
    expect(summarizeProgress([{ ms: 0, done: 0, total: 30 }], 500)).toEqual({
      during: 0,
      firstMs: null,
      longestGapMs: 500,
    });
  });
});
