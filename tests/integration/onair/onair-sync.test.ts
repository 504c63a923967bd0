import { describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core/core';
import type { OnAirState } from '../../../src/shared/model/onair';
import { runLog, waitFor } from '../../support/console-core';
import { useConsoleHarness, type SyncSession } from '../../support/console-harness';
import { invoke } from '../../support/core-api';
import { fillPoint } from '../../../src/shared/onair/fill-point';

const harness = useConsoleHarness();

async function onAir(core: Core): Promise<OnAirState> {
  const state = await invoke(core, 'onair.state', {});
  if (state === null) throw new Error('no run is open');
  return state;
}

/** The current point as a screen shows it: filled from the live row of the product it names. */
async function currentText(core: Core): Promise<{ host: string; audience: string } | null> {
  const [state, live] = await Promise.all([onAir(core), invoke(core, 'live.state', {})]);
  if (state.current === null) return null;
  const sku = state.current.valuesSku;
  const product = live?.products.find((candidate) => candidate.sku === sku);
  const filled = fillPoint(state.current, product, { host: 'en', audience: 'zh-CN' });
  return { host: filled.textHost, audience: filled.textAudience };
}

/** A show of A (40 in stock, a point with live values) and B, connected to a reference server. */
async function setup(): Promise<{ session: SyncSession; products: { a: number; b: number } }> {
  const session = await harness.openSession({
    products: [
      { sku: 'A', stock: 40 },
      { sku: 'B', stock: 100 },
    ],
    prepare: async (core, showId) => {
      const [a, b] = (await invoke(core, 'show.get', { showId })).products;
      await invoke(core, 'talkingPoint.add', {
        showId,
        productId: a.id,
        point: {
          textHost: 'Only {left} left, {sold} sold',
          textAudience: '只剩 {left} 个',
          plannedSeconds: 30,
        },
      });
      await invoke(core, 'talkingPoint.add', {
        showId,
        productId: b.id,
        point: { textHost: 'B at {price}', textAudience: '', plannedSeconds: 20 },
      });
    },
  });
  const [a, b] = (await invoke(session.core, 'show.get', { showId: session.showId })).products;
  return { session, products: { a: a.id, b: b.id } };
}

describe('on air against the reference sale server', () => {
  it('fires a cue through the outbox, follows the orders in the text, auto-arms on sell-out', async () => {
    const { session, products } = await setup();
    const { core, dataDir, runId } = session;
    const start = await onAir(core);
    expect(start.current).toMatchObject({ templateHost: 'Only {left} left, {sold} sold' });
    expect(await currentText(core)).toMatchObject({ host: 'Only 40 left, 0 sold' });
    expect(start.clock.source).toBe('run');

    await invoke(core, 'live.command', { command: { type: 'startShow' } });
    await waitFor(async () => (await onAir(core)).clock.source === 'show', 'the show clock');

    await invoke(core, 'cue.arm', {
      cue: {
        productId: products.a,
        flashSale: { priceMinor: 500, unitCap: 40, seconds: 600 },
      },
    });
    await invoke(core, 'cue.setAutoArm', { on: true });
    const fired = await invoke(core, 'cue.fire', {});
    expect(fired.commandIds).toHaveLength(2);
    await waitFor(
      async () => ((await onAir(core)).pinned?.flashSale ?? null) !== null,
      'the flash sale',
    );
    const inspected = session.inspect().snapshot;
    expect(inspected.pin.sku).toBe('A');
    expect(inspected.products.find((p) => p.sku === 'A')?.flashSale?.priceMinor).toBe(500);

    await session.crowd({ skus: ['A'], rate: Infinity, orders: 40 });
    await waitFor(async () => (await onAir(core)).soldOut?.sku === 'A', 'the sell-out');
    expect(await currentText(core)).toEqual({
      host: 'Only 0 left, 40 sold',
      audience: '只剩 0 个',
    });
    const soldOut = await onAir(core);
    expect(soldOut.cue).toMatchObject({ sku: 'B', auto: true });
    expect(soldOut.slots.find((slot) => slot.sku === 'A')).toMatchObject({
      plannedSeconds: 30,
      soldOut: true,
    });

    const fire = runLog(dataDir, runId, 'cue').find((entry) => entry.payload.action === 'fire');
    expect(fire?.payload.commandIds).toEqual(fired.commandIds);
    const commands = runLog(dataDir, runId, 'command').map((entry) => entry.payload.commandId);
    expect(commands).toEqual(expect.arrayContaining(fired.commandIds));
  });

  it('keeps the queue, the cue and the options across a console restart', async () => {
    const { session, products } = await setup();
    const { core, dataDir } = session;
    const added = await invoke(core, 'onair.addPoint', {
      productId: null,
      point: { textHost: 'Thanks for watching', textAudience: '感谢收看', plannedSeconds: 5 },
    });
    expect(added.next?.templateHost).toBe('Thanks for watching');
    await invoke(core, 'onair.done', {});
    await invoke(core, 'onair.setFollowPin', { on: false });
    await invoke(core, 'cue.arm', { cue: { productId: products.b, pinSeconds: 120 } });
    const before = await onAir(core);
    core.close();

    const again = harness.startConsole(dataDir);
    await waitFor(async () => (await invoke(again, 'onair.state', {})) !== null, 'the resumed run');
    const after = await onAir(again);
    expect(after.queue.map((point) => [point.id, point.done])).toEqual(
      before.queue.map((point) => [point.id, point.done]),
    );
    expect(after.current?.templateHost).toBe('Thanks for watching');
    expect(after.followPin).toBe(false);
    expect(after.cue).toMatchObject({ sku: 'B', pinSeconds: 120, auto: false });
  });
});
