/*
 * A drawing as plain data, for charts whose layout is computed in src/lib/charts and whose markup
 * is written by src/components/charts/SvgModel.astro. Coordinates are SVG user units.
 */

/** A run of text; `sub` sets it as a subscript (n with h below: [{ text: 'n' }, { text: 'h', sub: true }]). */
export interface TextRun {
  text: string;
  sub?: boolean;
  /** Drawn in the code face (a module name such as q_proj). */
  code?: boolean;
}

export interface SvgText {
  x: number;
  y: number;
  /** Plain text, or runs with subscripts. */
  text: string | readonly TextRun[];
  anchor?: 'start' | 'middle' | 'end';
  /** A class of src/styles/charts.css: 'title', 'code', 'muted', 'count'. */
  cls?: string;
}

export interface SvgRect {
  x: number;
  y: number;
  w: number;
  h: number;
  cls: string;
  /** Corner radius; square when absent. */
  rx?: number;
}

export interface SvgPath {
  d: string;
  cls: string;
}

export interface SvgModel {
  width: number;
  height: number;
  /** Drawn in this order: rectangles, paths, then text on top. */
  rects: SvgRect[];
  paths: SvgPath[];
  texts: SvgText[];
}

/** The text of a label as a screen reader or a test reads it: runs joined, subscripts inline. */
export function plainText(text: string | readonly TextRun[]): string {
  return typeof text === 'string' ? text : text.map((r) => r.text).join('');
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
/** Text made safe inside markup and attribute values: & < > " escaped. */
export const escapeMarkup = (s: string): string => s.replace(/[&<>"]/g, (c) => ESCAPES[c]!);
const escape = escapeMarkup;

/**
 * An SvgModel as SVG markup: the same string at build time (SvgModel.astro) and in the browser, where
 * a calculator can redraw a picture from new numbers. `name` is the accessible name (role="img"),
 * `fontSize` the text size in user units, `cls` the svg's classes. Text is escaped; no style
 * attribute is written (the Content-Security-Policy allows none). A subscript run drops by 0.3 of
 * the font size and the run after it climbs back.
 */
export function svgMarkup(model: SvgModel, { name, fontSize, cls }: { name: string; fontSize: number; cls: string }): string {
  const shift = Math.round(fontSize * 0.3 * 10) / 10;
  const attr = (key: string, value: string | number | undefined) => (value === undefined ? '' : ` ${key}="${escape(String(value))}"`);
  const runs = (text: SvgText['text']) => {
    if (typeof text === 'string') return escape(text);
    let low = false;
    return text
      .map((run) => {
        const dy = run.sub && !low ? shift : !run.sub && low ? -shift : undefined;
        low = run.sub === true;
        return `<tspan${attr('dy', dy)}${attr('class', run.sub ? 'sub' : run.code ? 'code' : undefined)}>${escape(run.text)}</tspan>`;
      })
      .join('');
  };
  return [
    `<svg${attr('class', `chart-svg ${cls}`)}${attr('viewBox', `0 0 ${model.width} ${model.height}`)}${attr('font-size', fontSize)} role="img"${attr('aria-label', name)}>`,
    ...model.rects.map((r) => `<rect${attr('x', r.x)}${attr('y', r.y)}${attr('width', r.w)}${attr('height', r.h)}${attr('rx', r.rx)}${attr('class', r.cls)}></rect>`),
    ...model.paths.map((p) => `<path${attr('d', p.d)}${attr('class', p.cls)}></path>`),
    ...model.texts.map(
      (t) => `<text${attr('x', t.x)}${attr('y', t.y)}${attr('text-anchor', t.anchor === 'start' ? undefined : t.anchor)}${attr('class', t.cls)}>${runs(t.text)}</text>`,
    ),
    '</svg>',
  ].join('');
}
