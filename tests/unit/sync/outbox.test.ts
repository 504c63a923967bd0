import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Command } from '../../../src/shared/protocol';
import type { CommandOutcome } from '../../../src/shared/model/live';
import { Outbox } from '../../../src/main/core/sync/outbox';
import { OutboxStore } from '../../../src/main/core/sync/outbox-store';
import { ProtocolErrors } from '../../../src/main/core/sync/protocol-errors';
import { RunLog } from '../../../src/main/core/sync/run-log';
import type { RequestCallback } from '../../../src/main/core/sync/link';
import type { Db } from '../../../src/main/core/store/database';
import { logKinds, memoryRun } from './memory-run';

interface Sent {
  command: Command;
  callback: RequestCallback;
  rowStatus: string | undefined;
}

const restock = (commandId: string): Command => ({
  type: 'restock',
  commandId,
  sku: 'A',
  units: 3,
});

describe('Outbox', () => {
  let db: Db;
  let runId: number;
  let sent: Sent[];
  let ready: boolean;
  let outcomes: CommandOutcome[];
  let errors: ProtocolErrors;
  let store: OutboxStore;

  function outbox(): Outbox {
    const runLog = new RunLog(db);
    errors = new ProtocolErrors(runLog, runId);
    return new Outbox({
      db,
      runId,
      store,
      runLog,
      errors,
      tuning: { ackTimeoutMs: 1000, retry: { initialMs: 100, maxMs: 400, jitter: 0 } },
      ready: () => ready,
      send: (command, _timeoutMs, callback) => {
        if (!ready) return false;
        const row = db
          .prepare('SELECT status FROM outbox WHERE command_id = ?')
          .get(command.commandId) as { status: string } | undefined;
        sent.push({ command, callback, rowStatus: row?.status });
        return true;
      },
      changed: () => undefined,
      outcome: (outcome) => outcomes.push(outcome),
      failed: (error) => {
        throw error;
      },
    });
  }

  function row(commandId: string) {
    return db.prepare('SELECT * FROM outbox WHERE command_id = ?').get(commandId) as {
      status: string;
      attempts: number;
      reason: string | null;
    };
  }

  beforeEach(() => {
    vi.useFakeTimers();
    ({
      db,
      run: { id: runId },
    } = memoryRun());
    store = new OutboxStore(db);
    sent = [];
    ready = true;
    outcomes = [];
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('commits a command before sending it, and stores the ack before reporting it', () => {
    const box = outbox();
    box.issue(restock('c1'));
    expect(sent).toHaveLength(1);
    expect(sent[0].rowStatus).toBe('pending');
    expect(row('c1')).toMatchObject({ status: 'pending', attempts: 1 });
    sent[0].callback(null, { commandId: 'c1', status: 'applied', seq: 4 });
    expect(row('c1').status).toBe('applied');
    expect(box.size).toBe(0);
    expect(outcomes).toEqual([{ runId, commandId: 'c1', kind: 'restock', status: 'applied' }]);
    expect(logKinds(db, runId)).toEqual(['run_started', 'command', 'command_outcome']);
  });

  it('keeps a command pending while offline and sends it once the link is ready', () => {
    ready = false;
    const box = outbox();
    box.issue(restock('c1'));
    expect(sent).toHaveLength(0);
    expect(box.pending().map((p) => p.commandId)).toEqual(['c1']);
    ready = true;
    box.connected();
    box.flush();
    expect(sent.map((s) => s.command.commandId)).toEqual(['c1']);
  });

  it('resends after a timeout with backoff, and settles on a late answer to an earlier send', () => {
    const box = outbox();
    box.issue(restock('c1'));
    sent[0].callback(new Error('operation has timed out'), undefined);
    expect(sent).toHaveLength(1);
    vi.advanceTimersByTime(100);
    expect(sent).toHaveLength(2);
    sent[1].callback(new Error('operation has timed out'), undefined);
    vi.advanceTimersByTime(199);
    expect(sent).toHaveLength(2);
    vi.advanceTimersByTime(1);
    expect(sent).toHaveLength(3);
    // The server is slower than the timeout: the first send's answer comes while the third is on
    // its way, and settles the command; the third's answer changes nothing.
    sent[0].callback(null, { commandId: 'c1', status: 'applied', seq: 4 });
    expect(box.size).toBe(0);
    sent[2].callback(null, { commandId: 'c1', status: 'duplicate', original: 'applied' });
    expect(outcomes).toEqual([{ runId, commandId: 'c1', kind: 'restock', status: 'applied' }]);
    expect(row('c1')).toMatchObject({ status: 'applied', attempts: 3 });
    vi.advanceTimersByTime(10_000);
    expect(sent).toHaveLength(3);
  });

  it('sends again only on the latest send’s timeout or retryable answer', () => {
    const box = outbox();
    box.issue(restock('c1'));
    sent[0].callback(new Error('operation has timed out'), undefined);
    vi.advanceTimersByTime(100);
    expect(sent).toHaveLength(2);
    sent[0].callback(null, {
      commandId: 'c1',
      status: 'rejected',
      reason: { code: 'internal', message: 'disk' },
    });
    sent[0].callback(null, { status: 'maybe' });
    vi.advanceTimersByTime(10_000);
    expect(sent).toHaveLength(2);
    expect(box.size).toBe(1);
  });

  it('ignores an answer that comes on an earlier connection', () => {
    const box = outbox();
    box.issue(restock('c1'));
    box.disconnected();
    box.connected();
    sent[0].callback(null, { commandId: 'c1', status: 'applied' });
    expect(box.size).toBe(1);
  });

  it('records a rejection with its reason', () => {
    const box = outbox();
    box.issue(restock('c1'));
    sent[0].callback(null, {
      commandId: 'c1',
      status: 'rejected',
      reason: { code: 'unknown_sku', message: 'no product with SKU A' },
    });
    expect(outcomes[0]).toMatchObject({ status: 'rejected', reason: { code: 'unknown_sku' } });
    expect(JSON.parse(row('c1').reason ?? 'null')).toEqual({
      code: 'unknown_sku',
      message: 'no product with SKU A',
    });
  });

  it('treats a malformed or mismatched ack as a protocol error and sends again', () => {
    const box = outbox();
    box.issue(restock('c1'));
    sent[0].callback(null, { status: 'maybe' });
    vi.advanceTimersByTime(100);
    sent[1].callback(null, { commandId: 'other', status: 'applied' });
    expect(errors.count).toBe(2);
    expect(box.size).toBe(1);
    expect(row('c1').status).toBe('pending');
  });

  it('leaves the command pending when the ack cannot be stored', () => {
    const box = outbox();
    box.issue(restock('c1'));
    vi.spyOn(store, 'acknowledge').mockImplementation(() => {
      throw new Error('disk full');
    });
    expect(() => sent[0].callback(null, { commandId: 'c1', status: 'applied' })).toThrow();
    expect(box.size).toBe(1);
    expect(outcomes).toEqual([]);
    expect(logKinds(db, runId)).toEqual(['run_started', 'command']);
  });

  it('reloads pending commands after a restart, oldest first, and puts the lineup first', () => {
    ready = false;
    const before = outbox();
    before.issue(restock('c1'));
    before.issue(restock('c2'));
    before.close();
    const after = outbox();
    after.load();
    after.issue(
      {
        type: 'upsertLineup',
        commandId: 'lineup',
        products: [{ sku: 'A', name: 'A', priceMinor: 1, currency: 'CNY', stock: 1 }],
      },
      { first: true },
    );
    expect(after.pending().map((p) => p.commandId)).toEqual(['lineup', 'c1', 'c2']);
    expect(after.pending()[1].command).toEqual({ type: 'restock', sku: 'A', units: 3 });
  });
});
