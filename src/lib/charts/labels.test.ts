import { describe, expect, it } from 'vitest';
import { crosses, inside, overlaps, placeLabels, textWidth, type Box } from './labels';

const bounds: Box = { x: 0, y: 0, w: 200, h: 100 };

describe('overlaps and inside', () => {
  it('counts shared area, not touching edges', () => {
    expect(overlaps({ x: 0, y: 0, w: 10, h: 10 }, { x: 5, y: 5, w: 10, h: 10 })).toBe(true);
    expect(overlaps({ x: 0, y: 0, w: 10, h: 10 }, { x: 10, y: 0, w: 10, h: 10 })).toBe(false);
    expect(inside({ x: 1, y: 1, w: 5, h: 5 }, bounds)).toBe(true);
    expect(inside({ x: 196, y: 1, w: 5, h: 5 }, bounds)).toBe(false);
  });
});

describe('textWidth', () => {
  it('gives Han characters a full em and Latin less', () => {
    expect(textWidth('注意力', 10)).toBe(30);
    expect(textWidth('GPT-4o', 10)).toBeCloseTo(37.2, 9);
  });
});

describe('placeLabels', () => {
  it('puts a label right of its mark when there is room, else left, above, below', () => {
    const [right] = placeLabels([{ id: 'a', text: 'abc', x: 50, y: 50, r: 3 }], [], bounds, 10);
    expect(right).toMatchObject({ anchor: 'start', x: 56 });
    const [left] = placeLabels([{ id: 'a', text: 'abc', x: 190, y: 50, r: 3 }], [], bounds, 10);
    expect(left).toMatchObject({ anchor: 'end', x: 184 });
  });

  it('never lets two labels overlap: the later one moves, or is left out', () => {
    const requests = [
      { id: 'a', text: 'first label', x: 20, y: 50, r: 3 },
      { id: 'b', text: 'second', x: 22, y: 51, r: 3 },
      { id: 'c', text: 'third', x: 24, y: 52, r: 3 },
      { id: 'd', text: 'fourth', x: 26, y: 53, r: 3 },
      { id: 'e', text: 'fifth', x: 28, y: 54, r: 3 },
    ];
    const placed = placeLabels(requests, [], bounds, 10);
    expect(placed.length).toBeLessThan(requests.length);
    for (const a of placed) for (const b of placed) if (a !== b) expect(overlaps(a.box, b.box)).toBe(false);
    for (const p of placed) expect(inside(p.box, bounds)).toBe(true);
  });

  it('keeps an optional label off other marks, and a required one on them if it must', () => {
    // A wall of marks on every side of (100, 50).
    const wall = [-15, 0, 15].flatMap((dy) => [-60, -20, 20, 60].map((dx) => ({ id: `m${dx}${dy}`, x: 100 + dx - 20, y: 50 + dy - 6, w: 40, h: 12 })));
    const req = { id: 'a', text: 'name', x: 100, y: 50, r: 3 };
    expect(placeLabels([req], wall, bounds, 10)).toEqual([]);
    const [forced] = placeLabels([{ ...req, required: true }], wall, { x: 0, y: 28, w: 200, h: 44 }, 10);
    expect(forced).toMatchObject({ anchor: 'start' });
    expect(forced!.leader).toBeUndefined();
  });

  it('sets a required label further out, with a leader line, before it covers a mark', () => {
    const neighbours = [
      { id: 'r', x: 104, y: 44, w: 40, h: 12 },
      { id: 'l', x: 56, y: 44, w: 40, h: 12 },
      { id: 'u', x: 80, y: 30, w: 40, h: 14 },
      { id: 'd', x: 80, y: 56, w: 40, h: 14 },
    ];
    const [label] = placeLabels([{ id: 'a', text: 'name', x: 100, y: 50, r: 3, required: true }], neighbours, bounds, 10);
    expect(label!.leader).toMatchObject({ x1: 100, y1: 50 });
    for (const n of neighbours) expect(overlaps(label!.box, n)).toBe(false);
    // A later label keeps off the leader line as well as the label.
    const later = placeLabels(
      [
        { id: 'a', text: 'name', x: 100, y: 50, r: 3, required: true },
        { id: 'b', text: 'bb', x: 120, y: 40, r: 3 },
      ],
      neighbours,
      bounds,
      10,
    );
    for (const l of later.slice(1)) expect(crosses(later[0]!.leader!, l.box)).toBe(false);
  });

  it('tells whether a segment passes through a box', () => {
    expect(crosses({ x1: 0, y1: 0, x2: 20, y2: 20 }, { x: 8, y: 8, w: 4, h: 4 })).toBe(true);
    expect(crosses({ x1: 0, y1: 0, x2: 20, y2: 0 }, { x: 8, y: 8, w: 4, h: 4 })).toBe(false);
  });
});
