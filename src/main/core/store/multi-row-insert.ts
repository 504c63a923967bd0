import type { Statement } from 'better-sqlite3';
import type { Db } from './database';

/**
 * Rows per statement, largest first: rows are written in statements of these sizes, which costs
 * SQLite and better-sqlite3 about 40% less per row than one statement per row.
 */
const SIZES = [64, 16, 4, 1] as const;

type Value = string | number | null;

/**
 * Writes row `index`'s values into `into` from position `at` on (as many as the row has
 * placeholders) and returns the position after them.
 */
export type WriteRow = (index: number, into: Value[], at: number) => number;

/** A statement of one size and the array its values are bound from, reused by every run. */
interface Sized {
  statement: Statement<Value[]>;
  values: Value[];
}

/**
 * One INSERT of many rows: `head` up to VALUES, the placeholders of one row, and an optional
 * tail (an upsert's ON CONFLICT clause). Statements are prepared once per size, each with one
 * array of its values that every run fills in place and binds as it is (no array a statement).
 */
export class MultiRowInsert {
  private readonly sized = new Map<number, Sized>();
  /** Placeholders of one row. */
  private readonly width: number;

  constructor(
    private readonly db: Db,
    private readonly head: string,
    private readonly row: string,
    private readonly tail = '',
  ) {
    this.width = row.split('?').length - 1;
  }

  /**
   * Inserts `count` rows, `writeRow` writing row i's values; `inserted` follows each statement
   * with the position of its first row (the rows of one INSERT get consecutive positions, the
   * last one reported).
   */
  run(
    count: number,
    writeRow: WriteRow,
    inserted?: (firstRowid: number, from: number, size: number) => void,
  ): void {
    let next = 0;
    for (const size of SIZES) {
      for (; count - next >= size; next += size) {
        const { statement, values } = this.statementOf(size);
        let at = 0;
        for (let i = next; i < next + size; i++) at = writeRow(i, values, at);
        if (at !== values.length) {
          throw new Error(`rows of ${at / size} values for ${this.width} placeholders`);
        }
        const { lastInsertRowid } = statement.run(...values);
        inserted?.(Number(lastInsertRowid) - size + 1, next, size);
      }
    }
  }

  private statementOf(size: number): Sized {
    let sized = this.sized.get(size);
    if (sized === undefined) {
      const rows = Array.from({ length: size }, () => this.row).join(', ');
      sized = {
        statement: this.db.prepare(`${this.head} VALUES ${rows} ${this.tail}`),
        values: new Array<Value>(size * this.width).fill(null),
      };
      this.sized.set(size, sized);
    }
    return sized;
  }
}
