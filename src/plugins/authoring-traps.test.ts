import { describe, expect, it } from 'vitest';
import { compileArticle } from './compile-article';
import { breaksDollarRule } from './money-dollars';

// Each case is a tiny article compiled exactly as the build compiles it; the first lines are
// padding so the reported line number is a real one, not 1.
const PADDING = '## Intro \\{#intro\\}\n\nSome text.\n\n';
const LINE = 5;

const fails = (path: string, body: string) => compileArticle(path, PADDING + body).then(
  () => '',
  (error: Error) => error.message,
);

const DOLLAR = 'would be typeset as a formula, not read as money. Write a dollar sign in prose as \\$';
const BRACES = 'as JavaScript, so the page would show the code\'s result instead of the braces. Write braces in text as \\{ and \\}';

describe('money written with dollar signs stops the build, naming file and line', () => {
  it.each([
    ['en', 'a price range', 'It costs $2 to $3 per hour.', '"$2 to $"'],
    ['zh', 'a price range', '每小时 $2 到 $3。', '"$2 到 $"'],
    ['en', 'a range with a dash', 'Plans cost $5-$10 a month.', '"$5-$"'],
    ['zh', 'amounts with no space before the closing sign', '从$5涨到$10。', '"$5涨到$"'],
    ['en', 'a space right after the opening sign', 'Cheap: $ 3 and $4 later.', '"$ 3 and $"'],
    ['en', 'a price later in a line', 'A formula $N$ then $20,000 and $30,000 in prose.', '"$20,000 and $"'],
  ])('%s: %s', async (lang, _name, text, quote) => {
    const message = await fails(`content/${lang}/trap.mdx`, text);
    expect(message).toContain(`content/${lang}/trap.mdx:${LINE}: ${quote} ${DOLLAR}`);
  });

  it('lists every price of the file, each with its line', async () => {
    const message = await fails('content/en/trap.mdx', 'It costs $2 to $3 per hour.\n\nLater: $4 to $5.');
    expect(message.split('\n')).toEqual([
      expect.stringContaining(`content/en/trap.mdx:${LINE}: "$2 to $"`),
      expect.stringContaining(`content/en/trap.mdx:${LINE + 2}: "$4 to $"`),
    ]);
  });
});

describe('formulas and escaped dollars still build', () => {
  it.each([
    ['inline formulas', 'A GB is $10^9$ bytes, $2N$ FLOP per token, $32 \\times 2.684$ GB, $2^{30}$.', '10^9'],
    ['escaped money', 'It costs \\$2 to \\$3 per hour.', '$2 to $3 per hour'],
    ['a lone dollar sign', 'It costs $5 an hour.', '$5 an hour'],
    ['a display formula', '$$\n200\\,\\text{B} \\times 8 = 1600\\,\\text{GB}\n$$', '1600'],
    ['money in Chinese, escaped', '每小时 \\$2 到 \\$3。', '$2 到 $3'],
  ])('%s', async (_name, text, shown) => {
    const code = await compileArticle('content/en/ok.mdx', PADDING + text);
    expect(code).toContain(shown);
  });
});

describe('braces in text stop the build, naming file and line', () => {
  it.each([
    ['en', 'a list of sizes', 'Block sizes {64, 128, 256} are common.', '"{64, 128, 256}"', '"\\{64, 128, 256\\}"'],
    ['zh', 'a list of sizes', '常见的块大小有 {64, 128, 256}。', '"{64, 128, 256}"', '"\\{64, 128, 256\\}"'],
    ['en', 'a name in braces', 'Write the id as {id}.', '"{id}"', '"\\{id\\}"'],
    ['zh', 'braces on a line of their own', '{1 + 1}', '"{1 + 1}"', '"\\{1 + 1\\}"'],
    ['en', 'braces in a table cell', '| a | b |\n|---|---|\n| {x} | y |', '"{x}"', '"\\{x\\}"'],
  ])('%s: %s', async (lang, _name, text, quote, escaped) => {
    const message = await fails(`content/${lang}/trap.mdx`, text);
    const line = text.startsWith('|') ? LINE + 2 : LINE;
    expect(message).toContain(`content/${lang}/trap.mdx:${line}: MDX reads ${quote} ${BRACES}, as in ${escaped}.`);
  });

  it('reports a price and braces of one file together, in line order', async () => {
    const message = await fails('content/zh/trap.mdx', '大小 {64, 128}。\n\n每小时 $2 到 $3。');
    expect(message.split('\n')).toEqual([
      expect.stringContaining(`content/zh/trap.mdx:${LINE}: MDX reads "{64, 128}"`),
      expect.stringContaining(`content/zh/trap.mdx:${LINE + 2}: "$2 到 $"`),
    ]);
  });
});

describe('braces that are meant still build', () => {
  it.each([
    ['escaped braces', 'Block sizes \\{64, 128, 256\\} are common.', '{64, 128, 256}'],
    ['braces inside a formula', 'The set $\\{64, 128\\}$ and $2^{30}$.', '\\\\{64, 128\\\\}'],
    ['a heading id', '## Storage \\{#storage\\}', 'id: "storage"'],
    ['an MDX comment', 'Text.\n\n{/* a note for writers */}', 'Text.'],
  ])('%s', async (_name, text, shown) => {
    const code = await compileArticle('content/en/ok.mdx', PADDING + text);
    expect(code).toContain(shown);
  });
});

describe('breaksDollarRule (pandoc: no space inside the signs, no digit after the closing one)', () => {
  it.each([
    ['$N$', ' ', false],
    ['$10^9$', '.', false],
    ['$x$', 'a', false],
    ['$2 to $', '3', true],
    ['$2$', '5', true],
    ['$ x$', ' ', true],
    ['$x $', ' ', true],
    ['$x\n$', '', true],
    ['$$ x $$', '', false],
  ])('%j followed by %j → %s', (source, next, expected) => {
    expect(breaksDollarRule(source, next)).toBe(expected);
  });
});

describe('a formula KaTeX cannot parse stops the build at its line', () => {
  it.each([
    ['en', 'display', '$$\n\\frac{1}{2\n$$'],
    ['zh', 'display', '$$\n\\frac{1}{2\n$$'],
    ['en', 'inline', 'Half is $\\frac{1}{2$ here.'],
  ])('%s, %s', async (lang, _kind, text) => {
    const message = await fails(`content/${lang}/tex.mdx`, text);
    expect(message).toContain('KaTeX could not render 1 formula(s)');
    expect(message).toContain(`content/${lang}/tex.mdx:${LINE}: KaTeX parse error:`);
  });
});

describe('a section heading without an id stops the build at its line', () => {
  it('names the file, the line and the fix', async () => {
    const message = await fails('content/zh/heading.mdx', '## 没有编号');
    expect(message).toBe(`content/zh/heading.mdx:${LINE}: h2 "没有编号" has no stable id. End the heading with \\{#some-id\\}.`);
  });
});

describe('a word written as bare letters in a subscript stops the build at its line', () => {
  const WORD = 'as italic letters multiplied together. Write a word in a subscript as \\text{}';
  it.each([
    ['en', 'inline', 'The head size $d_{head}$ is 128.', LINE, '"_{head}" sets the word "head"', '"_{\\text{head}}"'],
    ['zh', 'inline', '键值头数 $H_{kv}$ 为 8。', LINE, '"_{kv}" sets the word "kv"', '"_{\\text{kv}}"'],
    ['en', 'display, second line', '$$\n\\begin{aligned}\nN &= 1 \\\\\n&= 2\\,d\\,d_{ff}\n\\end{aligned}\n$$', LINE + 3, '"_{ff}" sets the word "ff"', '"_{\\text{ff}}"'],
    ['zh', 'before a superscript', '输出矩阵 $W_{out}^T$', LINE, '"_{out}" sets the word "out"', '"_{\\text{out}}"'],
  ])('%s, %s', async (lang, _name, text, line, problem, fix) => {
    const message = await fails(`content/${lang}/trap.mdx`, text);
    expect(message).toContain(`content/${lang}/trap.mdx:${line}: ${problem} ${WORD}, as in ${fix}.`);
  });
});

describe('subscripts that are symbols or \\text{} words still build', () => {
  it.each([
    ['single letters', '$d_h = d / n_h$ and $x_{i+1}$ and $n_{2}$', 'n_h'],
    ['words in \\text{}', '$d_{\\text{head}}$, $H_{\\text{kv}}$, $N_{\\text{layer}}$', 'head'],
    ['a command and a letter', '$x_{\\max}$ and $M_{\\mathrm{train} + k}$', 'max'],
    ['two indices apart', '$x_{i j}$', 'x_{i j}'],
    // The usual notation for two indices, as the bench's synthetic articles write it.
    ['two indices together', '$x_{ij}$ and $A_{mn}$', 'A_{mn}'],
  ])('%s', async (_name, text, shown) => {
    const code = await compileArticle('content/en/ok.mdx', PADDING + text);
    expect(code).toContain(shown);
  });
});
