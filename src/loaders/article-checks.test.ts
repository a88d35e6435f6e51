import { describe, expect, it } from 'vitest';
import { problemLine } from '../plugins/build-error';
import { duplicateOrders, missingTwins } from './article-checks';

const entry = (id: string, order: number) => ({ id, filePath: `content/${id}.mdx`, order });

describe('duplicateOrders: no two articles of one language share an order', () => {
  it.each([
    ['distinct orders', [entry('en/a', 1), entry('en/b', 2), entry('zh/a', 1), entry('zh/b', 2)], []],
    ['twins share an order across languages', [entry('en/a', 1), entry('zh/a', 1)], []],
    [
      'two English articles with order 1',
      [entry('en/a', 1), entry('en/b', 1), entry('zh/a', 1), entry('zh/b', 2)],
      ['content/en/a.mdx: order: 1, the same as content/en/b.mdx.', 'content/en/b.mdx: order: 1, the same as content/en/a.mdx.'],
    ],
    [
      'three Chinese articles with order 3',
      [entry('zh/a', 3), entry('zh/b', 3), entry('zh/c', 3)],
      [
        'content/zh/a.mdx: order: 3, the same as content/zh/b.mdx, content/zh/c.mdx.',
        'content/zh/b.mdx: order: 3, the same as content/zh/a.mdx, content/zh/c.mdx.',
        'content/zh/c.mdx: order: 3, the same as content/zh/a.mdx, content/zh/b.mdx.',
      ],
    ],
  ])('%s', (_name, entries, expected) => {
    expect(duplicateOrders(entries).map(problemLine)).toEqual(expected);
  });
});

describe('missingTwins: every article exists in both languages', () => {
  it.each([
    ['a complete pair', [entry('en/a', 1), entry('zh/a', 1)], []],
    ['an English article alone', [entry('en/a', 1), entry('en/b', 2), entry('zh/a', 1)], ['content/en/b.mdx: no zh version: write content/zh/b.mdx too, or remove this file.']],
    ['a Chinese article alone', [entry('zh/c', 3)], ['content/zh/c.mdx: no en version: write content/en/c.mdx too, or remove this file.']],
  ])('%s', (_name, entries, expected) => {
    expect(missingTwins(entries).map(problemLine)).toEqual(expected);
  });
});
