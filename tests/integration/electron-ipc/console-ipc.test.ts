import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL } from '../../../src/shared/api/bridge';
import type { Core } from '../../../src/main/core/core';
import { createCore } from '../../../src/main/core/create-core';
import {
  forwardCoreEvents,
  registerConsoleIpc,
  type InvokeEvent,
  type IpcRegistrar,
} from '../../../src/main/shell/ipc';
import { isConsolePage, rendererLocation } from '../../../src/main/shell/renderer-location';

type Listener = (event: InvokeEvent, ...args: unknown[]) => unknown;

/** Stands in for Electron's ipcMain: keeps the handlers so a test can call them. */
class FakeIpc implements IpcRegistrar {
  readonly handlers = new Map<string, Listener>();
  handle(channel: string, listener: Listener): void {
    this.handlers.set(channel, listener);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  invoke(url: string | null, method: unknown, input: unknown, parent: unknown = null) {
    const handler = this.handlers.get(IPC_INVOKE_CHANNEL);
    if (handler === undefined) throw new Error('no invoke handler');
    const senderFrame = url === null ? null : { url, parent };
    return handler({ senderFrame }, method, input);
  }
}

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

describe('console API over Electron IPC', () => {
  let dataDir: string;
  let core: Core;
  let ipc: FakeIpc;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'showdesk-ipc-'));
    core = createCore({
      dataDir,
      transport: 'electron',
      resourcesDir: join(import.meta.dirname, '..', '..', '..', 'resources'),
    });
    ipc = new FakeIpc();
    registerConsoleIpc(ipc, core, (url) => isConsolePage(built, url));
  });
  afterEach(() => {
    core.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('dispatches a call from the console page to the core', async () => {
    const envelope = await ipc.invoke(consolePage.toString(), 'app.info', {});
    expect(envelope).toMatchObject({ ok: true, value: { transport: 'electron', dataDir } });
  });

  it('validates the input of a call', async () => {
    const envelope = await ipc.invoke(consolePage.toString(), 'show.create', { name: 42 });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it.each([
    ['a foreign page', 'https://evil.example/', null],
    ['a frame inside the console', consolePage.toString(), { url: consolePage.toString() }],
  ])('refuses a call from %s', async (_label, url, parent) => {
    const envelope = await ipc.invoke(url, 'show.create', { name: 'Injected' }, parent);
    expect(envelope).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const list = await ipc.invoke(consolePage.toString(), 'show.list', {});
    expect(JSON.stringify(list)).not.toContain('Injected');
  });

  it('refuses a call whose frame is gone', async () => {
    const envelope = await ipc.invoke(null, 'app.info', {});
    expect(envelope).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('pushes core events to every open window and skips closed ones', async () => {
    const sent: unknown[][] = [];
    const open = { isDestroyed: () => false, send: (...args: unknown[]) => sent.push(args) };
    const closed = {
      isDestroyed: () => true,
      send: () => {
        throw new Error('sent to a closed window');
      },
    };
    const stop = forwardCoreEvents(core, () => [open, closed]);
    await ipc.invoke(consolePage.toString(), 'show.create', { name: 'Night market' });
    stop();
    expect(sent).toContainEqual([IPC_EVENT_CHANNEL, 'shows.changed', {}]);
  });
});
