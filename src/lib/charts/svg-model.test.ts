import { describe, expect, it } from 'vitest';
import { plainText, svgMarkup, type SvgModel } from './svg-model';

const model: SvgModel = {
  width: 100,
  height: 40,
  rects: [{ x: 0, y: 0, w: 50, h: 10, cls: 'a', rx: 4 }],
  paths: [{ d: 'M0 0L10 10', cls: 'b' }],
  texts: [
    { x: 1, y: 20, text: 'GPU <1> & "2"', cls: 'title' },
    { x: 99, y: 30, text: [{ text: 'd × n' }, { text: 'kv', sub: true }, { text: 'd' }, { text: 'h', sub: true }, { text: ' = 1' }], anchor: 'end' },
  ],
};

describe('svgMarkup', () => {
  const svg = svgMarkup(model, { name: 'A "picture"', fontSize: 12, cls: 'x' });

  it('writes a named image with its view box and font size', () => {
    expect(svg.startsWith('<svg class="chart-svg x" viewBox="0 0 100 40" font-size="12" role="img" aria-label="A &quot;picture&quot;">')).toBe(true);
    expect(svg.endsWith('</svg>')).toBe(true);
    expect(svg).toContain('<rect x="0" y="0" width="50" height="10" rx="4" class="a"></rect>');
    expect(svg).toContain('<path d="M0 0L10 10" class="b"></path>');
  });

  it('escapes text, so a label can never become markup', () => {
    expect(svg).toContain('>GPU &lt;1&gt; &amp; &quot;2&quot;</text>');
    expect(svg).not.toContain('<1>');
  });

  it('drops a subscript and climbs back after it, once per change', () => {
    expect(svg).toContain('<tspan>d × n</tspan><tspan dy="3.6" class="sub">kv</tspan><tspan dy="-3.6">d</tspan><tspan dy="3.6" class="sub">h</tspan><tspan dy="-3.6"> = 1</tspan>');
    expect(svg).toContain('text-anchor="end"');
    expect(plainText(model.texts[1]!.text)).toBe('d × nkvdh = 1');
  });

  it('writes no style attribute (the Content-Security-Policy allows none)', () => {
    expect(svg).not.toMatch(/style=/);
  });
});
