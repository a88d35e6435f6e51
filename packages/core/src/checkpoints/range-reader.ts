/**
 * The one way the checkpoint readers touch a file: byte ranges of it, on demand. The browser wraps
 * the File a reader picked (nothing is uploaded, and only the header's bytes are ever read); tests
 * wrap a Node buffer or a virtual file that is mostly absent.
 */
export interface RangeReader {
  /** Length of the file, in bytes. */
  readonly size: number;
  /**
   * Bytes [start, end) of the file, with 0 ≤ start ≤ end ≤ size. May reject (the file was moved or
   * became unreadable); the readers turn that into the 'read-failed' error.
   */
  readRange(start: number, end: number): Promise<Uint8Array>;
  /**
   * Bytes the readers should ask for in their first read, when reads are costly per byte (a file on
   * the Hub read over HTTP: 64 kB); undefined for the readers' own default (1 MiB, for local files).
   */
  readonly firstReadBytes?: number;
}

/** A File (or any Blob) as a RangeReader: File.slice(start, end).arrayBuffer() reads only that range. */
export function blobReader(blob: Blob): RangeReader {
  return {
    size: blob.size,
    async readRange(start, end) {
      return new Uint8Array(await blob.slice(start, end).arrayBuffer());
    },
  };
}

/** Bytes already in memory as a RangeReader (tests, or a file read some other way). */
export function bytesReader(bytes: Uint8Array): RangeReader {
  return {
    size: bytes.length,
    async readRange(start, end) {
      return bytes.subarray(start, end);
    },
  };
}
