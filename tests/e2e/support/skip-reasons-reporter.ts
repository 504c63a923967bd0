import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/** Prints why each skipped test was skipped, since the list reporter shows only a dash. */
export default class SkipReasonsReporter implements Reporter {
  private readonly lines: string[] = [];

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status !== 'skipped') return;
    const reasons = test.annotations
      .filter((annotation) => annotation.type === 'skip')
      .map((annotation) => annotation.description ?? 'no reason given');
    this.lines.push(`  skipped: ${test.titlePath().slice(1).join(' › ')}: ${reasons.join('; ')}`);
  }

  onEnd(): void {
    if (this.lines.length > 0) process.stdout.write(`\n${this.lines.join('\n')}\n`);
  }

  printsToStdio(): boolean {
    return false;
  }
}
