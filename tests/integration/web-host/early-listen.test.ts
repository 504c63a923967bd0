import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Core, CoreOptions } from '../../../src/main/core/core';
import { createCore } from '../../../src/main/core/create-core';
import { startWebHost } from '../../../src/main/web/web-host';
import { useConsoleHarness } from '../../support/console-harness';
import { connect, get } from './web-host-harness';

const harness = useConsoleHarness();

describe('browser host start', () => {
  it(
    'serves the page before the core is open and holds the API socket until it is',
    { timeout: 30_000 },
    async () => {
      const root = await harness.tempDir();
      const rendererDir = join(root, 'renderer');
      mkdirSync(join(rendererDir, 'assets'), { recursive: true });
      writeFileSync(
        join(rendererDir, 'index.html'),
        '<!doctype html><title>Showdesk</title><script type="module" src="./assets/app.js"></script>',
      );
      writeFileSync(join(rendererDir, 'assets', 'app.js'), 'export const early = 1;\n');

      let openCore = (): void => undefined;
      const coreMayOpen = new Promise<void>((resolve) => (openCore = resolve));
      let coreOpen = false;
      const slowCore = async (options: CoreOptions): Promise<Core> => {
        await coreMayOpen;
        const core = createCore(options);
        coreOpen = true;
        return core;
      };
      let listening = (_url: string): void => undefined;
      const listened = new Promise<string>((resolve) => (listening = resolve));
      const started = startWebHost({
        dataDir: join(root, 'data'),
        rendererDir,
        createCore: slowCore,
        onListening: (url) => listening(url),
      });

      const url = new URL(await listened);
      const token = url.searchParams.get('token') ?? '';
      const page = await get(url, `/?token=${token}`);
      expect(page.status).toBe(200);
      expect(page.body).toContain('<title>Showdesk</title>');
      const script = await get(url, `/assets/app.js?token=${token}`);
      expect(script.status).toBe(200);
      expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
      expect(script.body).toBe('export const early = 1;\n');
      expect(coreOpen).toBe(false);

      const socketUrl = `ws://${url.host}/api?token=${token}`;
      const socketOpened = connect(socketUrl, url.origin).then((socket) => ({ socket, coreOpen }));
      openCore();
      const host = await started;
      harness.defer(() => host.close());
      const { socket, coreOpen: coreOpenAtSocket } = await socketOpened;
      expect(coreOpenAtSocket).toBe(true);
      socket.send({ type: 'invoke', id: 1, method: 'app.info', input: {} });
      const answer = await socket.result(1);
      expect(answer).toMatchObject({ envelope: { ok: true, value: { transport: 'web' } } });
      socket.close();
    },
  );
});
