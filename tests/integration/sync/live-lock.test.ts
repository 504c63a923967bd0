import { describe, expect, it } from 'vitest';
import { invoke, invokeError, product } from '../../support/core-api';
import { waitFor } from '../../support/console-core';
import { useConsoleHarness } from '../../support/console-harness';

const harness = useConsoleHarness();

describe('lineup edits during an open run', () => {
  it('refuses price and stock (pointing to the live commands) but takes a new name', async () => {
    const session = await harness.openSession({ products: [{ sku: 'A', stock: 100 }] });
    const { core, showId } = session;
    const show = await invoke(core, 'show.get', { showId });
    const productId = show.products[0].id;
    const before = product('A', { openingStock: 100, priceMinor: 1000 });

    const refused = await invokeError(core, 'product.update', {
      productId,
      product: { ...before, priceMinor: 900, openingStock: 150 },
    });
    expect(refused.code).toBe('conflict');
    expect(refused.issues.map((issue) => issue.path)).toEqual([
      ['product', 'priceMinor', 'liveLocked'],
      ['product', 'openingStock', 'liveLocked'],
    ]);
    expect(refused.issues[0].message).toMatch(/Set price/);
    const kept = await invoke(core, 'show.get', { showId });
    expect(kept.products[0]).toMatchObject({ priceMinor: 1000, openingStock: 100 });

    const renamed = await invoke(core, 'product.update', {
      productId,
      product: { ...before, nameHost: 'Golden durian' },
    });
    expect(renamed.products[0].nameHost).toBe('Golden durian');

    await invoke(core, 'run.end', {});
    await waitFor(async () => (await invoke(core, 'live.state', {})) === null, 'the run to end');
    const after = await invoke(core, 'product.update', {
      productId,
      product: { ...before, priceMinor: 900 },
    });
    expect(after.products[0].priceMinor).toBe(900);
  });
});
