import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { BrowserHostProcess } from './support/browser-host-process';

/**
 * The built browser host (`npm run web:built`, what bench/start-up.ts times): its bundle holds
 * zod, ws and papaparse, and the page's first screen loads no zod. A first start on a fresh data
 * folder lands on the demo show ready to rehearse, asking the core each read once, and the
 * rehearsal form's first check loads the forms' schemas. The other specs run the host under tsx.
 */

const DEMO_SHOW = '618 Thai fruit live (Tmall)';

test('the built host starts to the demo lineup asking each read once, and a form loads its schemas on its first check', async ({
  page,
}) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'showdesk-e2e-built-'));
  const host = new BrowserHostProcess(dataDir, 'built');
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  const asked: string[] = [];
  page.on('websocket', (socket) =>
    socket.on('framesent', ({ payload }) => {
      const frame: unknown = JSON.parse(String(payload));
      if (typeof frame === 'object' && frame !== null && 'method' in frame) {
        asked.push(String(frame.method));
      }
    }),
  );
  try {
    await page.goto(await host.start());
    await expect(page.getByRole('heading', { name: DEMO_SHOW, level: 2 })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Add product' })).toBeEnabled();
    const panel = page.getByRole('region', { name: 'Rehearsal' });
    await expect(panel.getByRole('button', { name: 'Start rehearsal' })).toBeFocused();
    // The rehearsal panel's last reads went out (after the lineup came).
    await expect
      .poll(() =>
        ['rehearsal.presets', 'rehearsal.scenarios', 'runs.list'].every((method) =>
          asked.includes(method),
        ),
      )
      .toBe(true);
    const firstScreen = [...scripts];
    // One rehearsal state for the page, and the show's name from the lineup it shows: the
    // first screen asked rehearsal.state twice and show.get twice in separate rounds.
    expect(asked.filter((method) => method === 'rehearsal.state')).toHaveLength(1);
    expect(asked.filter((method) => method === 'show.get')).toHaveLength(1);
    // The integrity check's storage.state event brings the state; it is not read again.
    expect(asked.filter((method) => method === 'storage.state')).toHaveLength(1);

    await panel.getByRole('textbox', { name: 'Seed' }).fill('-1');
    await panel.getByRole('button', { name: 'Start rehearsal' }).click();
    await expect(panel.getByText('A whole number from 0 to 4294967295, or empty')).toBeVisible();
    // The schemas came in a chunk of their own, after the first screen.
    expect(scripts.filter((path) => !firstScreen.includes(path))).toContainEqual(
      expect.stringMatching(/\/input-schemas-[^/]+\.js$/),
    );
  } finally {
    await host.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
