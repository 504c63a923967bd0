import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { liveState, runLog, waitFor } from '../../support/console-core';
import { useConsoleHarness } from '../../support/console-harness';
import { invoke } from '../../support/core-api';

const harness = useConsoleHarness();

describe('snapshot fallback', () => {
  it('applies and journals a fresh snapshot when the server can no longer replay', async () => {
    const session = await harness.openSession({
      products: [{ sku: 'A', stock: 1000 }],
      proxy: true,
      retainEvents: 20,
      until: 'live',
    });
    const { proxy, core, dataDir, runId } = session;
    const seqBefore = (await liveState(core)).link.lastSeq;

    proxy.block();
    await waitFor(async () => (await liveState(core)).link.state === 'reconnecting', 'the drop');
    await session.crowd({ skus: ['A'], rate: Infinity, orders: 200 });
    expect(session.inspect().oldestSeq).toBeGreaterThan(seqBefore + 1);
    proxy.unblock();

    await session.caughtUp();
    const snapshots = runLog(dataDir, runId, 'snapshot').map((entry) => entry.payload);
    expect(snapshots.at(-1)).toMatchObject({
      reason: 'snapshotRequired (too_old)',
      note: { code: 'too_old', params: { fromSeq: seqBefore } },
      replacedSeq: seqBefore,
      seq: session.serverSeq(),
    });
    expect((await liveState(core)).products[0]).toMatchObject({ stock: 800, sold: 200 });

    // Events after the snapshot apply as usual.
    await session.crowd({ skus: ['A'], rate: Infinity, orders: 5 });
    await waitFor(async () => (await liveState(core)).products[0].sold === 205, 'later orders');
    expect((await liveState(core)).link.protocolErrors).toBe(0);

    // The Chinese report says why each snapshot came (the welcome's, the one after the cut) in
    // Chinese.
    const report = await invoke(core, 'review.export', {
      runId,
      format: 'html',
      language: 'zh-CN',
    });
    const snapshotRows = [...readFileSync(report.path, 'utf8').matchAll(/已应用快照[^<]*/g)].map(
      (match) => match[0],
    );
    expect(snapshotRows).toContain('已应用快照（服务器已不保留事件 ' + seqBefore + ' 之后的事件）');
    expect(snapshotRows.length).toBeGreaterThanOrEqual(2);
    for (const row of snapshotRows) expect(row).not.toMatch(/[A-Za-z]/);
  }, 120_000);
});
