import { describe, expect, it } from 'vitest';
import type { RecentEvent } from '../../../src/shared/model/recent';
import { liveState, record, waitFor } from '../../support/console-core';
import { useConsoleHarness } from '../../support/console-harness';
import { invoke } from '../../support/core-api';

const harness = useConsoleHarness();

/** What a Recent events line says, without its id and times (for comparing lists). */
function said(entry: RecentEvent): string {
  return JSON.stringify({ ...entry, id: undefined, at: undefined, showMs: undefined });
}

async function recent(core: Parameters<typeof invoke>[0]): Promise<RecentEvent[]> {
  const answer = await invoke(core, 'live.recent', {});
  if (answer === null) throw new Error('no run open');
  return answer.entries;
}

describe('Recent events from the run log', () => {
  it('gives a page opened mid-run (or a console reopened) the whole story, the same lines as were sent', async () => {
    const session = await harness.openSession({
      products: [
        { sku: 'A', stock: 10 },
        { sku: 'B', stock: 50 },
      ],
      until: 'live',
    });
    const { core, runId } = session;
    const sent = record(core, 'live.recent');
    await session.command({ type: 'restock', sku: 'B', units: 5 });
    await session.command({ type: 'setPrice', sku: 'B', priceMinor: 900 });
    await session.command({ type: 'restock', sku: 'NOPE', units: 5 });
    await session.command({
      type: 'flashSale',
      sku: 'A',
      priceMinor: 500,
      unitCap: 3,
      seconds: 600,
    });
    await waitFor(
      async () => (await liveState(core)).products.some((p) => p.flashSale !== null),
      'the flash sale',
    );
    await session.crowd({ skus: ['A'], rate: Infinity, orders: 10 });
    await session.caughtUp();

    const wanted = [
      { kind: 'restock', sku: 'B', stock: 55 },
      { kind: 'price', sku: 'B', priceMinor: 900 },
      { kind: 'flashSaleEnded', sku: 'A', sold: 3, reason: 'cap' },
      { kind: 'soldOut', sku: 'A' },
      { kind: 'show', state: 'live' },
      { kind: 'link', state: 'connected' },
    ];
    await waitFor(async () => {
      const entries = await recent(core);
      return wanted.every((fact) => entries.some((entry) => said(entry) === JSON.stringify(fact)));
    }, 'the story so far');
    const history = await recent(core);
    const ids = history.map((entry) => entry.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(history).toContainEqual(
      expect.objectContaining({
        kind: 'outcome',
        outcome: expect.objectContaining({
          runId,
          kind: 'restock',
          status: 'rejected',
          reason: expect.objectContaining({ code: 'unknown_sku' }),
        }),
      }),
    );
    expect(history).toContainEqual(
      expect.objectContaining({ kind: 'command', commandKind: 'setPrice', sku: 'B' }),
    );

    // A line logged after the history was loaded is sent as it is logged; what was sent are the
    // same lines as the run log then gives, once each.
    await session.command({ type: 'restock', sku: 'B', units: 1 });
    const restocked = JSON.stringify({ kind: 'restock', sku: 'B', stock: 56 });
    await waitFor(
      () => sent.some((batch) => batch.entries.some((entry) => said(entry) === restocked)),
      'the new line to be sent',
    );
    const sentLines = sent.flatMap((batch) => batch.entries);
    expect(new Set(sentLines.map((entry) => entry.id)).size).toBe(sentLines.length);
    const story = await recent(core);
    for (const line of sentLines) {
      expect(story.find((entry) => entry.id === line.id)).toEqual(line);
    }

    // A console opened again on the same data folder resumes the run and shows the same story.
    core.close();
    const reopened = harness.startConsole(session.dataDir);
    await waitFor(async () => (await invoke(reopened, 'live.recent', {})) !== null, 'the run');
    const again = await recent(reopened);
    for (const line of story) expect(again).toContainEqual(line);
  });
});
