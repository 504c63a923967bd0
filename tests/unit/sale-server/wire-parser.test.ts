import { Encoder, PacketType, type Packet } from 'socket.io-parser';
import { describe, expect, it } from 'vitest';
import { JsonText, eventsMessage, wireParser } from '../../../src/sale-server/hub/wire-parser';

const order = {
  type: 'order',
  orderId: '7',
  sku: 'COCO',
  qty: 1,
  priceMinor: 1200,
  stock: 99,
  sold: 1,
  buyer: 'viewer "1" 看',
  seq: 12,
  at: 1_700_000_000_000,
};

/** The packet with its `JsonText` arguments parsed back, as socket.io's own encoder takes it. */
function parsed(packet: Packet): Packet {
  if (!Array.isArray(packet.data)) return packet;
  const data = packet.data.map((item: unknown) =>
    item instanceof JsonText ? (JSON.parse(item.json) as unknown) : item,
  );
  return { ...packet, data };
}

describe('the sale server wire encoder', () => {
  const packets: [string, Packet][] = [
    [
      'an events batch of JSON text',
      {
        type: PacketType.EVENT,
        nsp: '/',
        data: ['events', eventsMessage([JSON.stringify(order), JSON.stringify(order)])],
      },
    ],
    [
      'an acknowledgement with an id, on a namespace',
      {
        type: PacketType.ACK,
        nsp: '/intake',
        id: 42,
        data: [[{ status: 'sold', orderId: '7', priceMinor: 1200, seq: 12 }]],
      },
    ],
    [
      'an event with nested values, a missing value and no arguments',
      { type: PacketType.EVENT, nsp: '/', data: ['welcome', { a: [1, null, 'x'] }, undefined] },
    ],
    ['an event without arguments', { type: PacketType.EVENT, nsp: '/', data: ['ping'] }],
    ['a connect packet', { type: PacketType.CONNECT, nsp: '/intake', data: { sid: 'abc' } }],
  ];

  it.each(packets)('writes %s as socket.io does', (_name, packet) => {
    const ours = new wireParser.Encoder().encode(packet);
    expect(ours).toEqual(new Encoder().encode(parsed(packet)));
  });

  it('writes JSON text as it is', () => {
    const [text] = new wireParser.Encoder().encode({
      type: PacketType.EVENT,
      nsp: '/',
      data: ['events', eventsMessage(['{"seq":1}', '{"seq":2}'])],
    });
    expect(text).toBe('2["events",{"events":[{"seq":1},{"seq":2}]}]');
  });
});
