import type { LanguageCalculatorStrings } from '../calculator-strings';

const params = { label: '参数量', hint: '例如 2000亿、80亿、1.5万亿、200B 或 175,000,000,000。' };
const tokens = { label: '训练 token 数（D）', hint: '例如 1.4万亿、1.4T 或 15T。' };
const bytes = { other: '{n} 字节' };

/** 计算器的全部中文文字：标签、提示、错误信息和结果里用到的词。 */
export const calculators: LanguageCalculatorStrings = {
  calculators: {
    storage: {
      title: '存储计算器',
      intro: '任意参数量与数值格式下的权重存储。只算权重：实际运行模型还需要为 KV 缓存和激活值留出显存。',
      fields: {
        params,
        precision: { label: '每个权重的数值格式' },
        bytes: { label: '自定义每个参数的字节数（可选）', hint: '填写后优先于上面的格式，例如每个权重 4.5 比特即 0.5625。' },
      },
      outputs: {
        weights: '权重存储',
        accelerators: '仅装下权重所需的 80 GB 加速卡数量',
        working: '计算过程',
      },
      words: { bytes },
    },
    models: {
      title: '估计与公布的模型规模对应的权重显存',
      intro: '选择一种数值格式，查看每个模型的权重占用多少显存。',
      fields: { precision: { label: '每个权重的数值格式' } },
      outputs: {},
      words: { bytes },
    },
    compute: {
      title: '计算量计算器',
      intro: '运行模型每个 token 约需 2N 次浮点运算，训练每个 token 约需 6N 次；整个训练约为 C ≈ 6ND。',
      fields: { params, tokens },
      outputs: {
        inference: '运行时每个 token（≈ 2N）',
        'training-per-token': '训练时每个 token（≈ 6N）',
        training: '整个训练过程（C ≈ 6ND）',
        'tokens-per-param': '每个参数对应的训练 token 数',
        chinchilla: '按 Chinchilla 约每参数 20 个 token 计',
      },
      words: {},
    },
    brain: {
      title: '与大脑规模对比',
      intro: '把模型的参数量与约 860亿 个神经元、1.5 × 10¹⁴ 至 10¹⁵ 个突触放在一起比较。',
      note: '参数是连接的权重，所以更适合与突触比较；神经元是单元，不是连接。',
      fields: { params },
      outputs: {
        synapses: '相当于大脑突触总数的比例（更贴切的比较）',
        neurons: '参数量是神经元数的多少倍（不太贴切的比较）',
      },
      words: {},
    },
    quantization: {
      title: '量化计算器',
      intro: '由每个权重的比特数算出权重存储。实际的量化格式还要存放分块的缩放因子，所以比特数往往不是整数：Llama 3.1 8B 的 Q4_K_M 平均约 4.89 比特。',
      fields: {
        params,
        bits: { label: '每个权重的比特数', hint: '例如 16（bf16）、8（int8、fp8）、4.5（Q4_0）或 4.89（Q4_K_M）。' },
      },
      outputs: {
        weights: '权重存储',
        'bytes-per-param': '每个参数的字节数',
        'vs-bf16': '与 bf16 相比',
        working: '计算过程',
      },
      words: { bits: { other: '{n} 比特' }, bytes, vsBf16: 'bf16 下 {bf16} 的 {share}' },
    },
    serving: {
      title: '推理显存计算器',
      intro: '推理时所需的显存：权重加上 KV 缓存。KV 缓存随上下文长度和同时处理的序列数增长。不含激活值和运行时开销。',
      fields: {
        params,
        precision: { label: '每个权重的数值格式' },
        layers: { label: '层数', hint: 'Llama 3.1 70B 为 80。' },
        'kv-heads': { label: 'KV 头数', hint: 'Llama 3.1 70B 为 8（分组查询注意力）；不用分组查询注意力的模型与注意力头数相同。' },
        'head-dim': { label: '每个头的维度', hint: '模型未设置 head_dim 时为模型维度 ÷ 注意力头数：Llama 3.1 70B 为 8192 ÷ 64 = 128。' },
        context: { label: '上下文长度（token 数）', hint: '例如 8192、8k 或 128k（k 表示 1024，与模型配置的算法一致：128k 即 131,072）。' },
        batch: { label: '同时处理的序列数（批大小）', hint: '每个序列都有自己的 KV 缓存。' },
        'kv-precision': { label: 'KV 缓存的数值格式' },
      },
      outputs: {
        weights: '权重',
        'kv-per-token': '每个 token 的 KV 缓存',
        'kv-cache': 'KV 缓存（2 × 层数 × KV 头数 × 头维度 × 上下文长度 × 批大小 × 字节数）',
        total: '推理显存：权重 + KV 缓存（不含激活值）',
        training: '训练显存，按每个参数 16 字节计（混合精度 Adam，不含激活值）',
        working: '计算过程',
      },
      words: {
        bytes,
        tokens: { other: '{n} 个 token' },
        sequences: { other: '{n} 个序列' },
        perToken: '每个 token {bytes}',
      },
    },
    training: {
      title: '训练时间计算器',
      intro: '用 C ≈ 6ND 除以集群的实际算力：加速卡数 × 峰值算力 × 利用率。每个假设都是可以修改的输入。',
      note: '这是理想情况：所有加速卡始终按此利用率工作，没有故障、重启或空闲。实际训练耗时更长。',
      fields: {
        params,
        tokens,
        accelerators: { label: '加速卡数量', hint: '例如 16384，即训练 Llama 3.1 405B 所用的 H100 GPU 数。' },
        peak: { label: '单卡峰值算力（TFLOP/s，稠密）', hint: 'H100 SXM 的 bf16 峰值算力为 989；NVIDIA 规格表上的 1979 是按稀疏计算的。' },
        utilization: { label: '利用率（占峰值的百分比，MFU）', hint: 'Meta 报告 Llama 3.1 405B 为 38%–43%。' },
      },
      outputs: {
        compute: '训练计算量（C ≈ 6ND）',
        'per-accelerator': '单卡实际算力（峰值 × 利用率）',
        throughput: '集群实际算力',
        time: '训练耗时',
        'accelerator-hours': '加速卡时数（GPU 小时）',
      },
      words: {},
    },
  },
  fieldWords: {
    params: {
      noun: '参数量',
      example: '200B 或 2000亿',
      forms: '2000亿、80亿、1.5万亿、200B、1.5T、175,000,000,000 或 2e11',
    },
    tokens: {
      noun: '训练 token 数',
      example: '1.4万亿 或 1.4T',
      forms: '1.4万亿、3000亿、1.4T、1,400,000,000,000 或 1.4e12',
    },
    layers: { noun: '层数', example: '80（Llama 3.1 70B）' },
    'kv-heads': { noun: 'KV 头数', example: '8（Llama 3.1 70B）' },
    'head-dim': { noun: '每个头的维度', example: '128（Llama 3.1 70B）' },
    context: { noun: '上下文长度', example: '8192、8k 或 128k', unit: ' 个 token' },
    batch: { noun: '批大小', example: '1 或 32' },
    accelerators: { noun: '加速卡数量', example: '16384（Llama 3.1 405B）' },
    bytes: {
      noun: '每个参数的字节数',
      example: 'bf16 为 2，4.5 比特为 0.5625',
      plain: '2、0.5 或 0.5625',
      empty: '请输入每个参数占用的字节数，例如 bf16 为 2，4.5 比特为 0.5625。',
    },
    bits: {
      noun: '每个权重的比特数',
      example: 'bf16 为 16，int8 为 8，Q4_K_M 约为 4.89',
      plain: '16、4.5 或 4.89',
      unit: '（即 fp64）',
    },
    peak: {
      noun: '峰值算力',
      example: '989',
      plain: '989 或 312',
      unit: ' TFLOP/s',
      empty: '请输入单块加速卡的峰值算力（TFLOP/s），例如 H100 SXM 的 bf16 稠密峰值算力为 989。',
    },
    utilization: { noun: '利用率', example: '40', plain: '40 或 38.5', unit: '%' },
    precision: { noun: '数值格式', example: 'bf16' },
    'kv-precision': { noun: '数值格式', example: 'bf16' },
  },
  errors: {
    count: {
      empty: '请输入{noun}，例如 {example}。',
      'not-a-number': '无法识别这个数。请输入数字，可以带单位，例如 {forms}。',
      'not-positive': '{noun}必须大于零。',
      'not-an-integer': '{noun}必须是不小于 1 的整数。',
      'too-large': '{noun}最多为 10¹⁵（1000万亿，即 1000T）。',
    },
    integer: {
      empty: '请输入{noun}，例如 {example}。',
      'not-a-number': '无法识别这个数。请输入整数，例如 {example}。',
      'not-positive': '{noun}必须大于零。',
      'not-an-integer': '{noun}必须是整数。',
      'too-large': '{noun}最多为 {max}{unit}。',
    },
    context: {
      empty: '请输入{noun}，例如 {example}。',
      'not-a-number': '无法识别这个数。请输入整数，例如 {example}。',
      'not-positive': '{noun}必须大于零。',
      'not-an-integer': '{noun}必须是整数个 token。',
      'too-large': '{noun}最多为 {max}{unit}。',
    },
    decimal: {
      empty: '请输入{noun}，例如 {example}。',
      'not-a-number': '{noun}请写成普通小数，例如 {plain}。',
      'not-positive': '{noun}必须大于零。',
      'too-small': '{noun}至少为 {min}{unit}。',
      'too-large': '{noun}最多为 {max}{unit}。',
    },
    percent: {
      empty: '请输入{noun}（百分比），例如 {example}。',
      'not-a-number': '{noun}请写成普通的百分数，例如 {plain}。',
      'not-positive': '{noun}必须大于零。',
      'too-small': '{noun}至少为 {min}{unit}。',
      'too-large': '{noun}最多为 {max}{unit}。',
    },
    format: {
      'unknown-format': '无法识别的数值格式，请从 {list} 中选择。',
    },
  },
  suggestions: {
    'count-unit': '是否想输入 {meant}？不带单位的数按原值 {typed} 计算。',
    percent: '已按 {typed}% 计算。是否想输入 {meant}%？',
  },
  presetLabel: '填入一个模型',
  presetNone: '选择模型…',
  presetEstimate: '（估计值）',
  noScript: '以上是按所示数值算出的结果。开启 JavaScript 后，结果会随输入即时更新。',
};
