import { describe, expect, it } from 'vitest';
import { runCrowd } from '../../../src/sale-server/crowd';
import { waitFor } from '../../support/console-core';
import { TEST_SHOW, TEST_TOKEN, useSaleServers } from '../../support/sale-server';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs('sale-server-');
const startServer = useSaleServers();

describe('sale server history (feature history)', () => {
  it('serves any event of the show from the ledger, past the replay window and a restart', async () => {
    const dir = tempDir();
    const first = await startServer(dir, { retainEvents: 50 });
    const producer = await first.console({ features: ['history'] });
    expect(producer.welcomed.features).toEqual(['history']);
    await producer.command({ type: 'startShow', commandId: 'start' });
    await runCrowd({
      url: first.server.url,
      token: TEST_TOKEN,
      showId: TEST_SHOW,
      skus: ['COCO'],
      rate: Infinity,
      orders: 400,
    });
    const latest = first.server.inspect(TEST_SHOW).seq;
    await producer.untilSeq(latest);
    expect(first.server.inspect(TEST_SHOW).oldestSeq).toBeGreaterThan(300);
    const live = producer.events;
    await first.server.close();

    const second = await startServer(dir, { retainEvents: 50, port: first.server.port });
    const client = await second.console({ features: ['history'] });
    const page = await client.history({ fromSeq: 1, toSeq: latest, limit: 2000 });
    expect(page).toMatchObject({ status: 'ok', latestSeq: latest });
    const events = page.status === 'ok' ? page.events : [];
    expect(events.map((event) => (event as { seq: number }).seq)).toEqual(
      Array.from({ length: latest }, (_, index) => index + 1),
    );
    expect(events.slice(-live.length)).toEqual(live);

    const middle = await client.history({ fromSeq: 10, toSeq: 20, limit: 5 });
    expect(middle.status === 'ok' && middle.events.length).toBe(5);
    const beyond = await client.history({ fromSeq: latest + 1, toSeq: latest + 10, limit: 5 });
    expect(beyond).toEqual({ status: 'ok', latestSeq: latest, events: [] });
    const invalid = await client.history({ fromSeq: 0, toSeq: 5, limit: 5 });
    expect(invalid).toMatchObject({ status: 'error', code: 'invalid' });
  });

  it('does not answer history on a connection that did not agree to it', async () => {
    const { console: connect, logs } = await startServer(tempDir(), { features: [] });
    const client = await connect({ features: ['history'] });
    expect(client.welcomed).not.toHaveProperty('features');
    let answered = false;
    void client.history({ fromSeq: 1, toSeq: 1, limit: 1 }).then(
      () => (answered = true),
      () => undefined,
    );
    await waitFor(
      () => logs.some((entry) => entry.msg === 'unknown message dropped'),
      'the server to drop the request',
    );
    expect(answered).toBe(false);
  });
});
