/**
 * The Chinese site's term list and typography rules, as data. src/lib/zh-style.ts applies them to the
 * Chinese articles (content/zh/*.mdx), the calculator strings (src/i18n/zh/*.ts) and the chrome
 * (the zh part of src/i18n/ui.ts); src/lib/zh-style.test.ts fails `npm test` on any match, naming
 * file, line and the preferred form. docs/zh-style.md explains each choice and the ones not taken.
 *
 * A pattern matches what must NOT be written. Patterns run on the text with link targets, heading
 * ids and KaTeX group braces removed (see prepareText), one line at a time unless `sentence` says
 * the rule looks at whole sentences.
 */
export interface ZhStyleRule {
  /** Stable name, shown in messages and used by the tests. */
  id: string;
  kind: 'term' | 'typography' | 'wording';
  /** The variant to reject. Needs the g flag: every match is reported. */
  pattern: RegExp;
  /** What to write instead, shown in the message. */
  preferred: string;
}

const CJK = '\\p{Script=Han}';

export const zhStyleRules: readonly ZhStyleRule[] = [
  // Terms
  { id: 'gpu-memory', kind: 'term', pattern: /(?<!主机|系统|CPU ?|统一)内存/gu, preferred: '显存（“内存”只指主机内存，写作“主机内存”或“CPU 内存”）' },
  { id: 'compute-amount', kind: 'term', pattern: /计算复杂度|运算量|(?:训练|总)算力(?!利用率)/gu, preferred: '计算量（总量写“计算量”，速率才写“算力”）' },
  { id: 'compute-optimal', kind: 'term', pattern: /算力最优|算力预算/gu, preferred: '计算最优 / 计算预算' },
  { id: 'bits-amount', kind: 'term', pattern: /\d\.\d+\s*位(?![置数])/gu, preferred: '比特（非整数的位数是数量：4.5 比特）' },
  { id: 'bits-one-sentence', kind: 'term', pattern: /^(?=.*\d\s*比特)(?=.*\d\s*位(?![置数])).*$/gu, preferred: '同一句里只用“比特”或“位”中的一个：数量写“比特”，宽度和字段写“位”' },
  { id: 'serve-verb', kind: 'term', pattern: /(?<!云|推理)服务/gu, preferred: '推理 / 处理（“服务”在本站不作动词）' },
  { id: 'deploy-workload', kind: 'term', pattern: /训练(?:和|与|或|、)部署/gu, preferred: '训练和推理（“部署”只指把模型上线）' },
  { id: 'kv-cache', kind: 'term', pattern: /键值缓存/gu, preferred: 'KV 缓存' },
  { id: 'kv-heads', kind: 'term', pattern: /键值头/gu, preferred: 'KV 头' },
  { id: 'scale-factor', kind: 'term', pattern: /缩放系数/gu, preferred: '缩放因子' },
  { id: 'parameter-count', kind: 'term', pattern: /参数个数|参数数量/gu, preferred: '参数量' },
  { id: 'llm', kind: 'term', pattern: /大型语言模型/gu, preferred: '大语言模型' },
  { id: 'number-format', kind: 'term', pattern: /数字格式/gu, preferred: '数值格式' },
  { id: 'accelerator-measure-word', kind: 'term', pattern: /[块个台](?=\s*(?:[A-Z]\d+\S*\s+)?(?:GPU|加速卡))/gu, preferred: '张（加速卡的量词：16,384 张 H100 GPU）' },
  { id: 'bf16-name', kind: 'term', pattern: /脑浮点/gu, preferred: 'bfloat16（源自 Google Brain）' },
  { id: 'dimension-not-width', kind: 'term', pattern: /(?<![位带])宽度|最宽/gu, preferred: '维度（隐藏维度、中间层维度；比较数值格式时说“最高精度”）' },
  { id: 'modeling-code', kind: 'term', pattern: /建模(?:文件|代码)/gu, preferred: '实现代码（transformers 的 modeling_*.py）' },
  { id: 'suanfa-reckoning', kind: 'term', pattern: /算法/gu, preferred: '算式 / 估算 / 口径 / 惯例（“算法”会被读成 algorithm）' },
  { id: 'inference-framework', kind: 'term', pattern: /推理软件|推理引擎|运行模型的软件/gu, preferred: '推理框架（vLLM、SGLang 等；“运行时开销”可以保留）' },
  { id: 'full-attention-layer', kind: 'term', pattern: /全注意力|完整注意力/gu, preferred: '全局注意力层（看完整上下文，无滑动窗口）' },
  { id: 'word-embedding', kind: 'term', pattern: /词元(?:（[^）]*）)?嵌入/gu, preferred: '词嵌入' },
  { id: 'open-weights', kind: 'term', pattern: /开源模型/gu, preferred: '开放权重模型（Llama 等公开权重，但不算开源）' },
  { id: 'bits-format', kind: 'term', pattern: /\d+\s*位(?=\s*(?:格式|量化|部署|训练|权重|或\s*\d+\s*位))/gu, preferred: '比特（“16 比特格式”“8 比特量化”；“位”只留给字段宽度：8 位整数、指数位）' },

  // Wording that reads as translation
  { id: 'compare-word', kind: 'wording', pattern: /比对/gu, preferred: '对比' },
  { id: 'such-a-ratio', kind: 'wording', pattern: /这么一个/gu, preferred: '直接说出是什么（“峰值的 u 倍”），不写“这么一个比例”' },
  { id: 'idiom-wangchen', kind: 'wording', pattern: /望尘莫及/gu, preferred: '“远远装不下”这类直说（望尘莫及说的是追赶不上别人，不是容量不够）' },
  {
    id: 'ambiguous-multiple',
    kind: 'wording',
    pattern: /(?:大|多|高|快|小|少|低|慢|增加|提高|降低|减少|差)了?\s*(?:\d+(?:\.\d+)?|[一二两三四五六七八九十几百千]+)\s*倍/gu,
    preferred: '“变成原来的 8 倍”“是 B 的两倍多”“缩小到十分之一”（“大 8 倍”“相差两倍”“小了十倍”有歧义）',
  },
  { id: 'a-versus-b', kind: 'wording', pattern: /\d[\d,.]*\s*(?:字节|个(?:\s*token)?|GB|MB|%)?\s*对\s*\d/gu, preferred: '“前者 70,272 字节，后者 327,680 字节”（“A 对 B”是 A against B 的直译）' },
  { id: 'draft-token', kind: 'wording', pattern: /起草/gu, preferred: '生成草稿（投机解码中的 draft）' },
  { id: 'real-number', kind: 'wording', pattern: /实数/gu, preferred: '实际数据（“实数”在公式旁会被读成 real number）' },
  { id: 'take-place', kind: 'wording', pattern: /占位(?!符)/gu, preferred: '占存储空间（“占位”容易读成“占位符”）' },
  { id: 'zero-count', kind: 'wording', pattern: /(?<![\d.,])0\s*个/gu, preferred: '直说“一个序列也放不下”“没有”，不写“0 个序列”' },
  { id: 'worked-example-heading', kind: 'wording', pattern: /具体实例/gu, preferred: '实例（小标题统一写“实例：……”）' },

  // Typography
  { id: 'yi-glued', kind: 'typography', pattern: /\d\s+(?=[万亿])/gu, preferred: '数字紧接“万”“亿”：80亿、1.6万' },
  { id: 'size-order', kind: 'typography', pattern: /\d+(?:\.\d+)?\s*[BT]（[\d.]+\s*[万亿]+）/gu, preferred: '“亿”在前、B 在括号里：4050亿（405B）' },
  { id: 'group-four-digits', kind: 'typography', pattern: /(?<![\d.,])\d,\d{3}(?![,\d])/gu, preferred: '四位数不分组：1342（与计算器相同：五位及以上才分组）' },
  { id: 'group-five-digits', kind: 'typography', pattern: /(?<![\d.,-])(?!0)\d{5,}(?![\d-])/gu, preferred: '五位及以上的数每三位加逗号：16,384、131,072（与计算器相同）' },
  {
    id: 'halfwidth-punctuation',
    kind: 'typography',
    pattern: new RegExp(`${CJK}[,:;?!)]|[(]${CJK}|${CJK}\\(`, 'gu'),
    preferred: '中文旁用全角标点：，：；？！（）',
  },
  { id: 'tilde-approx', kind: 'typography', pattern: /[~～]\s*(?=[\d$])/gu, preferred: '约（“约 122 GB”，不写“~122 GB”）' },
  { id: 'range-dash', kind: 'typography', pattern: /(?<=[\d%⁰¹²³⁴⁵⁶⁷⁸⁹])\s*(?:至|–|—|～)\s*(?=[\d$])/gu, preferred: '范围一律写“到”：38% 到 43%' },
  {
    id: 'cjk-latin-space',
    kind: 'typography',
    pattern: new RegExp(`${CJK}[A-Za-z0-9]|[A-Za-z](?=${CJK})|\\d(?=(?![万亿])${CJK})`, 'gu'),
    preferred: '中文与拉丁字母、数字之间加空格（数字紧接“万”“亿”除外）',
  },
  { id: 'han-space', kind: 'typography', pattern: /(?<=\p{Script=Han}) +(?=\p{Script=Han})/gu, preferred: '汉字之间不加空格：“1750亿相同”' },
  {
    id: 'bold-lead-punctuation',
    kind: 'typography',
    pattern: /\*\*[^*\n]+?[。？！：；，]\*\*/gu,
    preferred: '标点放在加粗之外：**取整**。（“。** ”多出空隙；“。**”后接汉字时 Markdown 不认这段加粗）',
  },
  {
    id: 'size-in-heading',
    kind: 'typography',
    pattern: /^#{1,6}\s.*?(?<![A-Za-z][\w.-]*\s(?:[\d.]+\s)?)(?<![\w.])\d+(?:\.\d+)?[BT](?!\w)/gu,
    preferred: '标题里的规模写“亿”：## 2000亿参数的例子（B 只留在型号里：Llama 3.1 405B）',
  },
  { id: 'uppercase-k', kind: 'typography', pattern: /(?<![\w.])\d+k(?![A-Za-z\d])/gu, preferred: 'K（128K、32K；与全站一致）' },
  { id: 'et-al', kind: 'typography', pattern: /\bet al\./gu, preferred: '等（“Ben Abacha 等，2024”）' },
];
