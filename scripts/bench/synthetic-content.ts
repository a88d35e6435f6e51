// Synthetic articles for the build-scaling bench: plain MDX with math and tables, shaped like the
// real article (about 1,500 English words, or the same amount of Chinese: 2,300 characters, the
// ratio of the two real versions; 2 tables; 10 display formulas; inline math; a correction note;
// every ## and ### heading with a stable \{#id\}). Deterministic: article i is the same every run.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const WORDS_PER_ARTICLE = 1500;
/** Chinese characters per article: 1,500 words × 1.54, the ratio of content/zh to content/en. */
export const HANZI_PER_ARTICLE = 2300;
const TABLES = 2;
const DISPLAY_FORMULAS = 10;

type Lang = 'en' | 'zh';

/** mulberry32: a small seeded generator, so the content is the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T,>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
const int = (rand: () => number, lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));

// Display formulas of the kinds the site writes: storage and compute arithmetic, scaling laws,
// attention, losses; fractions, roots, sums, sub/superscripts, \text, \mathbb, matrices, aligned.
const FORMULAS: ((r: () => number) => string)[] = [
  (r) => `\\text{storage} = N \\times b = ${int(r, 2, 900)}\\,\\text{B} \\times ${pick(r, [1, 2, 4, 8])}\\,\\text{bytes}`,
  (r) => `C \\approx 6ND = 6 \\times ${int(r, 1, 400)}\\,\\text{B} \\times ${int(r, 1, 15)}\\,\\text{T}`,
  (r) => `C_{\\text{run}} \\approx 2N, \\quad C_{\\text{train}} \\approx 6N, \\quad N = ${int(r, 7, 700)} \\times 10^{9}`,
  () => `\\mathrm{Attention}(Q, K, V) = \\mathrm{softmax}\\left(\\frac{QK^\\top}{\\sqrt{d_k}}\\right) V`,
  (r) => `L(N, D) = E + \\frac{A}{N^{${(0.3 + r() / 10).toFixed(2)}}} + \\frac{B}{D^{${(0.25 + r() / 10).toFixed(2)}}}`,
  () => `N \\approx 12\\, n_{\\text{layer}}\\, d_{\\text{model}}^{2}`,
  () => `\\mathcal{L}(\\theta) = -\\sum_{t=1}^{T} \\log p_\\theta(x_t \\mid x_{<t})`,
  (r) => `\\begin{aligned} M_{\\text{train}} &\\approx 16N \\\\ &= 16 \\times ${int(r, 1, 500)}\\,\\text{B} = ${int(r, 16, 8000)}\\,\\text{GB} \\end{aligned}`,
  () => `\\|W\\|_F = \\sqrt{\\sum_{i=1}^{m} \\sum_{j=1}^{n} w_{ij}^{2}}`,
  () => `\\sigma(x) = \\frac{1}{1 + e^{-x}}, \\qquad \\mathbb{E}[X] = \\sum_{x} x\\, p(x)`,
  () => `W = \\begin{pmatrix} w_{11} & \\cdots & w_{1n} \\\\ \\vdots & \\ddots & \\vdots \\\\ w_{m1} & \\cdots & w_{mn} \\end{pmatrix}`,
  (r) => `${int(r, 1000, 9000)}\\,\\text{GB} = \\frac{${int(r, 1000, 9000)} \\times 10^{9}}{2^{30}}\\,\\text{GiB} \\approx ${int(r, 900, 8400)}\\,\\text{GiB}`,
  (r) => `\\text{tokens per parameter} = \\frac{D}{N} \\approx ${int(r, 10, 40)}`,
  () => `\\int_{0}^{1} x^{2}\\,dx = \\frac{1}{3}, \\qquad \\prod_{k=1}^{K} (1 - p_k) \\le e^{-\\sum_k p_k}`,
];

const INLINE = ['$N$', '$D$', '$b$', '$2N$', '$6N$', '$10^9$', '$d_{\\text{model}}$', '$\\alpha \\approx 0.34$', '$n_{\\text{layer}}$', '$2^{30}$', '$p_\\theta$', '$\\sqrt{d_k}$'];

const EN = {
  subjects: ['The parameter count', 'A model of this size', 'The training budget', 'Each transformer layer', 'The key-value cache', 'A quantized checkpoint', 'The attention block', 'Mixed-precision training', 'The optimizer state', 'An inference server', 'The scaling law', 'A mixture-of-experts layer'],
  verbs: ['grows with', 'depends on', 'is bounded by', 'scales roughly linearly with', 'is usually dominated by', 'trades memory against', 'can be estimated from', 'rarely exceeds'],
  objects: ['the number of layers', 'the width of the hidden state', 'the bytes per weight', 'the length of the context', 'the number of training tokens', 'the batch size', 'the active parameters per token', 'the memory of a single accelerator', 'the precision of the stored weights', 'the vocabulary size'],
  tails: ['in most published configurations', 'once the model is trained', 'for a dense decoder-only model', 'before activations are counted', 'when the weights are kept in bf16', 'according to the scaling-law papers', 'on current hardware', 'under the usual assumptions'],
  links: ['so', 'which means', 'and in practice', 'although', 'because'],
  headings: ['Storage arithmetic', 'Compute per token', 'Training cost', 'Memory during inference', 'Quantization formats', 'Scaling laws', 'Mixture of experts', 'Context length', 'Worked example', 'Common mistakes', 'Units and prefixes', 'Where the numbers come from'],
  topics: ['context windows', 'quantization', 'sparse experts', 'training budgets', 'optimizer memory', 'inference cost', 'weight formats', 'scaling laws'],
};

const ZH = {
  subjects: ['参数量', '这种规模的模型', '训练预算', '每一层 Transformer', '键值缓存', '量化后的权重文件', '注意力模块', '混合精度训练', '优化器状态', '推理服务', '缩放定律', '混合专家层'],
  verbs: ['随着', '取决于', '受限于', '大致线性地依赖于', '通常主要由', '在内存与速度之间权衡', '可以根据', '很少超过'],
  objects: ['网络的层数', '隐藏状态的宽度', '每个权重占用的字节数', '上下文的长度', '训练所用的词元数量', '批量的大小', '每个词元实际激活的参数', '单张加速卡的显存', '权重保存时的精度', '词表的大小'],
  tails: ['在大多数公开的配置中都是如此', '模型训练完成之后便固定下来', '对稠密的仅解码器模型而言成立', '这里还没有计入激活值', '前提是权重以 bf16 保存', '这是缩放定律论文给出的结论', '在当前的硬件上大体如此', '这是通常采用的假设'],
  links: ['因此', '这意味着', '在实践中', '尽管如此', '原因在于'],
  headings: ['存储的算法', '每个词元的计算量', '训练成本', '推理时的内存', '量化格式', '缩放定律', '混合专家', '上下文长度', '算例', '常见误区', '单位与前缀', '数字从何而来'],
  topics: ['上下文窗口', '量化', '稀疏专家', '训练预算', '优化器内存', '推理成本', '权重格式', '缩放定律'],
};

function sentence(lang: Lang, r: () => number): string {
  const w = lang === 'en' ? EN : ZH;
  const math = r() < 0.35 ? pick(r, INLINE) : '';
  if (lang === 'en') {
    const s = `${pick(r, w.subjects)} ${pick(r, w.verbs)} ${pick(r, w.objects)} ${pick(r, w.tails)}`;
    const extra = r() < 0.5 ? `, ${pick(r, w.links)} ${pick(r, w.subjects).toLowerCase()} ${pick(r, w.verbs)} ${pick(r, w.objects)}` : '';
    return `${s}${math ? ` (written ${math})` : ''}${extra}.`;
  }
  const s = `${pick(r, w.subjects)}${pick(r, w.verbs)}${pick(r, w.objects)}，${pick(r, w.tails)}`;
  const extra = r() < 0.5 ? `；${pick(r, w.links)}，${pick(r, w.subjects)}${pick(r, w.verbs)}${pick(r, w.objects)}` : '';
  return `${s}${math ? `（记作 ${math}）` : ''}${extra}。`;
}

const paragraph = (lang: Lang, r: () => number) => Array.from({ length: int(r, 3, 5) }, () => sentence(lang, r)).join(lang === 'en' ? ' ' : '');

function table(lang: Lang, r: () => number, n: number): string {
  const head = lang === 'en' ? '| Format | Bytes per parameter | Weights of the model | Note |' : '| 格式 | 每个参数的字节数 | 模型权重大小 | 说明 |';
  const size = int(r, 7, 700);
  const rows = [['fp32', 4], ['fp16 / bf16', 2], ['fp8 / int8', 1], ['int4', 0.5]].map(
    ([f, b]) => `| ${f} | ${b} | ${(size * (b as number)).toLocaleString('en')} GB | ${lang === 'en' ? pick(r, EN.tails) : pick(r, ZH.tails)} |`,
  );
  const caption = lang === 'en' ? `Table ${n} works the arithmetic through for a ${size}B model:` : `表 ${n} 以 ${size}B 的模型为例算了一遍：`;
  return `${caption}\n\n${head}\n|---|---|---|---|\n${rows.join('\n')}`;
}

function length(lang: Lang, text: string): number {
  // Words of prose, or Chinese characters; formulas and table rules do not count.
  const prose = text.replace(/\$\$[\s\S]*?\$\$/g, '').replace(/\$[^$]*\$/g, '').replace(/^\|[-|]+\|$/gm, '');
  return lang === 'en' ? prose.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length : (prose.match(/[\u4e00-\u9fff]/g) ?? []).length;
}

/** The MDX source of synthetic article `index` (0-based) in `lang`. Both languages share the heading ids. */
export function syntheticArticle(lang: Lang, index: number): string {
  const r = random(index * 2 + (lang === 'en' ? 1 : 2));
  const ids = random(index + 7919); // same sequence in both languages, so heading ids match
  const w = lang === 'en' ? EN : ZH;
  const topic = pick(r, w.topics);
  const n = index + 1;
  const title = lang === 'en' ? `Synthetic article ${n}: notes on ${topic}` : `合成文章 ${n}：关于${topic}的笔记`;
  const description =
    lang === 'en'
      ? `A generated article about ${topic}, used to measure how the build scales with content.`
      : `一篇关于${topic}的生成文章，用来衡量构建时间如何随内容增长。`;
  const frontMatter = [
    '---',
    `title: ${JSON.stringify(title)}`,
    `description: ${JSON.stringify(description)}`,
    `keywords: ${JSON.stringify(lang === 'en' ? ['synthetic', topic] : ['合成', topic])}`,
    'date: 2026-01-01',
    `order: ${n}`,
    'sources:',
    '  - title: "Kaplan et al., Scaling Laws for Neural Language Models (arXiv:2001.08361)"',
    '    url: "https://arxiv.org/abs/2001.08361"',
    '  - title: "Hoffmann et al., Training Compute-Optimal Large Language Models (arXiv:2203.15556)"',
    '    url: "https://arxiv.org/abs/2203.15556"',
    '---',
    '',
  ].join('\n');

  // Six sections; tables go into sections 2 and 5, formulas spread evenly, a ### in section 3.
  const sections = 6;
  const headingOrder = [...w.headings.keys()];
  for (let i = headingOrder.length - 1; i > 0; i--) {
    const j = Math.floor(ids() * (i + 1));
    [headingOrder[i], headingOrder[j]] = [headingOrder[j]!, headingOrder[i]!];
  }
  headingOrder.length = sections;
  const blocks: string[][] = Array.from({ length: sections }, () => []);
  for (let f = 0; f < DISPLAY_FORMULAS; f++) blocks[f % sections]!.push(`$$\n${pick(r, FORMULAS)(r)}\n$$`);
  const tableSections = [1, 4].slice(0, TABLES);
  tableSections.forEach((s, t) => blocks[s]!.unshift(table(lang, r, t + 1)));

  // Paragraphs are added one at a time, section after section, until the article is long enough.
  const target = lang === 'en' ? WORDS_PER_ARTICLE : HANZI_PER_ARTICLE;
  const intro = paragraph(lang, r);
  const paragraphs: string[][] = Array.from({ length: sections }, () => []);
  const extras: string[][] = Array.from({ length: sections }, () => []);
  extras[2]!.push(`### ${lang === 'en' ? 'A closer look' : '细看一步'} \\{#section-3-detail\\}`, paragraph(lang, r));
  extras[3]!.push(
    `<Note kind="correction">\n\n**${lang === 'en' ? 'A common mistake.' : '常见误区。'}** ${paragraph(lang, r)}\n\n</Note>`,
    Array.from({ length: 3 }, () => `- ${sentence(lang, r)}`).join('\n'),
  );
  let total = length(lang, [intro, ...blocks.flat(), ...extras.flat()].join('\n\n'));
  for (let k = 0; total < target; k++) {
    const text = paragraph(lang, r);
    paragraphs[k % sections]!.push(text);
    total += length(lang, text);
  }
  const slugs = ['storage', 'compute', 'training', 'memory', 'formats', 'scaling', 'experts', 'context', 'example', 'mistakes', 'units', 'sources'];
  const sectionsText = headingOrder.map((h, s) => {
    const out = [`## ${w.headings[h]} \\{#section-${s + 1}-${slugs[h]}\\}`];
    // Interleave: paragraph, block, paragraph, block, ...; leftovers at the end.
    const ps = paragraphs[s]!;
    const bs = blocks[s]!;
    for (let i = 0; i < Math.max(ps.length, bs.length); i++) {
      if (ps[i]) out.push(ps[i]!);
      if (bs[i]) out.push(bs[i]!);
    }
    out.push(...extras[s]!);
    return out.join('\n\n');
  });
  return `${frontMatter}\n${[intro, ...sectionsText].join('\n\n')}\n`;
}

/**
 * Writes `perLang` articles per language into `<contentDir>/{en,zh}/synthetic-NNNN.mdx`, each passed
 * through `transform` (which rewrites them for another site generator).
 */
export function writeSyntheticContent(contentDir: string, perLang: number, transform: (mdx: string) => string = (mdx) => mdx): { files: number; bytes: number } {
  let bytes = 0;
  for (const lang of ['en', 'zh'] as const) {
    mkdirSync(join(contentDir, lang), { recursive: true });
    for (let i = 0; i < perLang; i++) {
      const text = transform(syntheticArticle(lang, i));
      bytes += Buffer.byteLength(text);
      writeFileSync(join(contentDir, lang, `synthetic-${String(i + 1).padStart(4, '0')}.mdx`), text);
    }
  }
  return { files: perLang * 2, bytes };
}

export { length as proseLength };
