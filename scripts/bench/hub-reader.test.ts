import { describe, expect, it } from 'vitest';
import { MAX_PARALLEL } from '../../packages/core/src/hub/read-model.ts';
import { formatHubReader, measureHubReader } from './hub-reader.ts';

describe('the Hub reader on a 191-shard repository, over a local server', () => {
  it('stays within S + 2 requests and the headers plus 64 kB per file, at most 6 at once', async () => {
    const r = await measureHubReader();
    expect(r.shards).toBe(191);
    expect(r.parameters).toBe(405_853_388_800);
    expect(r.requests).toBeLessThanOrEqual(191 + 2);
    expect(r.requests).toBeLessThanOrEqual(r.requestLimit);
    expect(r.bytes).toBeLessThanOrEqual(r.byteLimit);
    expect(r.maxInFlight).toBeLessThanOrEqual(MAX_PARALLEL);
    expect(formatHubReader(r)).toMatch(/requests {3}193 \(limit 193: S \+ 2\) {2}ok/);
  });
});
