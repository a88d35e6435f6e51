import { describe, expect, it } from 'vitest';
import { TIMELINE, TIMELINE_YEARS } from '../../data/timeline';
import { formatCount } from '@llm-scale/core/text/format';
import { LANGS } from '@llm-scale/core/text/lang';
import { inside, overlaps, textWidth } from './labels';
import { diamondPath, layoutTimeline, type TimelineDatum } from './timeline';

const data = (lang: 'en' | 'zh'): TimelineDatum[] =>
  TIMELINE.map((p) => ({ ...p, label: p.status === 'estimate' ? `${p.name} ~${formatCount(p.params, lang)}` : p.name }));
// The two drawings ModelTimeline.astro makes.
const SIZES = [
  { width: 340, height: 330, fontSize: 11 },
  { width: 700, height: 400, fontSize: 12 },
];

describe.each(LANGS)('the timeline as drawn (%s)', (lang) => {
  describe.each(SIZES)('at $width units wide', (size) => {
    const chart = layoutTimeline(data(lang), { ...size, firstYear: TIMELINE_YEARS.first, lastYear: TIMELINE_YEARS.last, formatCount: (n) => formatCount(n, lang) });

    it('draws every point inside the plot, later to the right and bigger higher up', () => {
      expect(chart.points).toHaveLength(TIMELINE.length);
      for (const p of chart.points) expect(inside({ x: p.x - p.r, y: p.y - p.r, w: 2 * p.r, h: 2 * p.r }, chart.plot)).toBe(true);
      const at = (id: string) => chart.points.find((p) => p.id === id)!;
      expect(at('gpt-3').x).toBeLessThan(at('gpt-4').x);
      expect(at('gpt-4o').y).toBeLessThan(at('gpt-4o-mini').y);
      expect(at('gpt-4o').y).toBeLessThan(at('claude-3-5-sonnet').y);
      expect(at('switch-c').y).toBeLessThan(at('kimi-k2').y);
    });

    it('labels the three marked estimates, with their figures', () => {
      const marked = chart.labels.filter((l) => ['gpt-4o', 'gpt-4o-mini', 'claude-3-5-sonnet'].includes(l.id));
      expect(marked).toHaveLength(3);
      expect(marked.find((l) => l.id === 'gpt-4o')!.text).toBe(`GPT-4o ~${formatCount(200e9, lang)}`);
    });

    it('lets no label overlap another, leave the plot, or cover another point', () => {
      for (const a of chart.labels) {
        expect(inside(a.box, chart.plot)).toBe(true);
        for (const b of chart.labels) if (a !== b) expect(overlaps(a.box, b.box), `${a.id} / ${b.id}`).toBe(false);
        for (const p of chart.points) {
          if (p.id !== a.id) expect(overlaps(a.box, { x: p.x - p.r, y: p.y - p.r, w: 2 * p.r, h: 2 * p.r }), `${a.id} covers ${p.id}`).toBe(false);
        }
      }
    });

    it('puts year labels far enough apart not to touch, and a tick at each power of ten', () => {
      const w = textWidth('2026', size.fontSize);
      const xs = chart.yearLabels.map((l) => l.x);
      for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeGreaterThan(w);
      expect(chart.yearLabels[0]!.text).toBe('2019');
      expect(chart.countTicks.map((t) => t.text)).toEqual([1e9, 1e10, 1e11, 1e12].map((n) => formatCount(n, lang)));
      expect(chart.yearLines).toHaveLength(TIMELINE_YEARS.last - TIMELINE_YEARS.first + 2);
    });
  });
});

describe('layoutTimeline', () => {
  const base = { width: 300, height: 200, fontSize: 10, firstYear: 2020, lastYear: 2021, formatCount: String };
  it('refuses a point outside the axis years', () => {
    expect(() => layoutTimeline([{ id: 'a', label: 'a', date: '2019-12', params: 1e9, status: 'published' }], base)).toThrow(RangeError);
  });
  it('labels only the marked points when asked', () => {
    const chart = layoutTimeline(
      [
        { id: 'a', label: 'a', date: '2020-01', params: 1e9, status: 'published' },
        { id: 'b', label: 'b', date: '2021-01', params: 1e11, status: 'estimate', marked: true },
      ],
      { ...base, markedLabelsOnly: true },
    );
    expect(chart.labels.map((l) => l.id)).toEqual(['b']);
  });
  it('does not label a dot hidden under an estimate, whose label would seem to name the estimate', () => {
    const chart = layoutTimeline(
      [
        { id: 'dot', label: 'BLOOM', date: '2020-11', params: 176e9, status: 'published' },
        { id: 'est', label: 'ChatGPT', date: '2020-11', params: 175e9, status: 'estimate' },
      ],
      base,
    );
    expect(chart.labels.map((l) => l.id)).toEqual(['est']);
  });
  it('draws a diamond as a closed path around its centre', () => {
    expect(diamondPath(10, 20, 4)).toBe('M10 16l4 4-4 4-4-4z');
  });
});
