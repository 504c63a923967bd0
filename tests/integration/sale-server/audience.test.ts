import { io } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import {
  AudienceStateMessage,
  DemandMessage,
  INTAKE_NAMESPACE,
  IntakeMessage,
  ModerationMessage,
  parseComments,
  type Comment,
  type CommentReport,
} from '../../../src/shared/protocol';
import { runCrowd } from '../../../src/sale-server/crowd';
import { TEST_SHOW, TEST_TOKEN, useSaleServers } from '../../support/sale-server';
import type { TestConsole } from '../../support/test-console';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs('sale-audience-');
const startServer = useSaleServers();
const viewers: ReturnType<typeof io>[] = [];
afterEach(() => viewers.splice(0).forEach((socket) => socket.disconnect()));

function commentsOf(client: TestConsole): Comment[] {
  return client.audience
    .filter((message) => message.name === 'comments')
    .flatMap((message) => parseComments(message.payload)?.comments ?? []);
}

function lastOf<T>(client: TestConsole, name: string, parse: (raw: unknown) => T): T | undefined {
  const found = client.audience.filter((message) => message.name === name).at(-1);
  return found === undefined ? undefined : parse(found.payload);
}

async function viewer(url: string): Promise<ReturnType<typeof io>> {
  const socket = io(`${url}${INTAKE_NAMESPACE}`, {
    transports: ['websocket'],
    forceNew: true,
    auth: { token: TEST_TOKEN, showId: TEST_SHOW },
  });
  viewers.push(socket);
  await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  return socket;
}

const say = (viewerId: string, text: string): CommentReport => ({
  viewerId,
  name: viewerId,
  text,
  lang: 'en',
  sku: 'DURIAN',
});

describe('sale server: the audience addition', () => {
  it('agrees to audience, relays comments and sends the moderation state after the welcome', async () => {
    const { server, console: connect } = await startServer(tempDir());
    const client = await connect({ features: ['audience'] });
    expect(client.welcomed.features).toEqual(['audience']);
    await client.until(() => client.audience.some((m) => m.name === 'audienceState'));
    expect(lastOf(client, 'audienceState', (raw) => AudienceStateMessage.parse(raw))).toMatchObject(
      { pinned: null, hidden: [], muted: [] },
    );

    const socket = await viewer(server.url);
    socket.emit(IntakeMessage.comments, {
      comments: [say('v1', 'How heavy is one?'), say('v2', 'Love it')],
    });
    await client.until(() => commentsOf(client).length === 2);
    const [first, second] = commentsOf(client);
    expect(first).toMatchObject({ viewerId: 'v1', text: 'How heavy is one?', sku: 'DURIAN' });
    expect(first.id).not.toBe(second.id);
  });

  it('applies hide, mute and pin once per command id and drops a muted viewer’s comments', async () => {
    const { server, console: connect } = await startServer(tempDir());
    const client = await connect({ features: ['audience'] });
    const socket = await viewer(server.url);
    socket.emit(IntakeMessage.comments, { comments: [say('v1', 'spam spam'), say('v2', 'Hi')] });
    await client.until(() => commentsOf(client).length === 2);
    const [spam, hello] = commentsOf(client);

    const hide = { type: 'hideComment', commandId: 'hide-1', commentId: spam.id };
    const mute = { type: 'muteViewer', commandId: 'mute-1', viewerId: 'v1' };
    const pin = { type: 'pinComment', commandId: 'pin-1', commentId: hello.id };
    const acks = [
      await client.command(hide),
      await client.command(hide),
      await client.command(mute),
      await client.command(mute),
      await client.command(pin),
    ];
    expect(acks.map((ack) => ack.status)).toEqual([
      'applied',
      'duplicate',
      'applied',
      'duplicate',
      'applied',
    ]);
    await client.until(() => client.audience.filter((m) => m.name === 'moderation').length === 3);
    const moderation = client.audience
      .filter((m) => m.name === 'moderation')
      .map((m) => ModerationMessage.parse(m.payload));
    expect(moderation.map((m) => [m.action, m.commandId])).toEqual([
      ['hide', 'hide-1'],
      ['mute', 'mute-1'],
      ['pin', 'pin-1'],
    ]);

    socket.emit(IntakeMessage.comments, {
      comments: [say('v1', 'more spam'), say('v2', 'still here')],
    });
    await client.until(() => commentsOf(client).length === 3);
    expect(commentsOf(client).at(-1)).toMatchObject({ viewerId: 'v2', text: 'still here' });
    expect(server.inspect(TEST_SHOW).audience).toMatchObject({
      pinned: { id: hello.id },
      hidden: [spam.id],
      muted: ['v1'],
    });

    const unknown = await client.command({
      type: 'hideComment',
      commandId: 'hide-2',
      commentId: 'no-such-comment',
    });
    expect(unknown).toMatchObject({ status: 'rejected', reason: { code: 'unknown_comment' } });
  });

  it('keeps moderation across a restart: a later console gets it in audienceState', async () => {
    const dir = tempDir();
    const first = await startServer(dir);
    const client = await first.console({ features: ['audience'] });
    expect(
      (await client.command({ type: 'muteViewer', commandId: 'm', viewerId: 'v9' })).status,
    ).toBe('applied');
    client.close();
    await first.server.close();

    const second = await startServer(dir);
    const again = await second.console({ features: ['audience'] });
    await again.until(() => again.audience.some((m) => m.name === 'audienceState'));
    expect(lastOf(again, 'audienceState', (raw) => AudienceStateMessage.parse(raw))?.muted).toEqual(
      ['v9'],
    );
    const repeat = await again.command({ type: 'muteViewer', commandId: 'm', viewerId: 'v9' });
    expect(repeat).toMatchObject({ status: 'duplicate', original: 'applied' });
  });

  it('counts refused attempts per product and reason, equal to what the crowd was refused', async () => {
    const { server, console: connect } = await startServer(tempDir(), { demandIntervalMs: 50 });
    const client = await connect({ features: ['audience'] });
    expect((await client.command({ type: 'startShow', commandId: 'start' })).status).toBe(
      'applied',
    );
    const summary = await runCrowd({
      url: server.url,
      token: TEST_TOKEN,
      showId: TEST_SHOW,
      skus: ['RICE'],
      rate: Infinity,
      orders: 500,
      clients: 2,
      comments: { perSecond: 200, seed: 7, products: [{ sku: 'RICE', name: 'rice' }] },
    });
    expect(summary.sold).toBe(300);
    const refused = summary.refused.sold_out ?? 0;
    expect(refused).toBe(200);
    expect(server.inspect(TEST_SHOW).demand).toEqual([
      {
        sku: 'RICE',
        sold_out: { attempts: refused, units: refused },
        flash_cap: { attempts: 0, units: 0 },
        show_not_live: { attempts: 0, units: 0 },
      },
    ]);
    await client.until(
      () =>
        lastOf(client, 'demand', (raw) => DemandMessage.parse(raw))?.products[0]?.sold_out
          .attempts === refused,
    );
  });

  it('plays an older server with features: [] — no audience messages, audience commands invalid', async () => {
    const { server, console: connect } = await startServer(tempDir(), { features: [] });
    const client = await connect({ features: ['audience'] });
    expect(client.welcomed.features).toBeUndefined();
    const socket = await viewer(server.url);
    socket.emit(IntakeMessage.comments, { comments: [say('v1', 'hello')] });
    const ack = await client.command({ type: 'muteViewer', commandId: 'm1', viewerId: 'v1' });
    expect(ack).toMatchObject({ status: 'rejected', reason: { code: 'invalid' } });
    const clock = await client.clock();
    expect(clock.serverTime).toBeGreaterThan(0);
    expect(client.audience).toEqual([]);
  });
});
