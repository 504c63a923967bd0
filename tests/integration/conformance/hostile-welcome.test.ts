import { describe, expect, it } from 'vitest';
import { createShow, liveState, runLog, waitFor } from '../../support/console-core';
import { useConsoleHarness } from '../../support/console-harness';
import { invoke } from '../../support/core-api';
import { DocServer } from '../../support/doc-server/server';
import { openDocSession } from '../../support/doc-session';

const harness = useConsoleHarness();

const CASES = [
  { label: 'another show', override: { showId: 'other-show' }, refusal: 'unknown_show' },
  { label: 'another protocol version', override: { protocolVersion: 2 }, refusal: 'bad_version' },
] as const;

describe.each(CASES)('a welcome for $label', ({ override, refusal }) => {
  it('stops the link for a person instead of reconnecting in a loop', async () => {
    const session = await openDocSession(harness, [{ sku: 'A', stock: 10 }]);
    const { core, doc, dataDir, run } = session;
    const opened = doc.connectionsOpened;
    doc.welcomeOverride = override;
    doc.cut();
    await waitFor(async () => (await liveState(core)).link.state === 'offline', 'the link to stop');
    const { link } = await liveState(core);
    expect(link.lastErrorReason).toMatchObject({ code: 'refused', params: { refusal } });
    expect(doc.connectionsOpened).toBe(opened + 1);
    const errors = runLog(dataDir, run.id, 'protocol_error');
    expect(errors).toHaveLength(1);
    expect(runLog(dataDir, run.id, 'link').at(-1)?.payload).toMatchObject({ state: 'offline' });
    // Nothing of the other show was adopted.
    expect((await liveState(core)).products).toMatchObject([{ sku: 'A', stock: 10 }]);
  });

  it('fails the go-live checklist', async () => {
    const doc = await DocServer.start();
    harness.defer(() => doc.close());
    doc.welcomeOverride = override;
    const core = harness.startConsole(await harness.tempDir());
    const showId = await createShow(core, [{ sku: 'A', stock: 10 }]);
    const checklist = await invoke(core, 'live.checklist', {
      showId,
      serverUrl: doc.url,
      token: doc.token,
      serverShowId: doc.show.showId,
    });
    expect(checklist.ok).toBe(false);
    const failed = checklist.items.find((item) => item.status === 'failed');
    expect(failed?.id).toBe(refusal === 'unknown_show' ? 'show_found' : 'server_reachable');
  });
});
