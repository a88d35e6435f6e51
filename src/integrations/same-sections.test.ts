import { describe, expect, it } from 'vitest';
import { problemLine } from '../plugins/build-error';
import { sectionProblems } from './same-sections';

const en = 'content/en/a.mdx';
const zh = 'content/zh/a.mdx';
const ids = (...list: string[]) => list.map((id, i) => ({ id, line: 10 * (i + 1) }));

describe('sectionProblems: both languages of an article have the same sections, in order', () => {
  it.each([
    ['the same sections', ids('a', 'b'), ids('a', 'b'), []],
    ['a section missing in zh', ids('a', 'b'), ids('a'), [`${en}:20: section "b" is not in ${zh}: give its twin heading there the same \\{#b\\}, or add the section.`]],
    ['a section only in zh', ids('a'), ids('a', 'c'), [`${zh}:20: section "c" is not in ${en}: give its twin heading there the same \\{#c\\}, or add the section.`]],
    [
      'a heading id spelt differently',
      ids('a', 'storage'),
      ids('a', 'storge'),
      [
        `${en}:20: section "storage" is not in ${zh}: give its twin heading there the same \\{#storage\\}, or add the section.`,
        `${zh}:20: section "storge" is not in ${en}: give its twin heading there the same \\{#storge\\}, or add the section.`,
      ],
    ],
    ['the same sections in another order', ids('a', 'b'), ids('b', 'a'), [`${zh}:10: section "b" comes where ${en} has "a": put the sections in the same order in both languages.`]],
  ])('%s', (_name, enIds, zhIds, expected) => {
    const byFile = new Map([
      [`${process.cwd()}/${en}`, enIds],
      [`${process.cwd()}/${zh}`, zhIds],
    ]);
    expect(sectionProblems(byFile).map(problemLine)).toEqual(expected);
  });

  it('compares each article with its own twin only', () => {
    const byFile = new Map([
      ['/site/content/en/a.mdx', ids('x')],
      ['/site/content/zh/a.mdx', ids('x')],
      ['/site/content/en/b.mdx', ids('y')],
      ['/site/content/zh/b.mdx', ids('y')],
    ]);
    expect(sectionProblems(byFile)).toEqual([]);
  });

  it('leaves an article without its twin to the missing-file check', () => {
    expect(sectionProblems(new Map([['/site/content/en/a.mdx', ids('x')]]))).toEqual([]);
  });
});

// A calculator placed in one language only built without a word (a tester's report): the other
// language's page and home page lacked it.
describe('calculators are compared like sections', () => {
  it('names a calculator placed in one language only', () => {
    const calc = (id: string, line: number) => ({ id: `${id}-calculator`, line, calculator: id });
    const byFile = new Map([
      [`${process.cwd()}/${en}`, [...ids('a'), calc('demo', 15)]],
      [`${process.cwd()}/${zh}`, ids('a')],
    ]);
    expect(sectionProblems(byFile).map(problemLine)).toEqual([`${en}:15: <Calculator name="demo" /> is not in ${zh}: place it there too, in the same section.`]);
  });
});
