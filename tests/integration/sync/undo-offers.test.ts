import { describe, expect, it } from 'vitest';
import { liveState, record, waitFor } from '../../support/console-core';
import { useConsoleHarness } from '../../support/console-harness';
import { invoke, invokeError } from '../../support/core-api';

const harness = useConsoleHarness();

describe('Undo offered to every console', () => {
  it('offers an unpin to every page, takes it back once, and withdraws it everywhere', async () => {
    const session = await harness.openSession({
      products: [{ sku: 'A', stock: 100 }],
      until: 'live',
    });
    const { core } = session;
    const offered = record(core, 'undo.offers');
    await session.command({ type: 'pin', sku: 'A', seconds: 120 });
    await waitFor(async () => (await liveState(core)).pin.sku === 'A', 'the pin');

    await session.command({ type: 'unpin' });
    await waitFor(async () => (await liveState(core)).pin.sku === null, 'the unpin');
    const [offer] = await invoke(core, 'undo.offers', {});
    expect(offer).toMatchObject({ kind: 'unpin', sku: 'A', runId: session.runId });
    expect(offer.seconds).toBeGreaterThan(100);
    expect(offered).toEqual([[offer]]);

    await invoke(core, 'undo.take', { id: offer.id });
    expect(offered[offered.length - 1]).toEqual([]);
    await waitFor(async () => (await liveState(core)).pin.sku === 'A', 'the pin again');
    expect((await liveState(core)).pin.until).not.toBeNull();
    const again = await invokeError(core, 'undo.take', { id: offer.id });
    expect(again.code).toBe('conflict');
    expect(await invoke(core, 'undo.offers', {})).toEqual([]);
  });
});
