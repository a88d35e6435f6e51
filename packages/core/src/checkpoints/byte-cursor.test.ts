import { describe, expect, test } from 'vitest';
import { ByteCursor } from './byte-cursor';
import { ParseFailure } from './errors';
import { recordingReader } from '../../fixtures/checkpoints/load';

const limits = { truncated: 'gguf-truncated', tooLarge: 'gguf-header-too-large' } as const;

function numbered(n: number): Uint8Array {
  return Uint8Array.from({ length: n }, (_, i) => i % 251);
}

describe('ByteCursor', () => {
  test('reads values across chunk boundaries, in chunks that double up to the maximum', async () => {
    const reader = recordingReader(numbered(1000));
    const c = new ByteCursor(reader, { ...limits, limit: 1000, chunks: { first: 3, max: 40 } });
    const seen: number[] = [];
    while (c.remaining > 0) {
      await c.ensure(1);
      seen.push(c.u8());
    }
    expect(seen).toEqual(Array.from(numbered(1000)));
    expect(reader.ranges.slice(0, 5).map(([s, e]) => e - s)).toEqual([3, 6, 12, 24, 40]);
    expect(Math.max(...reader.ranges.map(([s, e]) => e - s))).toBe(40);
    expect(reader.bytesRead).toBe(1000);
  });

  test('skipping costs no read', async () => {
    const reader = recordingReader(numbered(10_000));
    const c = new ByteCursor(reader, { ...limits, limit: 10_000, chunks: { first: 16, max: 16 } });
    c.skip(9000);
    await c.ensure(4);
    expect(c.bytes(4)).toEqual(numbered(10_000).subarray(9000, 9004));
    expect(reader.ranges).toEqual([[9000, 9016]]);
  });

  test('a value larger than a chunk is read whole', async () => {
    const c = new ByteCursor(recordingReader(numbered(100)), { ...limits, limit: 100, chunks: { first: 4, max: 8 } });
    await c.ensure(2);
    c.skip(1);
    await c.ensure(50);
    expect(c.bytes(50)).toEqual(numbered(100).subarray(1, 51));
  });

  test.each([
    ['a read past the end of the file', 100, 1000, 'gguf-truncated'],
    ['a read past the limit', 1000, 100, 'gguf-header-too-large'],
  ] as const)('%s', async (_label, size, limit, code) => {
    const c = new ByteCursor(recordingReader(numbered(size)), { ...limits, limit });
    c.skip(90);
    await expect(c.ensure(20)).rejects.toEqual(new ParseFailure(code));
    expect(() => c.skip(20)).toThrow(new ParseFailure(code));
  });

  test('a file that reads short (shrank since it was picked) is cut short', async () => {
    const c = new ByteCursor({ size: 100, readRange: async () => new Uint8Array(10) }, { ...limits, limit: 100 });
    await expect(c.ensure(20)).rejects.toEqual(new ParseFailure('gguf-truncated'));
  });

  test('reading before filling is a bug, not a file error', () => {
    const c = new ByteCursor(recordingReader(numbered(10)), { ...limits, limit: 10 });
    expect(() => c.u32()).toThrow(/before fill/);
  });

  test('little- and big-endian numbers', async () => {
    const bytes = new Uint8Array([1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    const c = new ByteCursor(recordingReader(bytes), { ...limits, limit: 12 });
    await c.ensure(12);
    expect(c.u64()).toBe(1n);
    c.littleEndian = false;
    expect(c.u32()).toBe(1);
  });
});
