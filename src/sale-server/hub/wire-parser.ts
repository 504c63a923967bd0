import { Decoder, Encoder, PacketType, type Packet } from 'socket.io-parser';

/** An argument of a message that is JSON text already, written into the packet as it is. */
export class JsonText {
  constructor(readonly json: string) {}
}

/** The `events` message (docs/protocol.md section 6) of events that are JSON text already. */
export function eventsMessage(eventsJson: readonly string[]): JsonText {
  return new JsonText(`{"events":[${eventsJson.join(',')}]}`);
}

/**
 * Encodes what the sale server sends as socket.io's own encoder does, to the same text, with two
 * differences in the work: an argument that is `JsonText` is written as it is (the ledger's text
 * of each event, so that an event is turned into JSON once for the ledger and every console), and
 * no value is walked for binary data first (socket.io's `hasBinary` visits every field of every
 * event of a batch; the server sends no binary: a Buffer would go as its JSON form).
 */
class WireEncoder extends Encoder {
  override encode(packet: Packet): string[] {
    if (packet.type !== PacketType.EVENT && packet.type !== PacketType.ACK) {
      return super.encode(packet) as string[];
    }
    let text = String(packet.type);
    if (packet.nsp && packet.nsp !== '/') text += `${packet.nsp},`;
    if (packet.id !== undefined && packet.id !== null) text += String(packet.id);
    if (packet.data !== undefined && packet.data !== null) text += argumentsJson(packet.data);
    return [text];
  }
}

/** JSON.stringify of the message's arguments, with `JsonText` arguments written as they are. */
function argumentsJson(data: unknown): string {
  if (!Array.isArray(data)) return JSON.stringify(data);
  const items = data.map((item: unknown) =>
    item instanceof JsonText ? item.json : (JSON.stringify(item) ?? 'null'),
  );
  return `[${items.join(',')}]`;
}

/** The `parser` option of the sale server's socket.io server. */
export const wireParser = { Encoder: WireEncoder, Decoder };
