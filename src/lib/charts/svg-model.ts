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
