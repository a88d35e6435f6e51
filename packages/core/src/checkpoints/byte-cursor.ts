import { type CheckpointErrorCode, ParseFailure } from './errors';
import type { RangeReader } from './range-reader';

/** How much a cursor reads at a time: the first read, then doubling up to the largest. Bytes. */
export interface ChunkSizes {
  first: number;
  max: number;
}

/** 1 MiB first (enough for most whole headers), growing to 16 MiB for tokenizer-heavy ones. */
export const DEFAULT_CHUNK_SIZES: ChunkSizes = { first: 1 << 20, max: 16 << 20 };

export interface CursorLimits {
  /** The cursor never reads or skips past this file offset (bytes): a cap on how much header we walk. */
  limit: number;
  /** Error when a read runs past the end of the file. */
  truncated: CheckpointErrorCode;
  /** Error when a read runs past `limit` but not past the file. */
  tooLarge: CheckpointErrorCode;
  chunks?: ChunkSizes;
}

/**
 * Reads a file front to back through a RangeReader, holding only a window of it: memory stays at one
 * chunk (plus the one value being read) however large the header, and skipping a value costs no read.
 *
 * Reads are synchronous on the window; call `has(n)` / `await fill(n)` (or `await ensure(n)`) first.
 * Checking `has` before awaiting keeps hot loops (a 256k-token vocabulary) free of promise churn.
 */
export class ByteCursor {
  /** File offset of the next byte to read. */
  pos = 0;
  littleEndian = true;
  private window = new Uint8Array(0);
  private view = new DataView(this.window.buffer);
  private windowStart = 0;
  private nextChunk: number;
  private readonly maxChunk: number;

  constructor(
    private readonly reader: RangeReader,
    private readonly limits: CursorLimits,
  ) {
    const chunks = limits.chunks ?? DEFAULT_CHUNK_SIZES;
    this.nextChunk = Math.max(1, chunks.first);
    this.maxChunk = Math.max(this.nextChunk, chunks.max);
  }

  /** Bytes of the file. */
  get size(): number {
    return this.reader.size;
  }

  /** Bytes left after pos. */
  get remaining(): number {
    return this.reader.size - this.pos;
  }

  /** The file offset the cursor will not pass (CursorLimits.limit). */
  get limit(): number {
    return this.limits.limit;
  }

  /** Whether the next n bytes are already in the window. */
  has(n: number): boolean {
    return this.pos >= this.windowStart && this.pos + n <= this.windowStart + this.window.length;
  }

  /** Makes the next n bytes readable. Throws ParseFailure(truncated / tooLarge / 'read-failed'). */
  async ensure(n: number): Promise<void> {
    if (!this.has(n)) await this.fill(n);
  }

  async fill(n: number): Promise<void> {
    const end = this.checkedEnd(n);
    const windowEnd = this.windowStart + this.window.length;
    const kept = this.pos >= this.windowStart && this.pos < windowEnd ? this.window.subarray(this.pos - this.windowStart) : new Uint8Array(0);
    const readStart = this.pos + kept.length;
    const readEnd = Math.min(this.reader.size, this.limits.limit, Math.max(end, this.pos + this.nextChunk));
    const fresh = await this.read(readStart, readEnd);
    const next = new Uint8Array(kept.length + fresh.length);
    next.set(kept, 0);
    next.set(fresh, kept.length);
    this.window = next;
    this.view = new DataView(next.buffer, next.byteOffset, next.byteLength);
    this.windowStart = this.pos;
    this.nextChunk = Math.min(this.nextChunk * 2, this.maxChunk);
  }

  /** Moves past n bytes without reading them. */
  skip(n: number): void {
    this.pos = this.checkedEnd(n);
  }

  u8(): number {
    return this.view.getUint8(this.advance(1));
  }

  u16(): number {
    return this.view.getUint16(this.advance(2), this.littleEndian);
  }

  u32(): number {
    return this.view.getUint32(this.advance(4), this.littleEndian);
  }

  i32(): number {
    return this.view.getInt32(this.advance(4), this.littleEndian);
  }

  u64(): bigint {
    return this.view.getBigUint64(this.advance(8), this.littleEndian);
  }

  i64(): bigint {
    return this.view.getBigInt64(this.advance(8), this.littleEndian);
  }

  /** The next n bytes, as a view into the window (copy it to keep it past the next fill). */
  bytes(n: number): Uint8Array {
    const at = this.advance(n);
    return this.window.subarray(at, at + n);
  }

  private advance(n: number): number {
    if (!this.has(n)) throw new Error(`ByteCursor: ${n} bytes at ${this.pos} read before fill`);
    const at = this.pos - this.windowStart;
    this.pos += n;
    return at;
  }

  private checkedEnd(n: number): number {
    const end = this.pos + n;
    if (end > this.reader.size) throw new ParseFailure(this.limits.truncated);
    if (end > this.limits.limit) throw new ParseFailure(this.limits.tooLarge);
    return end;
  }

  private async read(start: number, end: number): Promise<Uint8Array> {
    if (end <= start) return new Uint8Array(0);
    let bytes: Uint8Array;
    try {
      bytes = await this.reader.readRange(start, end);
    } catch {
      throw new ParseFailure('read-failed');
    }
    // A File that shrank after it was picked reads short: the header is cut short as far as we know.
    if (bytes.length !== end - start) throw new ParseFailure(this.limits.truncated);
    return bytes;
  }
}
