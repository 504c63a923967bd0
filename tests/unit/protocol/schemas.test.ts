import { describe, expect, it } from 'vitest';
import {
  Ack,
  Buy,
  Command,
  HandshakeAuth,
  ServerEvent,
  Welcome,
  parseEventsBatch,
  parseWith,
  readCommandId,
} from '../../../src/shared/protocol';

const order = {
  type: 'order',
  seq: 7,
  at: 1_764_000_000_000,
  orderId: '42',
  sku: 'DURIAN',
  qty: 1,
  priceMinor: 19_900,
  stock: 99,
  sold: 1,
};

describe('protocol schemas', () => {
  it('accepts every command type in its documented shape', () => {
    const commands = [
      { type: 'pin', commandId: 'c1', sku: 'A', seconds: 30 },
      { type: 'pin', commandId: 'c2', sku: 'A' },
      { type: 'unpin', commandId: 'c3' },
      { type: 'restock', commandId: 'c4', sku: 'A', units: 10 },
      { type: 'setPrice', commandId: 'c5', sku: 'A', priceMinor: 0 },
      { type: 'flashSale', commandId: 'c6', sku: 'A', priceMinor: 100, unitCap: 5, seconds: 60 },
      { type: 'startShow', commandId: 'c7' },
      { type: 'endShow', commandId: 'c8' },
      {
        type: 'upsertLineup',
        commandId: 'c9',
        products: [{ sku: 'A', name: 'Apple', priceMinor: 100, currency: 'CNY', stock: 3 }],
      },
    ];
    for (const command of commands) expect(Command.safeParse(command).success).toBe(true);
  });

  it.each([
    ['an unknown type', { type: 'launch', commandId: 'c1' }],
    ['no command id', { type: 'unpin' }],
    ['an empty command id', { type: 'unpin', commandId: '' }],
    ['a command id with spaces', { type: 'unpin', commandId: 'a b' }],
    ['a negative restock', { type: 'restock', commandId: 'c', sku: 'A', units: -1 }],
    ['a zero restock', { type: 'restock', commandId: 'c', sku: 'A', units: 0 }],
    ['a fractional price', { type: 'setPrice', commandId: 'c', sku: 'A', priceMinor: 9.5 }],
    ['a price as a string', { type: 'setPrice', commandId: 'c', sku: 'A', priceMinor: '900' }],
    ['a pin for two days', { type: 'pin', commandId: 'c', sku: 'A', seconds: 172_800 }],
    ['a bad SKU', { type: 'pin', commandId: 'c', sku: 'A B' }],
    [
      'a flash sale without cap',
      { type: 'flashSale', commandId: 'c', sku: 'A', priceMinor: 1, seconds: 5 },
    ],
    [
      'a lineup with a repeated SKU',
      {
        type: 'upsertLineup',
        commandId: 'c',
        products: [
          { sku: 'A', name: 'A', priceMinor: 1, currency: 'CNY', stock: 1 },
          { sku: 'A', name: 'B', priceMinor: 1, currency: 'CNY', stock: 1 },
        ],
      },
    ],
    ['an empty lineup', { type: 'upsertLineup', commandId: 'c', products: [] }],
    ['a string', 'pin A'],
    ['null', null],
  ])('rejects a command with %s', (_label, command) => {
    expect(parseWith(Command, command).ok).toBe(false);
  });

  it('reads the command id of a malformed command only when it is well formed', () => {
    expect(readCommandId({ type: 'restock', commandId: 'abc-1', units: -1 })).toBe('abc-1');
    expect(readCommandId({ commandId: 'has space' })).toBeNull();
    expect(readCommandId({ commandId: 5 })).toBeNull();
    expect(readCommandId('x')).toBeNull();
  });

  it('accepts a valid event and rejects unknown types and out-of-range fields', () => {
    expect(ServerEvent.safeParse(order).success).toBe(true);
    expect(ServerEvent.safeParse({ ...order, buyer: 'viewer-1' }).success).toBe(true);
    expect(ServerEvent.safeParse({ ...order, type: 'refund' }).success).toBe(false);
    expect(ServerEvent.safeParse({ ...order, seq: 0 }).success).toBe(false);
    expect(ServerEvent.safeParse({ ...order, seq: 1.5 }).success).toBe(false);
    expect(ServerEvent.safeParse({ ...order, stock: -1 }).success).toBe(false);
    expect(ServerEvent.safeParse({ ...order, qty: 0 }).success).toBe(false);
    expect(ServerEvent.safeParse({ ...order, at: -5 }).success).toBe(false);
    expect(ServerEvent.safeParse({ ...order, priceMinor: 1e12 }).success).toBe(false);
    expect(
      ServerEvent.safeParse({ type: 'pin', seq: 1, at: 1, sku: null, until: null }).success,
    ).toBe(true);
    expect(
      ServerEvent.safeParse({ type: 'showState', seq: 1, at: 1, state: 'paused' }).success,
    ).toBe(false);
  });

  it('keeps the valid events of a batch and reports each malformed one by index', () => {
    const batch = parseEventsBatch({
      events: [order, { ...order, seq: 8, type: 'refund' }, 'garbage', { ...order, seq: 9 }],
    });
    expect(batch.events.map((event) => event.seq)).toEqual([7, 9]);
    expect(batch.malformed.map((entry) => entry.index)).toEqual([1, 2]);
  });

  it('reports a malformed batch as a whole', () => {
    for (const raw of [null, { events: [] }, { events: 'x' }, [order]]) {
      const batch = parseEventsBatch(raw);
      expect(batch.events).toEqual([]);
      expect(batch.malformed).toEqual([{ index: null, issues: expect.any(Array) }]);
    }
  });

  it('checks the welcome snapshot', () => {
    const welcome = {
      protocolVersion: 1,
      serverTime: 1_764_000_000_000,
      showId: 'show-1',
      state: 'planned',
      seq: 0,
      snapshot: {
        products: [
          {
            sku: 'A',
            name: 'Apple',
            priceMinor: 100,
            currency: 'CNY',
            stock: 3,
            sold: 0,
            flashSale: null,
          },
        ],
        pin: { sku: null, until: null },
        viewers: 0,
      },
    };
    expect(Welcome.safeParse(welcome).success).toBe(true);
    expect(Welcome.safeParse({ ...welcome, seq: -1 }).success).toBe(false);
    expect(Welcome.safeParse({ ...welcome, state: 'paused' }).success).toBe(false);
    const badProduct = { ...welcome.snapshot.products[0], currency: 'XXX' };
    expect(
      Welcome.safeParse({ ...welcome, snapshot: { ...welcome.snapshot, products: [badProduct] } })
        .success,
    ).toBe(false);
  });

  it('requires a reason on a rejected ack and the original status on a duplicate', () => {
    expect(Ack.safeParse({ commandId: 'c', status: 'applied', seq: 3 }).success).toBe(true);
    expect(Ack.safeParse({ commandId: 'c', status: 'rejected' }).success).toBe(false);
    expect(Ack.safeParse({ commandId: 'c', status: 'duplicate', seq: 3 }).success).toBe(false);
    expect(
      Ack.safeParse({
        commandId: null,
        status: 'rejected',
        reason: { code: 'invalid', message: 'bad' },
      }).success,
    ).toBe(true);
    expect(
      Ack.safeParse({ commandId: 'c', status: 'rejected', reason: { code: 'nope', message: '' } })
        .success,
    ).toBe(false);
  });

  it('drops a rejection’s issues of the wrong shape and keeps its required fields strict', () => {
    const reason = { code: 'unknown_sku', message: 'no product NOPE' };
    for (const issues of ['see the log', [{ path: 'sku' }], { sku: 'bad' }, 7]) {
      const parsed = Ack.safeParse({
        commandId: 'c',
        status: 'rejected',
        reason: { ...reason, issues },
      });
      expect(parsed).toMatchObject({ success: true, data: { reason } });
      expect(parsed.data?.reason).not.toHaveProperty('issues', expect.anything());
    }
    const issues = [{ path: ['sku'], message: 'Invalid string' }];
    expect(
      Ack.parse({ commandId: 'c', status: 'rejected', reason: { ...reason, issues } }).reason,
    ).toEqual({ ...reason, issues });
    expect(
      Ack.safeParse({ commandId: 'c', status: 'rejected', reason: { ...reason, message: 7 } })
        .success,
    ).toBe(false);
  });

  it('checks the handshake and intake messages', () => {
    const auth = { token: 't', showId: 's', consoleId: 'c', protocolVersion: 1 };
    expect(HandshakeAuth.safeParse(auth).success).toBe(true);
    expect(HandshakeAuth.safeParse({ ...auth, fromSeq: 12 }).success).toBe(true);
    expect(HandshakeAuth.safeParse({ ...auth, fromSeq: -1 }).success).toBe(false);
    expect(HandshakeAuth.safeParse({ ...auth, token: '' }).success).toBe(false);
    expect(Buy.safeParse({ sku: 'A', qty: 1, buyerId: 'v' }).success).toBe(true);
    expect(Buy.safeParse({ sku: 'A', qty: 1001, buyerId: 'v' }).success).toBe(false);
  });
});
