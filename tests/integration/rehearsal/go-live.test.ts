import { describe, expect, it } from 'vitest';
import type { LineupProduct } from '../../../src/shared/protocol';
import { connected, waitFor } from '../../support/console-core';
import { useConsoleHarness } from '../../support/console-harness';
import { invoke, invokeError } from '../../support/core-api';
import { openDemoConsole } from './rehearsal-harness';

const harness = useConsoleHarness();
const TOKEN = 'live-token';
const SHOW = 'tmall-618';
const DEMO_NAME = '618 Thai fruit live (Tmall)';
const silent = () => undefined;

/** A live server with the show SHOW (and `products`), and a demo console that has not connected. */
async function setUp(products?: LineupProduct[]) {
  const server = await harness.startServer({ token: TOKEN, showId: SHOW, products, log: silent });
  const { core, showId } = await openDemoConsole(harness);
  return {
    core,
    server,
    target: { showId, serverUrl: server.url, token: TOKEN, serverShowId: SHOW },
  };
}

describe('going live', () => {
  it('checks the server and opens a live run after the typed show name', async () => {
    const { core: console, server, target } = await setUp();
    const checklist = await invoke(console, 'live.checklist', target);
    expect(checklist.ok).toBe(true);
    expect(checklist.serverShowState).toBe('planned');
    expect(checklist.items.map((item) => [item.id, item.status])).toEqual([
      ['server_reachable', 'ok'],
      ['token_valid', 'ok'],
      ['show_found', 'ok'],
      ['lineup', 'ok'],
    ]);
    const run = await invoke(console, 'live.goLive', { ...target, confirmation: ` ${DEMO_NAME} ` });
    expect(run.kind).toBe('live');
    // Named for the show and its kind; the UI adds the start time in its own language.
    expect(run.name).toBe(DEMO_NAME);
    await waitFor(() => connected(console), 'the live link');
    await waitFor(
      () => server.inspect(SHOW).snapshot.products.length === 4,
      'the lineup on the live server',
    );
    expect((await invoke(console, 'live.checklist', target)).ok).toBe(true);
  });

  it('refuses a confirmation that is not the show name, before contacting the server', async () => {
    const { core: console, target } = await setUp();
    for (const confirmation of ['', 'yes', DEMO_NAME.toLowerCase()]) {
      const error = await invokeError(console, 'live.goLive', { ...target, confirmation });
      expect(error.code).toBe('invalid_input');
      expect(error.issues[0]?.path).toEqual(['confirmation']);
    }
    expect(await invoke(console, 'live.state', {})).toBeNull();
  });

  it('refuses to go live when the checklist fails', async () => {
    const { core: console, target } = await setUp();
    const badToken = await invokeError(console, 'live.goLive', {
      ...target,
      token: 'wrong',
      confirmation: DEMO_NAME,
    });
    expect(badToken.code).toBe('conflict');
    expect(badToken.issues.map((issue) => issue.path)).toEqual([['checklist', 'token_valid']]);

    const unknownShow = await invoke(console, 'live.checklist', {
      ...target,
      serverShowId: 'other',
    });
    expect(unknownShow.items.find((item) => item.id === 'show_found')?.status).toBe('failed');

    const closed = await harness.startServer({ token: TOKEN, showId: SHOW, log: silent });
    const gone = closed.url;
    await closed.close();
    const unreachable = await invoke(console, 'live.checklist', { ...target, serverUrl: gone });
    expect(unreachable.items.map((item) => item.status)).toEqual([
      'failed',
      'skipped',
      'skipped',
      'skipped',
    ]);
    expect(await invoke(console, 'live.state', {})).toBeNull();
  });

  it("refuses when the server's lineup or stock differs from the show's", async () => {
    const { core: console, target } = await setUp([
      {
        sku: 'TH-DURIAN-MONTHONG',
        name: 'Durian',
        priceMinor: 23_900,
        currency: 'CNY',
        stock: 4000,
      },
      {
        sku: 'TH-MANGOSTEEN',
        name: 'Mangosteen',
        priceMinor: 8900,
        currency: 'CNY',
        stock: 40_000,
      },
    ]);
    const checklist = await invoke(console, 'live.checklist', target);
    const lineup = checklist.items.find((item) => item.id === 'lineup');
    expect(lineup?.status).toBe('failed');
    expect(lineup?.detail).toMatch(/not on the server: TH-COCONUT-NAMHOM, TH-RICE-HOMMALI/);
    expect(lineup?.detail).toMatch(/TH-DURIAN-MONTHONG \(lineup 5000, server 4000\)/);
    const error = await invokeError(console, 'live.goLive', { ...target, confirmation: DEMO_NAME });
    expect(error.code).toBe('conflict');
    expect(error.issues.map((issue) => issue.path)).toEqual([['checklist', 'lineup']]);
    expect(await invoke(console, 'live.state', {})).toBeNull();
  });

  it('refuses to go live while a rehearsal runs', async () => {
    const { core: console, target } = await setUp();
    await invoke(console, 'rehearsal.start', {
      showId: target.showId,
      preset: 'calm',
      startPaused: true,
    });
    const error = await invokeError(console, 'live.goLive', { ...target, confirmation: DEMO_NAME });
    expect(error.code).toBe('conflict');
    await invoke(console, 'rehearsal.stop', {});
  });
});
