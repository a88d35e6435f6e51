import type { Heading, Root } from 'mdast';
import type {} from 'mdast-util-to-hast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';

/** Where an article places a calculator: its name in src/calculators/registry.ts, and the section it sits in. */
export interface CalculatorPlace {
  name: string;
  /** The id of the ## or ### heading above it ('' before the first heading). */
  section: string;
  /** That heading's depth (2 or 3); 2 before the first heading. */
  depth: number;
}

/** MDX components that render a calculator besides `<Calculator name="…" />`, and the calculator each renders. */
const CALCULATOR_COMPONENTS: Readonly<Record<string, string>> = { ModelSizes: 'models' };

/** The id of a calculator's heading, as Calculator.astro writes it: the target of every link to it. */
export const calculatorId = (name: string) => `${name}-calculator`;

/** The calculator an MDX node places (`<Calculator name="serving" />`, `<ModelSizes />`), if any. */
export function calculatorNameOf(node: { type: string }): string | undefined {
  if (node.type !== 'mdxJsxFlowElement') return undefined;
  const element = node as MdxJsxFlowElement;
  if (element.name === null) return undefined;
  const name =
    element.name === 'Calculator'
      ? element.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'name')?.value
      : CALCULATOR_COMPONENTS[element.name];
  return typeof name === 'string' ? name : undefined;
}

/**
 * Records each calculator an article places, in reading order, with the section it sits in, as
 * the article's `calculators` (Astro's remarkPluginFrontmatter). The home pages list every
 * calculator from it and the contents list names each under its section, so neither list is kept
 * by hand. Runs after remarkHeadingIds, which has given every ## and ### heading its id.
 */
export function remarkCalculatorPlaces() {
  return (tree: Root, file: VFile) => {
    const places: CalculatorPlace[] = [];
    let section = '';
    let depth = 2;
    visit(tree, (node) => {
      if (node.type === 'heading') {
        const id = (node as Heading).data?.hProperties?.id;
        if (((node as Heading).depth === 2 || (node as Heading).depth === 3) && typeof id === 'string') {
          section = id;
          depth = (node as Heading).depth;
        }
        return;
      }
      const name = calculatorNameOf(node);
      if (name !== undefined) places.push({ name, section, depth });
    });
    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    data.astro.frontmatter = { ...data.astro.frontmatter, calculators: places };
  };
}
