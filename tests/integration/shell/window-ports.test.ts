import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { MessagePort } from 'node:worker_threads';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serveWire } from '../../../src/main/core/api/serve-wire';
import type { Core } from '../../../src/main/core/core';
import { answerPortRequest, type PortSender } from '../../../src/main/shell/ipc';
import { isConsolePage, rendererLocation } from '../../../src/main/shell/renderer-location';
import { WindowPorts } from '../../../src/main/shell/window-ports';
import { IPC_CORE_STOPPED_CHANNEL, IPC_PORT_CHANNEL } from '../../../src/shared/api/bridge';
import { startConsole } from '../../support/console-core';
import { makeTempDir, removeTempDir } from '../../support/temp-dir';
import { nodeWirePort, openNodeChannel, TestWindow } from '../../support/port-window';

const mainDir = join('/opt', 'showdesk', 'out', 'main');
const built = rendererLocation(mainDir, undefined);
const consolePage = pathToFileURL(join('/opt', 'showdesk', 'out', 'renderer', 'index.html'));

describe('which pages count as the console', () => {
  it('accepts the built index.html, with or without a hash or query', () => {
    expect(isConsolePage(built, consolePage.toString())).toBe(true);
    expect(isConsolePage(built, `${consolePage.toString()}#/shows/1`)).toBe(true);
  });

  it.each([
    ['another file', pathToFileURL('/opt/showdesk/out/renderer/other.html').toString()],
    ['a file elsewhere', pathToFileURL('/tmp/out/renderer/index.html').toString()],
    ['a remote file URL', 'file://evil.example/opt/showdesk/out/renderer/index.html'],
    ['a web page', 'https://evil.example/opt/showdesk/out/renderer/index.html'],
    ['not a URL', 'index.html'],
    ['an empty URL', ''],
  ])('refuses %s', (_label, url) => {
    expect(isConsolePage(built, url)).toBe(false);
  });

  it('accepts the dev server by origin only, parsed rather than matched as text', () => {
    const dev = rendererLocation(mainDir, 'http://localhost:5173/');
    expect(isConsolePage(dev, 'http://localhost:5173/index.html')).toBe(true);
    expect(isConsolePage(dev, 'http://localhost:5174/')).toBe(false);
    expect(isConsolePage(dev, 'http://localhost:5173.evil.example/')).toBe(false);
    expect(isConsolePage(dev, 'https://localhost:5173/')).toBe(false);
    expect(isConsolePage(dev, consolePage.toString())).toBe(false);
  });
});

describe('each window talks to the core over its own port', () => {
  let dataDir: string;
  let core: Core;
  let ports: WindowPorts<MessagePort>;
  let coreRunning: boolean;

  beforeEach(async () => {
    dataDir = await makeTempDir('showdesk-ports-');
    core = startConsole(dataDir, { transport: 'electron' });
    coreRunning = true;
    // The core's end is served in this process, as the core's process serves it.
    ports = new WindowPorts({
      openChannel: openNodeChannel,
      connectCore: (port) => {
        if (coreRunning) serveWire(core, nodeWirePort(port));
        return Promise.resolve(coreRunning);
      },
    });
  });
  afterEach(async () => {
    core.close();
    await removeTempDir(dataDir);
  });

  /** What a preload's request looks like to the shell: the sender's top frame and WebContents. */
  function request(url: string | null, parent: unknown = null) {
    const sent: { channel: string; ports: number }[] = [];
    const sender: PortSender<MessagePort> = {
      id: 7,
      isDestroyed: () => false,
      postMessage: (channel, _message, transfer) => sent.push({ channel, ports: transfer.length }),
      send: (channel) => sent.push({ channel, ports: 0 }),
    };
    answerPortRequest(
      { senderFrame: url === null ? null : { url, parent }, sender },
      ports,
      (page) => isConsolePage(built, page),
    );
    return sent;
  }

  it('gives the console page its port, says when the core stopped and gives a new one', async () => {
    const sent = request(consolePage.toString());
    await expect.poll(() => sent).toEqual([{ channel: IPC_PORT_CHANNEL, ports: 1 }]);
    await ports.coreStatus({ kind: 'stopped', code: null });
    await ports.coreStatus({ kind: 'restarted' });
    expect(sent).toEqual([
      { channel: IPC_PORT_CHANNEL, ports: 1 },
      { channel: IPC_CORE_STOPPED_CHANNEL, ports: 0 },
      { channel: IPC_PORT_CHANNEL, ports: 1 },
    ]);
  });

  it.each([
    ['a foreign page', 'https://evil.example/', null],
    ['a frame inside the console', consolePage.toString(), { url: consolePage.toString() }],
    ['a frame that is gone', null, null],
  ])('gives %s no port, so it cannot call the core', async (_label, url, parent) => {
    const sent = request(url, parent);
    // A trusted request made after it is answered first, so the refused one had its turn.
    const trusted = request(consolePage.toString());
    await expect.poll(() => trusted.length).toBe(1);
    expect(sent).toEqual([]);
  });

  it('answers and validates calls, and pushes events, on the port', async () => {
    const window = new TestWindow();
    await ports.connect(1, window);
    const other = new TestWindow();
    await ports.connect(2, other);
    const changed: unknown[] = [];
    other.client.subscribe('shows.changed', (payload) => changed.push(payload));
    expect(await window.call('app.info', {})).toMatchObject({ transport: 'electron', dataDir });
    await expect(window.call('show.create', { name: 42 } as never)).rejects.toMatchObject({
      code: 'invalid_input',
    });
    await window.call('show.create', { name: 'Night market' });
    await expect.poll(() => changed).toEqual([{}]);
  });

  it('tells the windows when the core stops, gives each a new port when it is back, and skips closed ones', async () => {
    const open = new TestWindow();
    const closed = new TestWindow();
    await ports.connect(1, open);
    await ports.connect(2, closed);
    closed.destroyed = true;
    await ports.coreStatus({ kind: 'stopped', code: 1 });
    expect(open.client.status).toBe('reconnecting');
    expect(closed.statuses).toEqual(['open']);
    const waiting = open.call('show.list', {});
    await ports.coreStatus({ kind: 'restarted' });
    expect(await waiting).toEqual([]);
    expect(open.statuses).toEqual(['open', 'reconnecting', 'open']);
    expect([open.ports, closed.ports]).toEqual([2, 1]);
  });

  it('gives a window that asked while the core was down one port, not a second at the restart', async () => {
    const held: (() => void)[] = [];
    const slow = new WindowPorts<MessagePort>({
      openChannel: openNodeChannel,
      // The supervisor's connectPort waits for the core's new process to be ready.
      connectCore: (port) =>
        new Promise((resolve) =>
          held.push(() => {
            serveWire(core, nodeWirePort(port));
            resolve(true);
          }),
        ),
    });
    const window = new TestWindow();
    const asked = slow.connect(1, window);
    const restarted = slow.coreStatus({ kind: 'restarted' });
    for (const release of held) release();
    await Promise.all([asked, restarted]);
    expect(window.ports).toBe(1);
    expect(await window.call('show.list', {})).toEqual([]);
  });

  it('gives no port while the core is not running, and says it stopped when it gave up', async () => {
    const window = new TestWindow();
    await ports.connect(1, window);
    coreRunning = false;
    await ports.coreStatus({ kind: 'gave-up', message: 'stopped 4 times' });
    expect(window.client.status).toBe('reconnecting');
    const later = new TestWindow();
    await ports.connect(2, later);
    expect(later.ports).toBe(0);
  });
});
