import { describe, expect, it } from 'vitest';
import { sectionInView } from './section-in-view';

describe('sectionInView', () => {
  it.each<[number[], number, number]>([
    [[], 160, -1],
    // Above the first heading: the page's opening, no section.
    [[300, 900, 1500], 160, -1],
    [[160, 900, 1500], 160, 0],
    [[-400, 100, 700], 160, 1],
    [[-2000, -1200, -300], 160, 2],
    // A heading just below the line is not yet the one being read.
    [[-500, 161], 160, 0],
  ])('tops %j, line %d → %d', (tops, line, index) => {
    expect(sectionInView(tops, line)).toBe(index);
  });
});
