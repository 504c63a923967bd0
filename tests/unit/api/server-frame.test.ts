import { describe, expect, it } from 'vitest';
import { readServerFrame } from '../../../src/shared/api/server-frame';

describe("the page's read of the core's frames", () => {
  it('takes a result with an integer id and an event with a name, whatever they carry', () => {
    const result = { type: 'result', id: 7, envelope: { ok: true, value: [] } };
    const malformedAnswer = { type: 'result', id: -1, envelope: { ok: false } };
    const event = { type: 'event', event: 'shows.changed', payload: {} };
    expect(readServerFrame(result)).toBe(result);
    expect(readServerFrame(malformedAnswer)).toBe(malformedAnswer);
    expect(readServerFrame(event)).toBe(event);
  });

  it('ignores what is not a frame of the wire', () => {
    for (const value of [
      null,
      'text',
      7,
      [],
      {},
      { type: 'invoke', id: 1, method: 'show.list' },
      { type: 'result' },
      { type: 'result', id: 1.5, envelope: {} },
      { type: 'result', id: '1', envelope: {} },
      { type: 'event', payload: {} },
      { type: 'event', event: 3, payload: {} },
    ]) {
      expect(readServerFrame(value)).toBeNull();
    }
  });
});
