import { describe, expect, it } from 'vitest';
import {
  RehearsalTargetError,
  RunTargets,
} from '../../../src/main/core/rehearsal/link/target-guard';

describe('RunTargets', () => {
  const targets = new RunTargets();
  targets.allowRehearsal(40_123);

  it("lets a rehearsal reach only this process's rehearsal port on 127.0.0.1", () => {
    expect(() =>
      targets.check({ kind: 'rehearsal', serverUrl: 'http://127.0.0.1:40123' }),
    ).not.toThrow();
    for (const serverUrl of [
      'http://127.0.0.1:40124',
      'http://localhost:40123',
      'http://127.0.0.2:40123',
      'https://127.0.0.1:40123',
      'http://[::1]:40123',
      'http://sale.example.com:40123',
      'http://127.0.0.1',
      'not a url',
    ]) {
      const attempt = () => targets.check({ kind: 'rehearsal', serverUrl });
      expect(attempt, serverUrl).toThrow(RehearsalTargetError);
      try {
        attempt();
      } catch (error) {
        expect((error as RehearsalTargetError).name).toBe('RehearsalTargetError');
        expect((error as RehearsalTargetError).code).toBe('forbidden');
      }
    }
  });

  it('keeps live runs off the rehearsal port, and lets them go anywhere else', () => {
    expect(() => targets.check({ kind: 'live', serverUrl: 'http://127.0.0.1:40123' })).toThrow(
      /rehearsal server/,
    );
    expect(() =>
      targets.check({ kind: 'live', serverUrl: 'https://sale.example.com' }),
    ).not.toThrow();
  });

  it('refuses the port again once the rehearsal is gone', () => {
    const local = new RunTargets();
    local.allowRehearsal(50_000);
    local.revokeRehearsal(50_000);
    expect(() => local.check({ kind: 'rehearsal', serverUrl: 'http://127.0.0.1:50000' })).toThrow(
      RehearsalTargetError,
    );
  });
});
