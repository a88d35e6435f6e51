import { describe, expect, it } from 'vitest';
import storage from './index';
import { viewOf } from '../view-of';

describe('weight storage', () => {
  // The source article's example: GPT-4o's estimated 200B parameters × 8 bytes (fp64) = 1600 GB,
  // 1.6e12 / 2^30 = 1490.1 GiB, and 1.6e12 / 80e9 = 20 accelerators of 80 GB.
  it('200B at fp64 is 1600 GB, in both languages', () => {
    expect(viewOf(storage, { params: '200B', precision: 'fp64' }, 'en').outputs).toEqual({
      weights: '1600 GB = 1.6 TB = 1490.1 GiB',
      accelerators: '20',
      working: '200,000,000,000 × 8 bytes = 1,600,000,000,000 bytes = 1600 GB = 1.6 TB = 1490.1 GiB',
    });
    expect(viewOf(storage, { params: '2000亿', precision: 'fp64' }, 'zh').outputs.working).toBe(
      '200,000,000,000 × 8 字节 = 1,600,000,000,000 字节 = 1600 GB = 1.6 TB = 1490.1 GiB',
    );
  });
  // 4.5 bits per weight = 0.5625 bytes: 70e9 × 0.5625 = 39,375,000,000 bytes; the typed bytes win over the format.
  it('custom bytes per parameter override the format', () => {
    expect(viewOf(storage, { params: '70B', precision: 'bf16', bytes: '0.5625' }, 'en').outputs).toEqual({
      weights: '39.4 GB = 36.7 GiB',
      accelerators: '1',
      working: '70,000,000,000 × 0.5625 bytes = 39,375,000,000 bytes = 39.4 GB = 36.7 GiB',
    });
  });
});
