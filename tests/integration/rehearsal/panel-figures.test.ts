import { describe, expect, it } from 'vitest';
import type { ApiEvents } from '../../../src/shared/api/contract';
import type { RehearsalState } from '../../../src/shared/model/rehearsal';
import { useConsoleHarness } from '../../support/console-harness';
import { invoke } from '../../support/core-api';
import { openDemoConsole, runUntil } from './rehearsal-harness';

const harness = useConsoleHarness();

/** The 618 crowd's largest order (its quantity weights go up to 4 units). */
const MAX_QTY = 4;

type Heard =
  | { event: 'live.state'; payload: ApiEvents['live.state'] }
  | { event: 'rehearsal.state'; payload: ApiEvents['rehearsal.state'] };

describe('the rehearsal panel beside the cards', () => {
  it('gets the crowd’s counts and show time with every live state, never a beat behind units sold', async () => {
    const { core, showId } = await openDemoConsole(harness);
    const heard: Heard[] = [];
    core.events.listen((event, payload) => {
      if (event === 'live.state' || event === 'rehearsal.state') {
        heard.push({ event, payload } as Heard);
      }
    });
    await invoke(core, 'rehearsal.start', {
      showId,
      preset: '618',
      seed: 618,
      speed: 5,
      startPaused: true,
    });
    await invoke(core, 'rehearsal.nextSlot', {});
    await runUntil(core, 40);
    await invoke(core, 'rehearsal.stop', {});

    // The screen as the renderer draws it: the cards from the live states, the panel from the
    // rehearsal's. Each live state that sold more is followed by the rehearsal's before the
    // next one, and the panel then counts at least the orders the cards' units need.
    const sold = new Map<string, number>();
    let panel: RehearsalState | null = null;
    let owed = false;
    const behind: string[] = [];
    let sales = 0;
    for (const { event, payload } of heard) {
      if (event === 'rehearsal.state') {
        panel = payload.state;
        owed = false;
        continue;
      }
      if (owed) behind.push('a live state with sales went out without the panel’s figures');
      const products = payload.type === 'full' ? (payload.state?.products ?? []) : payload.products;
      const before = [...sold.values()].reduce((sum, units) => sum + units, 0);
      for (const product of products) sold.set(product.sku, product.sold);
      const units = [...sold.values()].reduce((sum, count) => sum + count, 0);
      if (units > before) {
        sales += 1;
        owed = true;
      }
      if (panel !== null && units > panel.crowd.sent * MAX_QTY && !owed) {
        behind.push(`${units} units sold beside ${panel.crowd.sent} orders sent`);
      }
    }
    expect(sales).toBeGreaterThanOrEqual(5);
    expect(behind).toEqual([]);
  }, 120_000);
});
