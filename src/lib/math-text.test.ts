import { describe, expect, it } from 'vitest';
import katex from 'katex';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root, RootContent } from 'hast';
import { mathText } from './math-text';

/** KaTeX's own MathML for `tex`, parsed as the build's rehype plugins see it. */
function mathOf(tex: string, displayMode = false): Element {
  const tree: Root = fromHtml(katex.renderToString(tex, { output: 'htmlAndMathml', displayMode }), { fragment: true });
  const find = (nodes: RootContent[]): Element | undefined => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      if (node.tagName === 'math') return node;
      const found = find(node.children);
      if (found) return found;
    }
    return undefined;
  };
  const math = find(tree.children);
  if (!math) throw new Error(`no <math> for ${tex}`);
  return math;
}

describe('mathText', () => {
  it.each([
    ['200\\text{B} \\times 8 = 1600\\text{ GB}', '200B × 8 = 1600 GB'],
    ['R = 16{,}384 \\times 989 \\times 10^{12} \\times 0.40', 'R = 16,384 × 989 × 10^12 × 0.40'],
    ['\\frac{1.6 \\times 10^{12}}{2^{30}} \\approx 1490\\,\\text{GiB}', '(1.6 × 10^12)/2^30 ≈ 1490 GiB'],
    ['C_{\\text{run}} \\approx 2N, \\quad C_{\\text{train}} \\approx 6N', 'C_run ≈ 2N, C_train ≈ 6N'],
    ['\\text{bytes} = N \\times \\frac{\\text{bits per weight}}{8}', 'bytes = N × (bits per weight)/8'],
    ['t = \\frac{C}{n \\times P \\times u}', 't = C/(n × P × u)'],
    ['x_i^2 + \\sqrt{d}', 'x_i^2 + √d'],
    ['M_{\\text{train}} \\approx 16N + \\text{activations}', 'M_train ≈ 16N + activations'],
    ['\\text{显存} \\approx 2 \\times 700\\text{亿}', '显存 ≈ 2 × 700亿'],
    ['2 \\cdot 3', '2 ⋅ 3'],
    // A script ends an operand: two side by side multiply, and must not run together ("n_hd_h").
    ['d\\,n_h d_h + n_h d_h\\,d', 'd n_h d_h + n_h d_h d'],
    ['2\\,d\\,d_h\\,(n_h + n_{\\text{kv}})', '2 d d_h (n_h + n_kv)'],
    ['d^2 n', 'd^2 n'],
    ['4d^2', '4d^2'],
  ])('%s reads as %s', (tex, text) => {
    expect(mathText(mathOf(tex))).toBe(text);
  });

  it('joins the rows of an aligned block into one line, without the TeX', () => {
    const tex = '\\begin{aligned} t &\\approx \\frac{3.79 \\times 10^{25}}{6.48 \\times 10^{18}}\\,\\text{s} \\\\ &\\approx 68\\ \\text{days} \\end{aligned}';
    const text = mathText(mathOf(tex, true));
    expect(text).toBe('t ≈ (3.79 × 10^25)/(6.48 × 10^18) s ≈ 68 days');
    expect(text).not.toMatch(/\\|aligned|&/);
  });

  it('has no zero-width or no-break spaces', () => {
    expect(mathText(mathOf('6.48 \\times 10^{18}\\,\\text{FLOP/s}'))).not.toMatch(/[\u200b\u00a0]/);
  });
});
