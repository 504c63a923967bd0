import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { liveState, waitFor } from '../../support/console-core';
import { invoke } from '../../support/core-api';
import { useDocSessions } from '../../support/doc-session';

const openSession = useDocSessions();
const HOSTILE = '<img src=x onerror=alert(1)>\u202Eevil\u200B';

describe('a product name with markup, a bidi override and a zero-width space', () => {
  it('is kept as the server sent it, and no markup of it reaches the HTML report', async () => {
    const session = await openSession([{ sku: 'A', stock: 10 }]);
    const { core, doc, run } = session;
    await session.caughtUp();
    const product = { ...doc.show.products[0], name: HOSTILE };
    doc.sendRaw('events', {
      events: [{ type: 'product', seq: doc.show.seq + 1, at: Date.now(), product }],
    });
    await waitFor(
      async () => (await liveState(core)).link.lastSeq === doc.show.seq + 1,
      'the event',
    );
    expect((await liveState(core)).products[0].name).toBe(HOSTILE);
    expect((await liveState(core)).link.protocolErrors).toBe(0);

    const report = await invoke(core, 'review.export', {
      runId: run.id,
      format: 'html',
      language: 'en',
    });
    const html = readFileSync(report.path, 'utf8');
    expect(html).not.toContain('<img');
  });
});
