/**
 * A map of the newest entries by insertion: it keeps at least the newest `limit` and at most
 * twice as many, in two generations; when the newer one holds `limit`, the older one is dropped
 * whole. Dropping one oldest entry per insert instead (the map's first key, then delete) costs
 * time in proportion to the map's size on V8: its iterator first steps over every deleted slot
 * still at the front of the table.
 */
export class RecentMap<K, V> {
  private current = new Map<K, V>();
  private previous = new Map<K, V>();

  constructor(private readonly limit: number) {}

  get size(): number {
    return this.current.size + this.previous.size;
  }

  get(key: K): V | undefined {
    return this.current.get(key) ?? this.previous.get(key);
  }

  /** Adds an entry, or replaces one in its place. */
  set(key: K, value: V): void {
    if (this.previous.has(key)) {
      this.previous.set(key, value);
      return;
    }
    this.current.set(key, value);
    if (this.current.size >= this.limit) {
      this.previous = this.current;
      this.current = new Map();
    }
  }

  /** The newest `count` values (at most `limit`), oldest first. */
  newest(count: number): V[] {
    const newer = [...this.current.values()];
    if (newer.length >= count) return newer.slice(newer.length - count);
    const older = [...this.previous.values()];
    return [...older.slice(Math.max(0, older.length - (count - newer.length))), ...newer];
  }
}
