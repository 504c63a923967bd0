import { describe, expect, it } from 'vitest';
import type { ClockTimer, SaleClock } from '../../../src/shared/sale-clock';
import { TEST_SHOW, useSaleServers } from '../../support/sale-server';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs('sale-server-');
const startServer = useSaleServers();

const START = Date.UTC(2026, 5, 18, 12, 0, 0);

/** A clock that stands still until the test moves it. */
class FakeClock implements SaleClock {
  private timers: { at: number; fire: () => void }[] = [];

  constructor(public time: number) {}

  now(): number {
    return this.time;
  }

  endOf(now: number, durationMs: number): number {
    return now + durationMs;
  }

  isDue(at: number, now: number): boolean {
    return at <= now;
  }

  setTimer(at: number, fire: () => void): ClockTimer {
    const timer = { at, fire };
    this.timers.push(timer);
    return timer;
  }

  clearTimer(timer: ClockTimer): void {
    this.timers = this.timers.filter((entry) => entry !== timer);
  }

  get pending(): number {
    return this.timers.length;
  }

  advance(ms: number): void {
    this.time += ms;
    const due = this.timers.filter((timer) => timer.at <= this.time);
    this.timers = this.timers.filter((timer) => timer.at > this.time);
    for (const timer of due.sort((a, b) => a.at - b.at)) timer.fire();
  }
}

describe('sale server clock option', () => {
  it('stamps server times from the clock and ends a timed pin when it says so', async () => {
    const clock = new FakeClock(START);
    const { server, console: connect } = await startServer(tempDir(), { clock });
    const client = await connect();
    expect(client.welcomed.serverTime).toBe(START);
    expect(await client.clock()).toEqual({ serverTime: START });

    const ack = await client.command({
      type: 'pin',
      commandId: 'pin-1',
      sku: 'DURIAN',
      seconds: 20,
    });
    await client.untilSeq(ack.seq ?? 0);
    expect(client.events.at(-1)).toMatchObject({
      type: 'pin',
      sku: 'DURIAN',
      until: START + 20_000,
      at: START,
    });

    clock.advance(19_999);
    expect(server.inspect(TEST_SHOW).snapshot.pin.sku).toBe('DURIAN');
    clock.advance(1);
    const after = server.inspect(TEST_SHOW);
    expect(after.snapshot.pin).toEqual({ sku: null, until: null });
    await client.untilSeq(after.seq);
    expect(client.events.at(-1)).toMatchObject({
      type: 'pin',
      sku: null,
      until: null,
      at: START + 20_000,
    });
    expect(clock.pending).toBe(0);
  });

  it('ends a flash sale by the clock, with its timer rebuilt after a restart', async () => {
    const dataDir = tempDir();
    const clock = new FakeClock(START);
    const first = await startServer(dataDir, { clock });
    const producer = await first.console();
    await producer.command({ type: 'startShow', commandId: 'start' });
    const flash = { sku: 'COCO', priceMinor: 900, unitCap: 50, seconds: 30 };
    await producer.command({ type: 'flashSale', commandId: 'flash-1', ...flash });
    expect(first.server.inspect(TEST_SHOW).snapshot.products[1].flashSale).toMatchObject({
      endsAt: START + 30_000,
    });
    clock.advance(10_000);
    producer.close();
    await first.server.close();
    expect(clock.pending).toBe(0);

    const second = await startServer(dataDir, { clock, port: first.server.port });
    expect(clock.pending).toBe(1);
    clock.advance(19_999);
    expect(second.server.inspect(TEST_SHOW).snapshot.products[1].flashSale).not.toBeNull();
    clock.advance(1);
    const after = second.server.inspect(TEST_SHOW);
    expect(after.snapshot.products[1].flashSale).toBeNull();
    const watcher = await second.console({ fromSeq: after.seq - 1 });
    await watcher.untilSeq(after.seq);
    expect(watcher.events.at(-1)).toMatchObject({
      type: 'flashSaleEnded',
      sku: 'COCO',
      sold: 0,
      reason: 'time',
      at: START + 30_000,
    });
  });
});
