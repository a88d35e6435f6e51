import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { zhStyleRules } from '../data/zh-style';
import { checkZhStyle, prepareText, problemMessage } from './zh-style';

const ruleIds = (text: string) => checkZhStyle('sample.mdx', text).map((p) => p.rule);

// One row per rule: a sentence a writer could plausibly write, the rule it breaks, and the same
// sentence written the way the site writes it, which must pass every rule.
const cases: [rule: string, bad: string, good: string][] = [
  ['gpu-memory', '所有专家都必须存放在内存里。', '所有专家都必须存放在显存里，卸载时才放进主机内存。'],
  ['compute-amount', '## 计算复杂度', '## 计算量'],
  ['compute-amount', '它是模型本身需要的运算量。', '它是模型本身需要的计算量。'],
  ['compute-amount', '训练要花多少训练算力？', '训练要花多少计算量？峰值算力为 989 TFLOP/s。'],
  ['compute-optimal', '训练得比算力最优要久。', '训练得比计算最优要久。'],
  ['bits-amount', '平均每个权重约 4.89 位。', '平均每个权重约 4.89 比特。'],
  ['bits-one-sentence', '12 字节的 6 位子块缩放因子，结果同样是每权重 4.5 比特。', '子块缩放因子是 6 位的。结果同样是每权重 4.5 比特。'],
  ['serve-verb', '同时服务的序列数。', '同时处理的序列数。'],
  ['deploy-workload', '训练和部署的花销都随之上涨。', '训练和推理的花销都随之上涨。'],
  ['kv-cache', '在解码时缩小键值缓存。', '在解码时缩小 KV 缓存。'],
  ['kv-heads', '带 8 个键值头的 GQA。', '带 8 个 KV 头的 GQA。'],
  ['scale-factor', '一组权重共用一个缩放系数。', '一组权重共用一个缩放因子。'],
  ['parameter-count', '其中 N 是参数个数。', '其中 N 是参数量。'],
  ['llm', '读懂大型语言模型的参数规模', '读懂大语言模型的参数规模'],
  ['number-format', '每个权重用什么数字格式来存。', '每个权重用什么数值格式来存。'],
  ['accelerator-measure-word', '最多 16,384 块 H100 GPU。', '最多 16,384 张 H100 GPU。'],
  ['accelerator-measure-word', '用 8 个加速卡。', '用 8 张加速卡。'],
  ['bf16-name', 'bf16 又叫“脑浮点数”。', 'bf16 即 bfloat16（源自 Google Brain）。'],
  ['dimension-not-width', '每个 token 在层与层之间传递的向量宽度', '每个 token 在层间传递的向量的维度（隐藏维度）'],
  ['dimension-not-width', '放得下的最宽权重格式', '放得下的最高精度权重格式'],
  ['modeling-code', '应以 transformers 中对应的建模文件为准。', '应以 transformers 中该模型的实现代码（modeling_*.py）为准。'],
  ['suanfa-reckoning', '照这个算法，第一行一张 8 GB 的 GPU 就够。', '按这个估算，第一行一张 8 GB 的 GPU 就够。'],
  ['inference-framework', '还要看运行模型的软件，以及所用的推理引擎。', '还要看所用的推理框架，运行时开销另计。'],
  ['full-attention-layer', '80 层为全注意力。', '80 层看完整上下文（无滑动窗口）。'],
  ['word-embedding', '词元（及位置）嵌入', '词嵌入（及位置嵌入）'],
  ['open-weights', '开源模型的规模由厂商公布。', '开放权重模型的规模由厂商公布。'],
  ['bits-format', '权重通常以 16 位格式保存，部署时也常降到 8 位或 4 位。', '权重通常以 16 比特格式保存，部署时也常降到 8 比特或 4 比特。'],
  ['bits-format', '用 FP8 训练的效果与 16 位训练相当。', '用 fp8 训练的效果与 16 比特训练相当。'],
  ['compare-word', '## 相似概念比对', '## 相似概念对比'],
  ['such-a-ratio', '发挥出峰值的 u 这么一个比例。', '平均发挥出峰值的 u 倍。'],
  ['idiom-wangchen', '任何单张加速卡都望尘莫及。', '任何单张加速卡都远远装不下。'],
  ['ambiguous-multiple', '如果 KV 头不是 8 个而是 64 个，缓存会大 8 倍。', '如果 KV 头不是 8 个而是 64 个，缓存会变成原来的 8 倍。'],
  ['ambiguous-multiple', '两家的估计相差两倍多。', 'Epoch AI 的估计是 MEDEC 的两倍多。'],
  ['ambiguous-multiple', '模型就凭空小了十倍。', '模型就凭空缩小到十分之一，参数翻一番。'],
  ['a-versus-b', '只有五分之一左右（70,272 字节对 327,680 字节）。', '只有五分之一左右（前者 70,272 字节，后者 327,680 字节），对 8 个 KV 头都成立。'],
  ['a-versus-b', '每秒 72 个 token 对 29 个。', '每秒 72 个 token，F16 为 29 个。'],
  ['draft-token', '为投机解码起草 token。', '在投机解码中生成草稿 token。'],
  ['real-number', 'Llama 3 论文里有实数。', 'Llama 3 论文给出了实际数据。'],
  ['take-place', '缩放因子本身也要占位。', '缩放因子本身也要占存储空间，模板里的占位符不算。'],
  ['zero-count', '最多能同时处理的序列数：0 个序列，每个 131,072 个 token', '最多能同时处理的序列数：一个序列也放不下（所选上下文为 131,072 个 token）'],
  ['worked-example-heading', '## 具体实例：GPT-4o', '## 实例：GPT-4o'],
  ['yi-glued', '动用了 1.6 万张 H100。', '动用了 1.6万张 H100。'],
  ['size-order', '估计约 200B（2000亿）参数', '估计约 2000亿（200B）参数'],
  ['size-order', '约 [200B](/zh/glossary/#billion)（2000亿）参数', '约 2000亿（[200B](/zh/glossary/#billion)）参数'],
  ['group-four-digits', '全部参数要占 1,342 GB。', '全部参数要占 1342 GB。'],
  ['group-five-digits', '最大值只有 65504。', '最大值只有 65,504。'],
  ['group-five-digits', '完整的上下文，即 131072 个 token。', '完整的上下文，即 131,072 个 token。'],
  ['group-five-digits', '$16384 \\times 989$ 次', '$16{,}384 \\times 989$ 次'],
  ['halfwidth-punctuation', '发布日期: 2026 年', '发布日期：2026 年'],
  ['halfwidth-punctuation', '每个 token 激活 (370亿)', '每个 token 激活（370亿）'],
  ['tilde-approx', '| 带缩放因子的 4 比特 | ~4.89 | ~122 GB |', '| 带缩放因子的 4 比特 | 约 4.89 | 约 122 GB |'],
  ['range-dash', '利用率为 38%–43%。', '利用率为 38% 到 43%。'],
  ['range-dash', '1.5 × 10¹⁴ 至 10¹⁵ 个突触', '1.5 × 10¹⁴ 到 10¹⁵ 个突触'],
  ['cjk-latin-space', '用bf16存储时', '用 bf16 存储时'],
  ['cjk-latin-space', '一共有8层', '一共有 8 层'],
  ['han-space', '与 GPT-3 的规模 1750亿 相同。', '与 GPT-3 的规模 1750亿相同。'],
  ['bold-lead-punctuation', '- **取整。** “8B”代表的是 8,030,261,248。', '- **取整**。“8B”代表的是 8,030,261,248。'],
  ['bold-lead-punctuation', '**混合专家模型。**对混合专家模型来说', '**混合专家模型**。对混合专家模型来说'],
  ['size-in-heading', '## 200B 的例子，逐个格式算一遍 \\{#worked-example\\}', '## 2000亿参数的例子：逐个格式算一遍 \\{#worked-example\\}'],
  ['size-in-heading', '### 1.5T 个 token', '### Llama 3.1 405B 与 Mixtral 8x7B 的 1.5万亿个 token'],
  ['uppercase-k', '论文所说的 32k 序列', '论文所说的 32K 序列'],
  ['et-al', '表中写作 Ben Abacha et al. 2024。', '表中写作 Ben Abacha 等，2024。'],
];

describe('each Chinese style rule fails on a sample and passes its correction', () => {
  it.each(cases)('%s: %j', (rule, bad, good) => {
    expect(ruleIds(bad)).toContain(rule);
    expect(checkZhStyle('sample.mdx', good)).toEqual([]);
  });

  it('has a failing sample for every rule in src/data/zh-style.ts', () => {
    expect(new Set(cases.map(([rule]) => rule))).toEqual(new Set(zhStyleRules.map((r) => r.id)));
  });
});

describe('what the rules allow', () => {
  it.each([
    ['host memory', '放不下时卸载到主机内存或 CPU 内存。'],
    ['unified memory, which the CPU and the GPU share (Apple’s and GH200’s term)', '统一内存，与 CPU 和系统共用。'],
    ['a model name with B', 'Llama 3.1 405B 用 bf16 训练。'],
    ['a year, an arXiv number and a model id', '2024 年 12 月的 arXiv:2412.19260 给出 gpt-4o-2024-05-13。'],
    ['digits glued to 亿 and 万亿', '训练用了 1.4万亿个 token，约 860亿个神经元。'],
    ['widths with 位', '8 位整数；4 位指数、3 位尾数。'],
    ['a link target with digits and a heading id', '见[主文](/zh/model-parameter-scale/#worked-example)。\n\n## 训练 \\{#training-12345\\}'],
    ['a blank or Latin-only line', 'Hoffmann et al. 2022, pp. 1–10\n'],
    ['a peak rate called 算力', '单卡峰值算力，集群实际算力，训练算力利用率。'],
    ['a shard file name', '请选中全部分片：model-00001-of-00004.safetensors。'],
  ])('%s', (_name, text) => {
    expect(checkZhStyle('sample.mdx', text)).toEqual([]);
  });
});

describe('messages', () => {
  it('name the file, the line, what was found and what to write', () => {
    const [problem] = checkZhStyle('content/zh/a.mdx', '第一行。\n\n显卡的内存不够。');
    expect(problemMessage(problem!)).toBe(
      'content/zh/a.mdx:3: "内存" → 显存（“内存”只指主机内存，写作“主机内存”或“CPU 内存”） [gpu-memory]',
    );
  });

  it('checks a line without a Han character only when asked (a calculator result on a Chinese page)', () => {
    expect(checkZhStyle('a', '0.02%–0.133%')).toEqual([]);
    expect(checkZhStyle('a', '0.02%–0.133%', undefined, undefined, true).map((p) => p.rule)).toEqual(['range-dash']);
  });

  it('prepareText keeps what a reader sees', () => {
    expect(prepareText('1750[亿](/zh/glossary/#yi)，$16{,}384$ \\{#x\\} https://a.b/12345')).toBe('1750亿，$16,384$  ');
  });
});

// The real sources: articles, and every file of Chinese strings: the shared ones (src/i18n/zh/), each
// calculator's (src/calculators/<name>/i18n/zh.ts), the core's sentences the site and the command
// share, the command's own, and the Chinese half of each file that holds both languages.
const root = join(import.meta.dirname, '..', '..');
/** Files holding both languages, whose `  zh: {` block alone is Chinese. */
const MIXED_FILES = ['src/i18n/ui.ts', 'src/i18n/accelerators.ts', 'src/i18n/hub-buttons.ts'];
function zhBlock(text: string): { from: number; to: number } {
  const lines = text.split('\n');
  // 1-based lines, both included: from `  zh: {` to the line before its closing `  },`, or the one line of `  zh: { … },`.
  const from = lines.findIndex((l) => /^ {2}zh: \{/.test(l)) + 1;
  if (from > 0 && /\},?$/.test(lines[from - 1]!)) return { from, to: from };
  const to = from + lines.slice(from).findIndex((l) => /^ {2}\},?$/.test(l));
  return { from, to };
}
function sources(): { file: string; text: string; lines?: { from: number; to: number } }[] {
  const read = (file: string) => readFileSync(join(root, file), 'utf8');
  const inDir = (dir: string) => readdirSync(join(root, dir)).map((f) => `${dir}/${f}`);
  const articles = inDir('content/zh').filter((f) => f.endsWith('.mdx'));
  const strings = inDir('src/i18n/zh').filter((f) => f.endsWith('.ts'));
  const calculators = readdirSync(join(root, 'src/calculators'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => `src/calculators/${d.name}/i18n/zh.ts`);
  const shared = ['packages/core/src/text/messages/zh.ts', 'packages/cli/src/messages/zh.ts'];
  return [
    ...[...articles, ...strings, ...calculators, ...shared].map((file) => ({ file, text: read(file) })),
    ...MIXED_FILES.map((file) => {
      const text = read(file);
      return { file, text, lines: zhBlock(text) };
    }),
  ];
}

describe('the Chinese site follows src/data/zh-style.ts', () => {
  it.each(MIXED_FILES)('finds the zh block in %s', (file) => {
    const source = sources().find((s) => s.file === file)!;
    expect(source.lines!.from).toBeGreaterThan(1);
    expect(source.lines!.to).toBeGreaterThanOrEqual(source.lines!.from);
    // The block ends where its braces close: the next line, or its own line for a one-line block.
    const lines = source.text.split('\n');
    expect(source.lines!.to === source.lines!.from ? lines[source.lines!.to - 1] : lines[source.lines!.to]).toMatch(/\},?$/);
  });

  it('checks every file of Chinese strings there is: each calculator’s, and src/i18n/accelerators.ts', () => {
    const files = sources().map((s) => s.file);
    expect(files).toContain('src/i18n/accelerators.ts');
    expect(files).toContain('src/calculators/serving/i18n/zh.ts');
    expect(files.filter((f) => f.startsWith('src/calculators/')).length).toBeGreaterThanOrEqual(10);
  });

  it.each(sources().map((s) => [s.file, s] as const))('%s', (_file, source) => {
    const problems = checkZhStyle(source.file, source.text, zhStyleRules, source.lines);
    expect(problems.map(problemMessage)).toEqual([]);
  });
});
