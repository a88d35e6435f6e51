import type { Heading, Root } from 'mdast';
import type {} from 'mdast-util-to-hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { calculatorId, calculatorNameOf } from './remark-calculator-places';

/**
 * A section of an article: the id of its ## or ### heading, and the heading's line in the file; or
 * a calculator it places (`calculator`: its name), whose heading's id is `<name>-calculator`.
 */
export interface SectionId {
  id: string;
  line: number;
  calculator?: string;
}

/** Article file path (absolute, as the build names it) → its sections in reading order. */
export type SectionIdsByFile = Map<string, SectionId[]>;

/**
 * Writes each compiled article's section ids into `into`, for the check that both languages of an
 * article have the same sections (src/integrations/same-sections.ts). Runs after remarkHeadingIds,
 * which has given every ## and ### heading its id.
 */
export function remarkRecordSectionIds(options: { into: SectionIdsByFile }) {
  return (tree: Root, file: VFile) => {
    const sections: SectionId[] = [];
    visit(tree, (node) => {
      // A calculator is a section too: its heading is in the contents and links name its id.
      const calculator = calculatorNameOf(node);
      if (calculator !== undefined) {
        sections.push({ id: calculatorId(calculator), line: node.position?.start.line ?? 0, calculator });
        return;
      }
      if (node.type !== 'heading') return;
      const heading = node as Heading;
      const id = heading.data?.hProperties?.id;
      if ((heading.depth === 2 || heading.depth === 3) && typeof id === 'string') {
        sections.push({ id, line: heading.position?.start.line ?? 0 });
      }
    });
    options.into.set(file.path, sections);
  };
}
