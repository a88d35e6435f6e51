import type { Messages } from './en';

/** 命令行工具输出的全部句子和标签（中文）。键和 {占位符} 必须与 en.ts 一致（messages.test.ts 检查）。 */
export const zh: Messages = {
  usage: `llm-scale：精确计算语言模型的参数量、读取权重文件头、估算部署显存。

用法：
  llm-scale count <config.json | org/name>   按 Hugging Face transformers 构建模型的方式数参数
  llm-scale inspect <文件、文件夹或 org/name>  只读 .safetensors 与 .gguf 文件头：参数量、各数据类型的
                                             字节数、每个权重的比特数（分片和拆分文件都可以）
  llm-scale serve <config.json | org/name>   权重、KV 缓存、放得下多少、多卡切分、速度界限
  llm-scale finetune <config.json | org/name> 微调时每张卡的显存（全参数、LoRA、QLoRA；ZeRO）

所有命令通用的选项：
  --json         在标准输出打印一个 JSON 对象，数字是不带分隔符的整数
  --lang zh      用中文输出（en、zh）
  --help         该命令的帮助

退出码：成功为 0；输入有误（文件不存在、config 读不了、选项写错）为 2；其他错误为 1。`,
  countHelp: `llm-scale count <config.json | 文件夹 | org/name> [--json] [--lang zh]

按 Hugging Face transformers 构建模型的方式，数出 config.json 所描述模型的参数：总数、
混合专家模型每个 token 实际用到的参数（激活参数），以及各部分的参数量。`,
  inspectHelp: `llm-scale inspect <文件或文件夹>... | <org/name> [--json] [--lang zh]

只读 .safetensors 和 .gguf 文件的文件头（给文件夹时读其中所有这类文件）：精确的参数量、
每种数据类型占的字节数、每个权重的比特数。同一检查点的分片（"-00001-of-00004"）会合并计算，
缺少的分片会逐个列出。`,
  finetuneHelp: `llm-scale finetune <config.json | org/name> [选项]

按本站微调计算器的算式估算每张卡需要的显存：权重、梯度、优化器状态和激活值（Korthikanti 等，
2022），并按 ZeRO 在各张卡之间切分。

  --method <方法>       full-adam、full-adam-8bit、lora（默认）、qlora
  --rank <r>            LoRA 的秩（默认 16）
  --targets <模块>      qv、attention、all-linear（默认）
  --sequence <token 数> 序列长度（默认 2048）
  --micro-batch <n>     每张卡每步的序列数（默认 1）
  --attention <实现>    flash（默认，不保存 s² 的注意力分数矩阵）或 standard
  --no-checkpointing    保存每一层的激活值（默认开启梯度检查点）
  --gpus <张数>[x<GB>]  数据并行的 GPU 张数，以及每张的显存（用于判断放不放得下；默认 1）
  --zero <0-3>          ZeRO 阶段（3 即 FSDP 完全切分；默认 0）
  --tokens <n>          训练的 token 数，用于计算量、时间和 GPU 小时
  --peak <TFLOP/s>      单卡稠密峰值算力（默认 989，即 H100 SXM 的 bf16）
  --utilization <%>     实际达到的峰值比例，0.1 到 100（默认 40；写 40，不写 0.4）
  --price <每小时价格>  每 GPU 小时的价格，用于估算费用（示例价格由你提供：2.5、$2.5、2.5 USD）`,
  serveHelp: `llm-scale serve <config.json | org/name> [选项]

按本站推理显存计算器的口径（即 vLLM 的规则）估算部署所需的显存和速度：权重按检查点发布时的格式计，
KV 缓存按层类型分列（分组查询、滑动窗口、潜在注意力，以及混合模型各层的状态），在推理框架可用的
那部分显存里放得下多少，在各张卡上怎样切分，以及解码和预填充的速度界限。

  --context <token 数>  每条序列的上下文长度（默认 8192；32K 即 32,768）
  --batch <条数>        同时处理的序列数（默认 1）
  --weights <格式>      权重格式：fp32、bf16、fp16、fp8、int8、int4（默认按检查点的
                        quantization_config，没有则为 bf16）
  --bits <比特数>       改为按每个权重的比特数计，用于 GGUF 类型：8.5（Q8_0）、4.89（Q4_K_M）
  --kv <格式>           KV 缓存格式：bf16、fp16、fp8、int8、int4（默认 bf16）
  --gpus <张数>x<GB>    GPU 张数和每张的显存，例如 2x80GB（默认）；也可以写预设型号，连同其显存、
                        带宽和峰值算力：8xh100-sxm、1xrtx-4090、8xh200、1xm4-max 等
  --usable <百分比>     推理框架可用的显存比例，1 到 100（默认 92，即 vLLM 的默认值）
  --tp <n>、--pp <n>    张量并行度和流水线并行度（默认在所有卡上做张量并行）
  --bandwidth <TB/s>    单卡显存带宽，用于解码速度上限
  --peak <TFLOP/s>      单卡 bf16 稠密峰值算力，用于预填充时间下限（fp8 权重用 --peak-fp8）
  --price <每小时价格>  每 GPU 小时的价格，用于按解码速度上限估算输出 token 的成本`,
  modelType: '模型类型',
  countedAs: '计数规则',
  fallback: '本工具不认识 {type} 这种模型类型，按 Llama 式解码器计算，结果可能偏高也可能偏低',
  noModelType: 'config 没有写 model_type，按 Llama 式解码器计算，结果可能偏高也可能偏低',
  nested: '只计入 text_config 中的语言模型，不含视觉编码器和投影层',
  nestedServe: '只计入 text_config 中的语言模型：视觉编码器和投影层的权重还要另算',
  architecture: '模型类型 {type} 是远程代码（配置里有 auto_map），但它的 architectures 写的是 transformers 自带的类 {architecture}，因此按这个类计数，即按 {family} 的规则',
  mtp: '检查点里还有 {n} 个多 token 预测层；transformers 不构建这部分，这里也不计入',
  withShort: '{full}（{short}）',
  estimate: '≈ {short}：这是估算，不是精确计数（该模型类型按 Llama 式解码器读取）',
  approximately: '≈ {short}',
  tied: '输出头与词嵌入矩阵共享（绑定），只计一次',
  defaulted: 'config 未写的键取了默认值：{keys}',
  total: '参数总量',
  stored: '检查点里存储的参数（读自文件头）',
  active: '每个 token 的激活参数',
  activeWithoutEmbeddings: '激活参数（不含词嵌入表）',
  parts: {
    embeddings: '词嵌入',
    positionEmbeddings: '位置嵌入',
    attention: '注意力',
    recurrent: '循环层（Mamba、线性注意力、短卷积）',
    mlp: 'MLP',
    routedExperts: '路由专家',
    sharedExperts: '共享专家',
    router: '路由器',
    norms: '归一化层',
    outputHead: '输出头',
  },
  file: '文件',
  tensors: '张量数',
  parameters: '参数量',
  tensorBytes: '张量字节数',
  bitsPerWeight: '每个权重的比特数',
  byDtype: '按数据类型：',
  duplicate: '与 {name} 是同一个文件，不重复计算',
  missingShards: '{prefix} 共 {count} 个分片，未选第 {missing} 个；合计只包含已读的分片',
  missingShardsMany: '{prefix} 共 {count} 个分片，未选第 {missing} 个；合计只包含已读的分片',
  configOnly: '{name} 是 config.json，不是检查点：里面没有权重，也没有声明量化方式（没有 quantization_config）。要数它的参数，请用 llm-scale count。',
  configOnlyDeclares: '{name} 是 config.json，不是检查点：里面没有权重，它声明的量化方式是 {scheme}（quantization_config）。请把它和检查点文件一起给出，以便数出权重。',
  mixedFormats: '同时给了 safetensors 和 GGUF 文件：如果它们是同一个模型，参数量会被算两遍。',
  splitMixed: '这些 GGUF 文件来自不同的拆分（文件头里的分片数或张量数对不上）：{names}。不予计数。',
  splitRepeated: '{names} 的文件头都说自己是同一拆分的第 {part} 片：其中一个是改了名的副本。整个拆分不予计数。',
  otherModels: '这些 GGUF 文件不属于同一组拆分文件，各自是一个独立的模型（{models}）：上面逐个文件列出参数量，不做加总',
  weights: '权重',
  kvPerToken: '每个 token 的 KV 缓存',
  kvCache: 'KV 缓存',
  servingTotal: '权重 + KV 缓存',
  verdict: '结论',
  note: '注意',
  verdicts: {
    fits: '放得下，每张卡占用 {needed}，可用 {usable}（{share}），还能再放 {spare} 个 token 的缓存',
    fitsNoKvCache: '放得下，每张卡占用 {needed}，可用 {usable}（{share}）；没有哪一层缓存键和值，上下文再长也不多占显存',
    'cache-does-not-fit': '放不下，权重加缓存每张卡要 {needed}，可用的只有 {usable}（{share}）',
    'weights-do-not-fit': '放不下，仅权重就超过每张卡可用的 {usable}（{share}）',
  },
  withFormat: '{value}（{format}）',
  bitsValue: '每个权重 {bits} 比特',
  asShipped: '{format}，即检查点发布时的格式',
  split: '在各张卡上的切分',
  splitValue: '张量并行 {tp} × 流水线并行 {pp}；每张卡 {kvHeads} 个 KV 头',
  perGpu: '每张卡（占用最多的那张）',
  perGpuValue: '权重 {weights} + 缓存 {kv} = {total}，可用 {usable}（{share}）',
  decode: '解码速度上限',
  decodeValue: '单个序列 {one}（不计缓存为 {weightsOnly}）；整批 {batch}',
  prefill: '预填充整段上下文的时间下限',
  seconds: '{n} 秒',
  tokensPerSecond: '{n} token/秒',
  trainable: '可训练参数 / 全部参数',
  gradients: '梯度',
  optimizer: '优化器状态',
  activations: '激活值',
  perGpuTotal: '每张卡合计',
  fitsIn: '放得下：{capacity} 里还剩 {free}',
  overBy: '放不下：超出 {capacity} {over}',
  gpuHours: 'GPU 小时',
  cost: '费用',
  costValue: '{cost}（按所填的每 GPU 小时价格计；示例价格，不是报价）',
  noRun: '无：按当前设置显存放不下，训练无法开始，也就无从计时和计价',
  costPerMillion: '每百万个输出 token 的最低成本（币种同 --price）',
  maxContext: '批大小为 {batch} 时最长的上下文',
  maxBatch: '上下文为 {context} 个 token 时最多的序列数',
  doesNotFit: '仅权重就放不下',
  unbounded: '显存不构成限制',
  modelLimit: '{tokens} 个 token：模型自身的上限（max_position_embeddings）',
  contextOverLimit: '所选上下文 {context} 个 token 超过了模型支持的最大长度 {limit} 个 token（max_position_embeddings），vLLM 不接受更长的 max_model_len；这里的各项数字仍按 {context} 个 token 计算',
  errors: {
    unknownCommand: '没有“{command}”这个命令，请用 count、inspect、serve 或 finetune（llm-scale --help）。',
    noCommand: '请指定命令：count、inspect、serve 或 finetune（llm-scale --help）。',
    unknownOption: '没有 {option} 这个选项（llm-scale {command} --help）。',
    optionValue: '选项 {option} 后面要跟一个值（llm-scale {command} --help）。',
    extraArgument: '多余的参数 {option}（llm-scale {command} --help）。',
    noInput: '请给出一个 config.json 文件（llm-scale {command} --help）。',
    noFiles: '请给出一个或多个 .safetensors 或 .gguf 文件，或包含它们的文件夹。',
    notFound: '找不到文件或文件夹：{path}。',
    unreadable: '无法读取 {path}：{reason}。',
    noCheckpoints: '{path} 中没有 .safetensors 或 .gguf 文件。',
    badLang: '不支持的语言“{lang}”，请用 en 或 zh。',
    badNumber: '{option} 应为{what}，而不是“{value}”。',
    badFormat: '{option} 应为 {formats} 之一，而不是“{value}”。',
    badGpus: '--gpus 应写成张数和显存大小（例如 2x80GB），或张数和预设型号（{presets}，例如 8xh100-sxm），而不是“{value}”。',
    finetune: '{path} 无法估算微调显存。{reason}',
    tpDegree: 'vLLM 无法把 {heads} 个注意力头平均分到张量并行度 {tp} 上：可用的并行度为 {valid}；卡数不符时可以与 --pp 组合。',
    ppDegree: '流水线并行度 {pp} 会让有的段分不到层：模型只有 {layers} 层。',
    degrees: '张量并行 {tp} × 流水线并行 {pp} 必须等于 GPU 数 {devices}。',
    config: '{path} 无法计算：{problems}。',
    configText: '{path} 不是可读的 config.json：{reason}。',
    layout: '{path}：无法读出注意力结构：{problem}。',
    checkpoint: '{name}：{reason}',
    nothingCounted: '没有读出任何文件头。',
    percentFraction: '{option} 按百分比读取：{value} 会被当作 {value}%，是否想输入 {meant}？',
    percentRange: '{option} 应为 {min} 到 {max} 之间的百分比，而不是“{value}”。',
    offline: '无法连接 Hub：这台机器可能离线，或者网络过滤拦截了 huggingface.co。请改用本地的 config.json 或检查点文件。',
    gated: '{repo} 是受限模型：发布者要求每位读者先在模型页上同意其使用条款，而本命令从不索要、发送或保存令牌。请在模型页上同意条款，下载文件后给出它们的路径。',
    badResponse: 'Hub 的回应不是本读取器预期的格式。请稍后再试，或改用本地的 config.json 或检查点文件。',
    noConfigInFolder: '{path} 是一个没有 config.json 的文件夹：请给出 config.json，或包含它的文件夹。',
    tooLarge: '结果太大，本工具无法给出精确值。',
    internal: 'llm-scale 内部出错：{detail}。',
  },
  whats: {
    positiveInteger: '不小于 1 的整数',
    context: '一个 token 数（例如 8192 或 32K）',
    positiveNumber: '大于 0 的数',
    price: '每 GPU 小时的价格（0.001 到 1,000,000），例如 2.5、$2.5 或 2.5 USD',
  },
  configReasons: {
    empty: '文件是空的',
    'too-long': '文件太长，不像 config.json',
    'not-json': '不是有效的 JSON',
    'not-an-object': '不是 JSON 对象',
    'too-large': '参数量太大，无法精确给出',
  },
};
