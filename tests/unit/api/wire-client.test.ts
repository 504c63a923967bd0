import { describe, expect, it } from 'vitest';
import { ConnectionLostError } from '../../../src/shared/api/connection-status';
import { WireClient } from '../../../src/shared/api/wire-client';
import type { WirePort } from '../../../src/shared/api/wire-port';

/** A port that records what the client sends and lets the test answer or close it. */
class FakePort implements WirePort {
  readonly posted: unknown[] = [];
  closed = false;
  private listener: (frame: unknown) => void = () => undefined;
  private closeListener: () => void = () => undefined;
  post(frame: unknown): void {
    this.posted.push(frame);
  }
  listen(listener: (frame: unknown) => void): void {
    this.listener = listener;
  }
  onClose(listener: () => void): void {
    this.closeListener = listener;
  }
  close(): void {
    this.closed = true;
  }
  receive(frame: unknown): void {
    this.listener(frame);
  }
  end(): void {
    this.closeListener();
  }
}

describe('the wire client', () => {
  it('holds calls until a port comes, then sends them and resolves each with its envelope', async () => {
    const client = new WireClient();
    const answer = client.invoke('show.list', {});
    const port = new FakePort();
    client.attach(port);
    expect(port.posted).toEqual([{ type: 'invoke', id: 1, method: 'show.list', input: {} }]);
    port.receive({ type: 'result', id: 1, envelope: { ok: true, value: [] } });
    await expect(answer).resolves.toEqual({ ok: true, value: [] });
  });

  it('rejects calls in flight when the port is lost, and holds new ones for the next port', async () => {
    const client = new WireClient();
    const first = new FakePort();
    client.attach(first);
    const lost = client.invoke('show.list', {});
    client.detach();
    await expect(lost).rejects.toBeInstanceOf(ConnectionLostError);
    expect(first.closed).toBe(true);
    const held = client.invoke('app.info', {});
    const second = new FakePort();
    client.attach(second);
    expect(second.posted).toEqual([{ type: 'invoke', id: 2, method: 'app.info', input: {} }]);
    second.receive({ type: 'result', id: 2, envelope: { ok: true, value: 'info' } });
    await expect(held).resolves.toEqual({ ok: true, value: 'info' });
  });

  it('goes connecting, open, reconnecting, open, so a page knows to resync', () => {
    const client = new WireClient();
    const statuses: string[] = [client.status];
    client.onStatus((status) => statuses.push(status));
    const first = new FakePort();
    client.attach(first);
    first.end();
    client.attach(new FakePort());
    expect(statuses).toEqual(['connecting', 'open', 'reconnecting', 'open']);
  });

  it('passes events to their subscribers and ignores what is not a frame of the wire', () => {
    const client = new WireClient();
    const port = new FakePort();
    client.attach(port);
    const seen: unknown[] = [];
    client.subscribe('shows.changed', (payload) => seen.push(payload));
    port.receive({ type: 'event', event: 'shows.changed', payload: {} });
    port.receive({ type: 'event', event: 'no.such.event', payload: {} });
    port.receive('not a frame');
    port.receive({ type: 'result', id: 99, envelope: {} });
    expect(seen).toEqual([{}]);
  });
});
