import { describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core/core';
import { liveState, waitFor } from '../../support/console-core';
import { useConsoleHarness } from '../../support/console-harness';
import { invoke } from '../../support/core-api';
import { command, openDemoConsole, rehearsalState, runUntil } from './rehearsal-harness';

const harness = useConsoleHarness();

const PINNED = 'TH-MANGOSTEEN';
const FLASH = 'TH-COCONUT-NAMHOM';

async function spans(core: Core): Promise<{ pinned: string | null; flash: boolean }> {
  const state = await liveState(core);
  const product = state.products.find((entry) => entry.sku === FLASH);
  return { pinned: state.pin.sku, flash: product?.flashSale != null };
}

describe('timed pins and flash sales in a rehearsal', () => {
  it('last their span in show time at 10x, and stand still while paused', async () => {
    const { core, showId } = await openDemoConsole(harness);
    await invoke(core, 'rehearsal.start', {
      showId,
      preset: 'calm',
      seed: 7,
      speed: 10,
      startPaused: true,
    });
    await command(core, { type: 'pin', sku: PINNED, seconds: 20 });
    await command(core, {
      type: 'flashSale',
      sku: FLASH,
      priceMinor: 100,
      unitCap: 1_000_000,
      seconds: 20,
    });
    const started = await liveState(core);
    expect((await rehearsalState(core)).simulatedMs).toBe(0);
    // The console's countdown runs on server (wall) time: the span is advertised at 1/10.
    expect(started.pin.until).not.toBeNull();
    expect(await spans(core)).toEqual({ pinned: PINNED, flash: true });

    await runUntil(core, 10);
    expect(await spans(core)).toEqual({ pinned: PINNED, flash: true });

    // Paused past the advertised end: nothing ends while show time stands still.
    const until = started.pin.until ?? 0;
    await waitFor(async () => Date.now() > until + 200, 'the advertised end to pass');
    expect(await spans(core)).toEqual({ pinned: PINNED, flash: true });

    const before = await runUntil(core, 19);
    expect(before.simulatedMs).toBe(19_000);
    expect(await spans(core)).toEqual({ pinned: PINNED, flash: true });

    const after = await runUntil(core, 21);
    expect(after.simulatedMs).toBe(21_000);
    expect(await spans(core)).toEqual({ pinned: null, flash: false });

    await invoke(core, 'rehearsal.stop', {});
  }, 120_000);
});
