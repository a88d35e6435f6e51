/*
 * Label placement for build-time SVG charts: a label goes beside its mark only where it overlaps
 * no other label, no other mark and nothing outside the plot; otherwise the chart leaves it out
 * and the table twin carries the name. Widths are estimated, since there is no font to measure
 * at build time: the estimate is generous, so a real label is narrower than its box.
 */

/** A rectangle in SVG user units: top-left corner, width and height. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Whether two boxes share any area (touching edges do not count). */
export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/** Whether `inner` lies wholly inside `outer`. */
export function inside(inner: Box, outer: Box): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.w <= outer.x + outer.w && inner.y + inner.h <= outer.y + outer.h;
}

// Han characters, CJK punctuation and full-width forms take a full em; Latin system-ui averages
// about 0.55 em, so 0.62 leaves room for capitals and a wider fallback font.
const WIDE = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/u;

/** The width a label of `text` may take at `fontSize`, in the same units (an upper estimate). */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const ch of text) ems += WIDE.test(ch) ? 1 : 0.62;
  return ems * fontSize;
}

export interface LabelRequest {
  /** Names the mark; a label never avoids its own mark. */
  id: string;
  text: string;
  /** The mark's centre and radius. */
  x: number;
  y: number;
  r: number;
  /** Placed even if it must cover other marks (never other labels or the bounds); else skipped. */
  required?: boolean;
}

export interface PlacedLabel {
  id: string;
  text: string;
  /** The text's anchor point and baseline, for <text x y text-anchor>. */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  box: Box;
  /** A line from the mark to a label set away from it (required labels only), else absent. */
  leader?: { x1: number; y1: number; x2: number; y2: number };
}

/** A mark other labels must not cover, named by the id of the label that may. */
export interface Obstacle extends Box {
  id: string;
}

const GAP = 3;

/** Whether a line segment passes through a box (sampled every few units: labels are not thinner). */
export function crosses(line: { x1: number; y1: number; x2: number; y2: number }, box: Box): boolean {
  const steps = Math.max(2, Math.ceil(Math.hypot(line.x2 - line.x1, line.y2 - line.y1) / 2));
  for (let i = 0; i <= steps; i++) {
    const x = line.x1 + ((line.x2 - line.x1) * i) / steps;
    const y = line.y1 + ((line.y2 - line.y1) * i) / steps;
    if (x > box.x && x < box.x + box.w && y > box.y && y < box.y + box.h) return true;
  }
  return false;
}

/**
 * The places a label may go, in order of preference: right, left, above and below its mark
 * (centred), then above and below reaching leftward or rightward from it (for a long label near an
 * edge of the plot).
 */
function candidates(req: LabelRequest, fontSize: number): PlacedLabel[] {
  const w = textWidth(req.text, fontSize);
  const h = fontSize * 1.2;
  const mid = req.y - h / 2;
  const baseline = (top: number) => top + fontSize * 0.95;
  const { id, text } = req;
  const right = req.x + req.r + GAP;
  const left = req.x - req.r - GAP;
  const above = req.y - req.r - GAP / 2 - h;
  const below = req.y + req.r + GAP / 2;
  return [
    { id, text, x: right, y: baseline(mid), anchor: 'start', box: { x: right, y: mid, w, h } },
    { id, text, x: left, y: baseline(mid), anchor: 'end', box: { x: left - w, y: mid, w, h } },
    { id, text, x: req.x, y: baseline(above), anchor: 'middle', box: { x: req.x - w / 2, y: above, w, h } },
    { id, text, x: req.x, y: baseline(below), anchor: 'middle', box: { x: req.x - w / 2, y: below, w, h } },
    { id, text, x: req.x + req.r, y: baseline(above), anchor: 'end', box: { x: req.x + req.r - w, y: above, w, h } },
    { id, text, x: req.x - req.r, y: baseline(above), anchor: 'start', box: { x: req.x - req.r, y: above, w, h } },
    { id, text, x: req.x + req.r, y: baseline(below), anchor: 'end', box: { x: req.x + req.r - w, y: below, w, h } },
    { id, text, x: req.x - req.r, y: baseline(below), anchor: 'start', box: { x: req.x - req.r, y: below, w, h } },
  ];
}

/**
 * For a required label with no room beside its mark: places set further out, up to four lines above
 * or below on either side, joined to the mark by a leader line.
 */
function leaderCandidates(req: LabelRequest, fontSize: number): PlacedLabel[] {
  const w = textWidth(req.text, fontSize);
  const h = fontSize * 1.2;
  const out: PlacedLabel[] = [];
  for (const step of [1, -1, 2, -2, 3, -3, 4, -4]) {
    const top = req.y - h / 2 + step * (h + 2);
    const y = top + fontSize * 0.95;
    const right = req.x + req.r + 4 * GAP;
    const left = req.x - req.r - 4 * GAP;
    const mid = top + h / 2;
    out.push(
      { id: req.id, text: req.text, x: right, y, anchor: 'start', box: { x: right, y: top, w, h }, leader: { x1: req.x, y1: req.y, x2: right - 1, y2: mid } },
      { id: req.id, text: req.text, x: left, y, anchor: 'end', box: { x: left - w, y: top, w, h }, leader: { x1: req.x, y1: req.y, x2: left + 1, y2: mid } },
    );
  }
  return out;
}

/**
 * Places labels greedily in the order given (put the ones that matter most first): each takes the
 * first place (see candidates) that lies inside `bounds` and overlaps no label or leader line
 * already placed and no obstacle but its own mark; a label with no place at all is left out. A
 * required label that finds no such place tries places further out with a leader line (leaderCandidates), still clear of marks; only then
 * the first place beside its mark that overlaps no label, covering marks if it must. Returns the
 * placed labels, in the order given.
 */
export function placeLabels(requests: readonly LabelRequest[], obstacles: readonly Obstacle[], bounds: Box, fontSize: number): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const free = (c: PlacedLabel, avoidMarks: boolean) =>
    inside(c.box, bounds) &&
    placed.every((p) => !overlaps(p.box, c.box) && !(p.leader && crosses(p.leader, c.box)) && !(c.leader && crosses(c.leader, p.box))) &&
    (!avoidMarks || obstacles.every((o) => o.id === c.id || !overlaps(o, c.box)));
  for (const req of requests) {
    const options = candidates(req, fontSize);
    const choice =
      options.find((c) => free(c, true)) ??
      (req.required ? (leaderCandidates(req, fontSize).find((c) => free(c, true)) ?? options.find((c) => free(c, false))) : undefined);
    if (choice) placed.push(choice);
  }
  return placed;
}
