/**
 * A formula as one line of plain text, read from the MathML that KaTeX writes beside its HTML:
 * "R = 16,384 × 989 × 10^12 × 0.40" rather than the TeX source or the glyph soup of the visual
 * copy (where 10^12 reads "1012"). The search index and the clipboard both use this text.
 */

/** The parts of a hast (or any HTML syntax tree) node that this module reads. */
export interface MathNode {
  type: string;
  /** Text nodes. */
  value?: string;
  /** Elements. */
  tagName?: string;
  children?: readonly MathNode[];
}

// Operators that stand between two operands read with a space either side; punctuation does not.
const TIGHT_OPERATORS = new Set(['(', ')', '[', ']', '{', '}', '|', '.', '!', "'", '′']);
const TRAILING_SPACE = new Set([',', ';', ':']);

/** Plain text of a MathML <math> element (or any part of it), whitespace collapsed. */
export function mathText(node: MathNode): string {
  return linear(node).replace(/\s+/g, ' ').trim();
}

function linear(node: MathNode): string {
  if (node.type === 'text') return (node.value ?? '').replace(/\u00a0/g, ' ');
  const children = node.children ?? [];
  if (node.type !== 'element') return children.map(linear).join('');
  const parts = children.filter((c) => c.type === 'element' || (c.type === 'text' && (c.value ?? '').trim() !== ''));
  const text = (i: number) => (parts[i] ? mathText(parts[i]) : '');
  switch (node.tagName) {
    case 'annotation':
    case 'annotation-xml':
      return '';
    case 'mo': {
      const op = text(0);
      if (TIGHT_OPERATORS.has(op)) return op;
      if (TRAILING_SPACE.has(op)) return `${op} `;
      return ` ${op} `;
    }
    case 'mspace':
      return ' ';
    case 'msup':
      return `${atom(text(0))}^${atom(text(1))}`;
    case 'msub':
      return `${atom(text(0))}_${atom(text(1))}`;
    case 'msubsup':
      return `${atom(text(0))}_${atom(text(1))}^${atom(text(2))}`;
    case 'mfrac':
      return `${atom(text(0))}/${atom(text(1))}`;
    case 'msqrt':
      return `√${atom(parts.map(mathText).join(' '))}`;
    case 'mroot':
      return `${atom(text(1))}√${atom(text(0))}`;
    case 'mtd':
    case 'mtr':
      return parts.map(linear).join('');
    case 'mtable':
      // Rows of an aligned block continue one another ("C ≈ … ≈ …"), so they join with a space.
      return parts.map(mathText).join(' ');
    default:
      return row(children);
  }
}

const SCRIPTS = new Set(['msub', 'msup', 'msubsup']);
const SPACING = new Set(['mo', 'mspace']);

/**
 * The children of a row, in order. After a script (n_h, d^2) a further operand is set off with a
 * space, since the two multiply and would otherwise read as one longer script: "n_h d_h", not
 * "n_hd_h".
 */
function row(children: readonly MathNode[]): string {
  let text = '';
  let afterScript = false;
  for (const child of children) {
    const isElement = child.type === 'element';
    if (afterScript && isElement && !SPACING.has(child.tagName ?? '')) text += ' ';
    text += linear(child);
    if (isElement) afterScript = SCRIPTS.has(child.tagName ?? '');
  }
  return text;
}

/** A part with spaces in it (an operator) is put in parentheses: (1.6 × 10^12)/2^30. */
function atom(text: string): string {
  return /\s/.test(text) ? `(${text})` : text;
}
