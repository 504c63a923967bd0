import { describe, expect, it } from 'vitest';
import { showStateBadge } from '../../../src/renderer/src/live-run/logic/show-state-badge';

describe('showStateBadge', () => {
  it('marks only a live run on air in red', () => {
    expect(showStateBadge('live', 'live')).toMatchObject({ text: 'live', color: 'red.9' });
    for (const state of ['planned', 'ended'] as const) {
      for (const kind of ['live', 'rehearsal'] as const) {
        expect(showStateBadge(state, kind).color).not.toMatch(/^red/);
      }
    }
  });

  it('says a rehearsal is on air in amber with black text', () => {
    expect(showStateBadge('live', 'rehearsal')).toEqual({
      text: 'rehearsal',
      color: 'yellow.5',
      textColor: 'black',
    });
  });

  it('names a show not started and an ended one the same for both kinds of run', () => {
    expect(showStateBadge('planned', 'rehearsal').text).toBe('planned');
    expect(showStateBadge('ended', 'live').text).toBe('ended');
  });
});
