import type { Heading, Root, Text } from 'mdast';
// Declares mdast's `data.hProperties`, which remark-rehype copies onto the HTML element.
import type {} from 'mdast-util-to-hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { buildError } from './build-error';

// MDX reads `{#id}` as a JavaScript expression, so articles write the id escaped:
//   ## Storage requirements \{#storage-requirements\}
// which reaches us as the literal text "{#storage-requirements}" at the end of the heading.
const ID_SUFFIX = /\s*\{#([a-z0-9]+(?:-[a-z0-9]+)*)\}\s*$/;

/** Levels whose ids readers link to; these must carry an explicit id so links stay stable. */
const LINKED_DEPTHS = new Set([2, 3]);

export function remarkHeadingIds() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'heading', (heading: Heading) => {
      const last = heading.children.at(-1);
      const match = last?.type === 'text' ? ID_SUFFIX.exec(last.value) : null;
      if (!match) {
        if (LINKED_DEPTHS.has(heading.depth)) {
          throw buildError([
            {
              path: file.path,
              line: heading.position?.start.line,
              column: heading.position?.start.column,
              text: `h${heading.depth} "${plainText(heading)}" has no stable id. End the heading with \\{#some-id\\}.`,
            },
          ]);
        }
        return;
      }
      const text = last as Text;
      text.value = text.value.slice(0, match.index);
      heading.data ??= {};
      heading.data.hProperties = { ...heading.data.hProperties, id: match[1] };
    });
  };
}

function plainText(heading: Heading): string {
  let text = '';
  visit(heading, 'text', (node: Text) => {
    text += node.value;
  });
  return text.trim();
}
