import { describe, expect, it } from 'vitest';
import { NewerDatabaseError } from '../../../src/main/core/store/errors';
import { MIGRATIONS, type Migration } from '../../../src/main/core/store/migrations';
import { checkMigrationList, latestVersion } from '../../../src/shared/migrations';

const noop = (version: number): Migration => ({
  version,
  name: `m${version}`,
  up: () => undefined,
});

describe('migration list', () => {
  it('the app list is numbered 1..n', () => {
    expect(() => checkMigrationList(MIGRATIONS)).not.toThrow();
    expect(latestVersion(MIGRATIONS)).toBe(MIGRATIONS.length);
  });

  it('rejects gaps, repeats, reordering and a start past 1', () => {
    for (const list of [[noop(1), noop(3)], [noop(1), noop(1)], [noop(2), noop(1)], [noop(2)]]) {
      expect(() => checkMigrationList(list)).toThrow(/out of order/);
    }
  });

  it('an empty list is version 0', () => {
    expect(latestVersion([])).toBe(0);
  });
});

describe('NewerDatabaseError', () => {
  it('says which file, both versions and what to do', () => {
    const error = new NewerDatabaseError('/data/showdesk.sqlite', 7, 2);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('NewerDatabaseError');
    expect(error.message).toContain('/data/showdesk.sqlite');
    expect(error.message).toContain('schema version 7');
    expect(error.message).toContain('versions up to 2');
    expect(error.message).toContain('open it with that newer Showdesk');
  });
});
