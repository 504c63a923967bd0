import { afterEach, describe, expect, it } from 'vitest';
import { serveWire } from '../../../src/main/core/api/serve-wire';
import type { Core } from '../../../src/main/core/core';
import { record, startConsole, waitFor } from '../../support/console-core';
import { invokeError } from '../../support/core-api';
import { nodeWirePort, openNodeChannel, TestWindow } from '../../support/port-window';
import { makeTempDir, removeTempDir } from '../../support/temp-dir';

let dataDir: string | null = null;
let core: Core | null = null;

afterEach(async () => {
  core?.close();
  core = null;
  if (dataDir !== null) await removeTempDir(dataDir);
  dataDir = null;
});

/** A page on its own port to `on`, as a window or websocket is; close() is the page going away. */
function openPage(on: Core): { window: TestWindow; close: () => void } {
  const channel = openNodeChannel();
  serveWire(on, nodeWirePort(channel.core));
  const window = new TestWindow();
  window.givePort(channel.window);
  return { window, close: () => channel.window.close() };
}

describe('how many consoles are open', () => {
  it('counts the pages that say they are consoles, and one fewer when one closes', async () => {
    dataDir = await makeTempDir('showdesk-consoles-');
    const started = startConsole(dataDir);
    core = started;
    const changes = record(started, 'consoles.open');
    const first = openPage(started);
    const second = openPage(started);
    const hostView = openPage(started);

    expect(await first.window.call('consoles.present', { present: true })).toEqual({ count: 1 });
    expect(await second.window.call('consoles.present', { present: true })).toEqual({ count: 2 });
    // Saying so twice counts once; a host view (a page that never says so) is not a console.
    expect(await second.window.call('consoles.present', { present: true })).toEqual({ count: 2 });
    expect(await hostView.window.call('app.info', {})).toMatchObject({
      version: expect.any(String),
    });
    expect(changes).toEqual([{ count: 1 }, { count: 2 }]);

    second.close();
    await waitFor(() => changes.length === 3, 'the closed console to be counted out');
    expect(changes[2]).toEqual({ count: 1 });
    expect(await first.window.call('consoles.present', { present: false })).toEqual({ count: 0 });
    hostView.close();
    first.close();

    // Only a page on a wire can be counted.
    const direct = await invokeError(started, 'consoles.present', { present: true });
    expect(direct.code).toBe('invalid_input');
  });
});
