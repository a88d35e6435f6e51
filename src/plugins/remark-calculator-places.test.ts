import { describe, expect, it } from 'vitest';
import { compileArticle } from './compile-article';

/** The `frontmatter` export of a compiled article: what render() hands the page as remarkPluginFrontmatter. */
async function placesOf(body: string) {
  const code = await compileArticle('content/en/a.mdx', body);
  const json = /export const frontmatter = (\{[\s\S]*?\n\});/.exec(code)?.[1];
  return (JSON.parse(json ?? '{}') as { calculators?: unknown }).calculators;
}

describe('remarkCalculatorPlaces', () => {
  it('lists each calculator with the section it sits in, in reading order', async () => {
    const body = [
      'Intro.',
      '<ModelSizes />',
      '## Storage \\{#storage\\}',
      'Text.',
      '### By format \\{#by-format\\}',
      '<Calculator name="storage" />',
      '## Compute \\{#compute\\}',
      '<Note kind="info">No calculator.</Note>',
      '<Calculator name="compute" />',
    ].join('\n\n');
    expect(await placesOf(body)).toEqual([
      { name: 'models', section: '', depth: 2 },
      { name: 'storage', section: 'by-format', depth: 3 },
      { name: 'compute', section: 'compute', depth: 2 },
    ]);
  });

  it('gives an article without calculators an empty list', async () => {
    expect(await placesOf('## Only text \\{#only-text\\}\n\nWords.')).toEqual([]);
  });
});
