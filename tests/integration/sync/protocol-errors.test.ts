import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { liveState, record, runLog, waitFor } from '../../support/console-core';
import { useConsoleHarness } from '../../support/console-harness';
import { invoke } from '../../support/core-api';
import { TEST_SHOW } from '../../support/sale-server';

const harness = useConsoleHarness();

describe('bad input from the server', () => {
  it('rejects bad events at the boundary, records them, and keeps going', async () => {
    const session = await harness.openSession({
      products: [{ sku: 'A', stock: 100 }],
      until: 'live',
    });
    const { server, core, dataDir, runId } = session;
    const before = await liveState(core);
    const last = before.link.lastSeq;
    const lastEvent = runLog(dataDir, runId, 'event').at(-1)?.payload;
    expect(lastEvent?.seq).toBe(last);
    const snapshots = runLog(dataDir, runId, 'snapshot').length;
    const links = runLog(dataDir, runId, 'link').length;
    const at = Date.now();
    const send = (message: string, payload: unknown) =>
      server.faults.sendToConsoles(TEST_SHOW, message, payload);

    // A duplicate identical to what was applied is ignored quietly.
    send('events', { events: [lastEvent] });
    // Malformed: an order without its figures, and an event type the protocol does not have.
    send('events', { events: [{ type: 'order', seq: last + 1, at, sku: 'A' }] });
    send('events', { events: [{ type: 'teleport', seq: last + 1, at }] });
    // Out of order: a valid event that skips ahead.
    send('events', { events: [{ type: 'stock', seq: last + 3, at, sku: 'A', stock: 1, sold: 0 }] });
    // A duplicate seq with other content than the event applied.
    send('events', { events: [{ type: 'viewers', seq: last, at, count: 999 }] });
    // Not a batch at all, an unknown message, a malformed snapshot.
    send('events', 'garbage');
    send('teleport', { to: 'mars' });
    send('snapshot', { nope: true });
    // Valid but inapplicable (no such SKU): recorded, and a fresh snapshot is fetched.
    send('events', {
      events: [
        {
          type: 'order',
          seq: last + 1,
          at,
          orderId: 'ghost-1',
          sku: 'GHOST',
          qty: 1,
          priceMinor: 1,
          stock: 0,
          sold: 1,
        },
      ],
    });

    await waitFor(() => runLog(dataDir, runId, 'protocol_error').length >= 8, 'the errors');
    await waitFor(
      () => runLog(dataDir, runId, 'snapshot').length === snapshots + 1,
      'the snapshot after the inapplicable event',
    );
    const errors = runLog(dataDir, runId, 'protocol_error').map((entry) => entry.payload);
    expect(errors.map((error) => error.reason)).toEqual([
      'malformed_event',
      'malformed_event',
      'out_of_order',
      'conflicting_duplicate',
      'malformed_message',
      'unknown_message',
      'malformed_message',
      'inapplicable_event',
    ]);
    for (const error of errors) {
      expect(typeof error.message).toBe('string');
      expect(typeof error.copy).toBe('string');
      expect((error.copy as string).length).toBeLessThanOrEqual(2100);
    }
    expect(errors[1].copy).toContain('teleport');
    expect(errors[2]).toMatchObject({
      message: `expected seq ${last + 1}, received ${last + 3}; resuming from ${last}`,
      note: { code: 'gap', params: { expected: last + 1, received: last + 3, fromSeq: last } },
    });

    // The Chinese report says why each message was rejected in Chinese; only the validator's
    // issues stay as it wrote them.
    const report = await invoke(core, 'review.export', {
      runId,
      format: 'html',
      language: 'zh-CN',
    });
    const rows = [...readFileSync(report.path, 'utf8').matchAll(/服务器消息被拒绝：[^<]*/g)].map(
      (match) => match[0].slice('服务器消息被拒绝：'.length),
    );
    expect(rows).toHaveLength(8);
    expect(rows).toEqual(
      expect.arrayContaining([
        `应收到事件 ${last + 1}，却收到事件 ${last + 3}；从事件 ${last} 之后重新接收`,
        `事件 ${last} 再次到达，但内容不同`,
        '本控制台不认识的消息：teleport',
        `事件 ${last + 1} 的商品 GHOST 不在阵容中`,
      ]),
    );
    const withIssues = rows.filter((row) =>
      /^(无效的事件批次|无效的快照|事件批次中第 1 个事件无效)：/.test(row),
    );
    expect(withIssues).toHaveLength(4);

    const after = await liveState(core);
    expect(after.link).toMatchObject({ state: 'connected', lastSeq: last, protocolErrors: 8 });
    expect(after.viewers).toBe(0);
    expect(after.products).toMatchObject([{ sku: 'A', stock: 100, sold: 0 }]);
    expect(runLog(dataDir, runId, 'event').length).toBe(
      last - (Number(runLog(dataDir, runId, 'event')[0].payload.seq) - 1),
    );

    // Later valid events still apply, on the same connection.
    const outcomes = record(core, 'command.outcome');
    await session.command({ type: 'restock', sku: 'A', units: 5 });
    await waitFor(() => outcomes.length === 1, 'the restock');
    await waitFor(async () => (await liveState(core)).products[0].stock === 105, 'the stock event');
    expect((await liveState(core)).link.lastSeq).toBe(last + 1);
    expect(runLog(dataDir, runId, 'link').length).toBe(links);
  }, 120_000);
});
