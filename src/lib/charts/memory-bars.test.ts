import { describe, expect, it } from 'vitest';
import { chartStrings } from '../../i18n/charts';
import { VLLM_GPU_MEMORY_UTILIZATION } from '@llm-scale/core/memory/fits';
import { formatBytes } from '@llm-scale/core/text/format';
import { hatchPath, layoutMemoryBars, memoryBarsMarkup, type MemoryBarsInput } from './memory-bars';
import { plainText } from './svg-model';

const words = chartStrings.en.memory;
const gb = (n: number) => formatBytes(n, 'en').decimal;
const H100 = { capacityBytes: 80e9, usableShare: VLLM_GPU_MEMORY_UTILIZATION };
const layout = (input: MemoryBarsInput) => layoutMemoryBars(input, words, gb);
const rectsOf = (chart: ReturnType<typeof layout>, cls: string) => chart.rects.filter((r) => r.cls === cls);

describe('layoutMemoryBars', () => {
  it('stacks weights, KV cache and free memory up to the usable limit, then the headroom to capacity', () => {
    // Llama 3.1 8B in bf16 (16.06 GB) with 20 GB of KV cache on one 80 GB device.
    const chart = layout({ ...H100, bars: [{ label: 'GPU 1', weights: 16.06e9, kvCache: 20e9 }] });
    const [s] = chart.summaries;
    expect(s).toMatchObject({ fits: true, used: 36.06e9, usable: 73.6e9 });
    expect(s!.bytes.free).toBeCloseTo(37.54e9, 0);
    expect(s!.bytes.headroom).toBeCloseTo(6.4e9, 0);
    expect(s!.bytes.over).toBe(0);
    const [w] = rectsOf(chart, 'mem-weights');
    const [kv] = rectsOf(chart, 'mem-kvCache');
    const [free] = rectsOf(chart, 'mem-free');
    const [headroom] = rectsOf(chart, 'mem-headroom');
    // Proportional on an 80 GB axis 338 units wide, each segment where the previous one ends.
    expect(w!.w).toBeCloseTo((16.06 / 80) * 338, 0);
    expect(kv!.x).toBeCloseTo(w!.x + w!.w, 0);
    expect(free!.x + free!.w).toBeCloseTo(chart.usableX, 0);
    expect(headroom!.x).toBe(chart.usableX);
    expect(headroom!.x + headroom!.w).toBeCloseTo(chart.capacityX, 0);
    expect(chart.capacityX).toBe(339);
    expect(rectsOf(chart, 'mem-over')).toEqual([]);
    expect(chart.paths.filter((p) => p.cls === 'mem-hatch')).toEqual([]);
    expect(plainText(chart.texts.at(-1)!.text)).toBe('36.1 GB of 73.6 GB usable: fits');
  });

  it('draws what is past the usable limit hatched, past the capacity line, and says by how much', () => {
    // Llama 3.1 70B in bf16 (141.1 GB) on one 80 GB device: far over.
    const chart = layout({ ...H100, bars: [{ label: 'GPU 1', weights: 141.1e9, kvCache: 5e9 }] });
    const [s] = chart.summaries;
    expect(s!.fits).toBe(false);
    expect(s!.bytes.over).toBeCloseTo(146.1e9 - 73.6e9, 0);
    const [over] = rectsOf(chart, 'mem-over');
    expect(over!.x).toBe(chart.usableX);
    expect(over!.x + over!.w).toBeGreaterThan(chart.capacityX);
    expect(chart.paths.some((p) => p.cls === 'mem-hatch' && p.d.length > 0)).toBe(true);
    // The parts stop at the usable limit: the over part is drawn only once.
    for (const r of [...rectsOf(chart, 'mem-weights'), ...rectsOf(chart, 'mem-kvCache')]) expect(r.x + r.w).toBeLessThanOrEqual(chart.usableX + 0.1);
    const sentence = chart.texts.find((t) => t.cls === 'mem-over-text');
    expect(plainText(sentence!.text)).toBe('Over by 72.5 GB: does not fit in 73.6 GB');
  });

  it('counts the engine’s headroom as not usable: 75 GB on an 80 GB device does not fit at 92 %', () => {
    const chart = layout({ ...H100, bars: [{ label: 'GPU 1', weights: 70e9, kvCache: 5e9 }] });
    expect(chart.summaries[0]).toMatchObject({ fits: false });
    expect(chart.summaries[0]!.bytes.over).toBeCloseTo(1.4e9, 0);
    // Inside the capacity, so the axis ends at the capacity.
    expect(chart.capacityX).toBe(339);
  });

  it('draws one bar per device, recurrent state included, and keeps every bar inside the drawing', () => {
    const bars = [1, 2, 3, 4].map((i) => ({ label: `GPU ${i}`, weights: 20e9, kvCache: 15e9 * i, state: 2e9 }));
    const chart = layout({ ...H100, bars });
    // The fourth device's state lies wholly past the usable limit: it is part of the hatched over part.
    expect(rectsOf(chart, 'mem-state')).toHaveLength(3);
    expect(rectsOf(chart, 'mem-over')).toHaveLength(1);
    expect(chart.summaries.map((s) => s.fits)).toEqual([true, true, true, false]);
    for (const r of chart.rects) {
      expect(r.x).toBeGreaterThanOrEqual(0);
      expect(r.x + r.w).toBeLessThanOrEqual(chart.width);
      expect(r.y + r.h).toBeLessThanOrEqual(chart.height);
    }
  });

  it('refuses input it cannot draw', () => {
    const bar = { label: 'GPU 1', weights: 1e9, kvCache: 1e9 };
    expect(() => layout({ ...H100, bars: [] })).toThrow(RangeError);
    expect(() => layout({ ...H100, capacityBytes: 0, bars: [bar] })).toThrow(RangeError);
    expect(() => layout({ ...H100, usableShare: 1.2, bars: [bar] })).toThrow(RangeError);
    expect(() => layout({ ...H100, usableShare: 0, bars: [bar] })).toThrow(RangeError);
    expect(() => layout({ ...H100, bars: [{ ...bar, kvCache: -1 }] })).toThrow(RangeError);
    expect(() => layout({ ...H100, bars: [{ ...bar, weights: Number.NaN }] })).toThrow(RangeError);
  });
});

describe('hatchPath', () => {
  it('keeps every line inside its rectangle', () => {
    const d = hatchPath(100, 20, 37, 22);
    const points = [...d.matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
    expect(points.length).toBeGreaterThan(4);
    for (const [x, y] of points) {
      expect(x).toBeGreaterThanOrEqual(100 - 0.05);
      expect(x).toBeLessThanOrEqual(137 + 0.05);
      expect(y).toBeGreaterThanOrEqual(20 - 0.05);
      expect(y).toBeLessThanOrEqual(42 + 0.05);
    }
  });
  it('draws nothing in an empty rectangle', () => {
    expect(hatchPath(0, 0, 0, 22)).toBe('');
  });
});

describe('memoryBarsMarkup', () => {
  it('escapes every word it writes, so the markup holds only the elements it draws', () => {
    const chart = layout({ ...H100, bars: [{ label: '<img src=x> & "GPU"', weights: 90e9, kvCache: 1e9 }] });
    const { figure, table } = memoryBarsMarkup(chart, words, gb, 'x');
    for (const markup of [figure, table]) {
      expect(markup).not.toContain('<img');
      expect(markup).toContain('&lt;img src=x&gt; &amp; &quot;GPU&quot;');
      expect(markup).not.toMatch(/ style=| on[a-z]+=/);
    }
    // Over the limit: the legend and the table name the hatched part; no free memory is left to list.
    expect(figure).toContain('Past the usable limit (hatched)');
    expect(table).toContain('Over the usable limit');
    expect(figure).not.toContain('mem-free');
  });
});
