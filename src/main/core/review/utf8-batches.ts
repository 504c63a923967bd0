/** Bytes per batch: a few hundred chunks of CSV rows a message or a write, not one each. */
export const BATCH_BYTES = 1 << 20;

/** Most UTF-8 bytes one UTF-16 code unit takes. */
const MAX_BYTES_PER_UNIT = 3;

/**
 * Text gathered as UTF-8 into buffers of their own of `size` bytes, each handed to `take` once
 * the next text would not fit (or at `end`) with the count of what it holds. A thread hands on a
 * buffer per megabyte instead of a message or a write per chunk (a thousand at 500,000 orders),
 * and the text is encoded once, straight into the buffer.
 */
export class Utf8Batches {
  private buffer: Buffer<ArrayBuffer>;
  private used = 0;
  private count = 0;

  constructor(
    private readonly take: (bytes: Buffer<ArrayBuffer>, count: number) => void,
    private readonly size = BATCH_BYTES,
  ) {
    this.buffer = Buffer.allocUnsafeSlow(size);
  }

  add(text: string, count: number): void {
    const room = this.size - this.used;
    if (text.length * MAX_BYTES_PER_UNIT > room) {
      const length = Buffer.byteLength(text);
      if (length > room) this.end();
      if (length > this.size) {
        const bytes = Buffer.allocUnsafeSlow(length);
        bytes.write(text);
        this.take(bytes, count);
        return;
      }
    }
    this.used += this.buffer.write(text, this.used);
    this.count += count;
  }

  /** Hands on what is gathered, if anything. */
  end(): void {
    if (this.used === 0 && this.count === 0) return;
    this.take(this.buffer.subarray(0, this.used), this.count);
    this.buffer = Buffer.allocUnsafeSlow(this.size);
    this.used = 0;
    this.count = 0;
  }
}
