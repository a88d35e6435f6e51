import { describe, expect, it } from 'vitest';
import { CALCULATORS } from '../calculators/registry';
import { firstPlaces, withCalculators } from './calculator-places';

describe('firstPlaces', () => {
  it('lists each calculator once, where it first appears, in reading order; unknown names are skipped', () => {
    const list = firstPlaces([
      { slug: 'a', title: 'A', calculators: [{ name: 'models', section: '', depth: 2 }, { name: 'compute', section: 'x', depth: 2 }] },
      { slug: 'b', title: 'B', calculators: [{ name: 'compute', section: 'y', depth: 2 }, { name: 'nope', section: 'y', depth: 2 }, { name: 'serving', section: 'z', depth: 3 }] },
    ]);
    expect(list).toEqual([
      { name: 'models', slug: 'a', articleTitle: 'A' },
      { name: 'compute', slug: 'a', articleTitle: 'A' },
      { name: 'serving', slug: 'b', articleTitle: 'B' },
    ]);
  });

  it('knows every registered calculator', () => {
    const all = Object.keys(CALCULATORS).map((name) => ({ name, section: '', depth: 2 }));
    expect(firstPlaces([{ slug: 'a', title: 'A', calculators: all }]).map((c) => c.name)).toEqual(Object.keys(CALCULATORS));
  });
});

describe('withCalculators', () => {
  it('names each calculator after its section heading and the headings before it', () => {
    const headings = [
      { depth: 2, slug: 'storage', text: 'Storage' },
      { depth: 3, slug: 'formats', text: 'Formats' },
      { depth: 2, slug: 'serving', text: 'Serving' },
    ];
    const toc = withCalculators(
      headings,
      [
        { name: 'models', section: '', depth: 2 },
        { name: 'storage', section: 'formats', depth: 3 },
        { name: 'serving', section: 'serving', depth: 2 },
      ],
      (name) => `${name} calculator`,
    );
    expect(toc.map((e) => [e.depth, e.slug, e.calculator ?? false])).toEqual([
      [3, 'models-calculator', true],
      [2, 'storage', false],
      [3, 'formats', false],
      [3, 'storage-calculator', true],
      [2, 'serving', false],
      [3, 'serving-calculator', true],
    ]);
  });
});
