import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { liveState, record, runLog, waitFor } from '../../support/console-core';
import { useConsoleHarness } from '../../support/console-harness';
import { invoke, invokeError } from '../../support/core-api';
import { command, openDemoConsole, rehearsalState, runUntil } from './rehearsal-harness';

const harness = useConsoleHarness();

describe('rehearsal controls', () => {
  it('start, speed, pause, link drop, next slot and stop', async () => {
    const { core, dataDir, showId } = await openDemoConsole(harness);
    const published = record(core, 'rehearsal.state');
    expect((await invoke(core, 'rehearsal.presets', {})).map((preset) => preset.id)).toEqual([
      'calm',
      '618',
    ]);
    expect((await invokeError(core, 'rehearsal.resume', {})).code).toBe('conflict');

    const started = await invoke(core, 'rehearsal.start', {
      showId,
      preset: '618',
      seed: 5,
      speed: 20,
      startPaused: true,
    });
    expect(started).toMatchObject({ status: 'paused', simulatedMs: 0, seed: 5, speed: 20 });
    expect(started.run.kind).toBe('rehearsal');
    expect(started.run.name).toBe('618 Thai fruit live (Tmall)');
    expect(started.run.kind).toBe('rehearsal');
    expect(started.demand).toEqual({ type: 'model', preset: '618' });
    expect((await liveState(core)).showState).toBe('live');
    expect((await invokeError(core, 'rehearsal.start', { showId, preset: 'calm' })).code).toBe(
      'conflict',
    );

    const first = await invoke(core, 'rehearsal.nextSlot', {});
    expect(first.sku).toBe('TH-DURIAN-MONTHONG');
    const second = await invoke(core, 'rehearsal.nextSlot', {});
    expect(second.sku).toBe('TH-MANGOSTEEN');
    await runUntil(core, 10);
    expect((await liveState(core)).pin.sku).toBe('TH-MANGOSTEEN');

    // Paused: show time stands still while the console and the rehearsal's server keep working
    // (a command's round trip through the server, which outlasts many steps at 20x).
    const paused = await rehearsalState(core);
    expect(paused.paused).toBe(true);
    await command(core, { type: 'pin', sku: 'TH-MANGOSTEEN' });
    expect((await rehearsalState(core)).simulatedMs).toBe(paused.simulatedMs);

    // The link drops for 20 s of show time: the crowd keeps buying, the console catches up.
    const dropped = await invoke(core, 'rehearsal.dropLink', { seconds: 20 });
    expect(dropped.linkDrop).toEqual({ seconds: 20, untilMs: 30_000 });
    await waitFor(
      async () => (await liveState(core)).link.state !== 'connected',
      'the link to drop',
    );
    const soldBefore = dropped.crowd.sold;
    await invoke(core, 'rehearsal.setSpeed', { speed: 10 });
    const during = await runUntil(core, 20);
    expect(during.linkDrop).not.toBeNull();
    expect(during.speed).toBe(10);
    expect(during.crowd.sold).toBeGreaterThan(soldBefore);
    expect((await liveState(core)).link.state).not.toBe('connected');
    const after = await runUntil(core, 40);
    expect(after.linkDrop).toBeNull();
    await waitFor(
      async () => (await liveState(core)).link.state === 'connected',
      'the link to come back',
    );
    await waitFor(async () => {
      const state = await liveState(core);
      const sold = state.products.reduce((sum, product) => sum + product.sold, 0);
      return sold === after.crowd.unitsSold;
    }, 'the console to catch up with every order');

    const run = await invoke(core, 'rehearsal.stop', {});
    expect(run.endedAt).not.toBeNull();
    expect(await invoke(core, 'rehearsal.state', {})).toBeNull();
    expect(published.at(-1)).toEqual({ state: null });
    expect(published.some((event) => event.state?.status === 'running')).toBe(true);

    const controls = runLog(dataDir, run.id, 'rehearsal').map((row) => row.payload.type);
    expect(controls[0]).toBe('started');
    expect(controls).toEqual(
      expect.arrayContaining([
        'clock',
        'paused',
        'resumed',
        'linkDropped',
        'linkRestored',
        'speed',
      ]),
    );
    expect(controls.at(-1)).toBe('stopped');
    const events = runLog(dataDir, run.id, 'event').map((row) => row.payload);
    expect(events.at(-1)).toMatchObject({ type: 'showState', state: 'ended' });

    // The Chinese report says why the link went down and came back in Chinese.
    const report = await invoke(core, 'review.export', {
      runId: run.id,
      format: 'html',
      language: 'zh-CN',
    });
    const linkRows = [...readFileSync(report.path, 'utf8').matchAll(/销售服务器：[^<]*/g)].map(
      (match) => match[0],
    );
    expect(linkRows.length).toBeGreaterThanOrEqual(2);
    for (const row of linkRows) expect(row).not.toMatch(/\b(?!WebSocket\b|HTTP\b)[A-Za-z]{2,}\b/);
  }, 120_000);

  it('has no slot after the last one', async () => {
    const { core, showId } = await openDemoConsole(harness);
    await invoke(core, 'rehearsal.start', { showId, preset: 'calm', startPaused: true });
    for (let slot = 0; slot < 4; slot++) await invoke(core, 'rehearsal.nextSlot', {});
    expect((await invokeError(core, 'rehearsal.nextSlot', {})).code).toBe('conflict');
    await invoke(core, 'rehearsal.stop', {});
  });

  it('ends with its run when the run is ended through run.end', async () => {
    const { core, showId } = await openDemoConsole(harness);
    await invoke(core, 'rehearsal.start', { showId, preset: 'calm', speed: 20 });
    const published = record(core, 'rehearsal.state');
    const run = await invoke(core, 'run.end', {});
    expect(run.kind).toBe('rehearsal');
    await waitFor(() => published.at(-1)?.state === null, 'the rehearsal to close');
    expect(await invoke(core, 'rehearsal.state', {})).toBeNull();
    const again = await invoke(core, 'rehearsal.start', {
      showId,
      preset: 'calm',
      startPaused: true,
    });
    expect(again.runId).toBeGreaterThan(run.id);
    await invoke(core, 'rehearsal.stop', {});
  });
});
