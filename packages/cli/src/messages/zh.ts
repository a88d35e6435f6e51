import type { Messages } from './en';

/** 命令行工具输出的全部句子和标签（中文）。键和 {占位符} 必须与 en.ts 一致（messages.test.ts 检查）。 */
export const zh: Messages = {
  usage: `llm-scale：精确计算语言模型的参数量、读取权重文件头、估算部署显存。

用法：
  llm-scale count <config.json>              按 Hugging Face transformers 构建模型的方式数参数
  llm-scale inspect <文件或文件夹>...         只读 .safetensors 与 .gguf 文件头：参数量、各数据类型的
                                             字节数、每个权重的比特数（分片和拆分文件都可以）
  llm-scale serve <config.json> [选项]       权重、按层类型的 KV 缓存、合计，以及放得下多少

所有命令通用的选项：
  --json         在标准输出打印一个 JSON 对象，数字是不带分隔符的整数
  --lang zh      用中文输出（en、zh）
  --help         该命令的帮助

退出码：成功为 0；输入有误（文件不存在、config 读不了、选项写错）为 2；其他错误为 1。`,
  countHelp: `llm-scale count <config.json> [--json] [--lang zh]

按 Hugging Face transformers 构建模型的方式，数出 config.json 所描述模型的参数：总数、
混合专家模型每个 token 实际用到的参数（激活参数），以及各部分的参数量。`,
  inspectHelp: `llm-scale inspect <文件或文件夹>... [--json] [--lang zh]

只读 .safetensors 和 .gguf 文件的文件头（给文件夹时读其中所有这类文件）：精确的参数量、
每种数据类型占的字节数、每个权重的比特数。同一检查点的分片（"-00001-of-00004"）会合并计算，
缺少的分片会逐个列出。`,
  serveHelp: `llm-scale serve <config.json> [选项]

部署模型所需的显存：权重、按层类型分列的 KV 缓存（按 config 所写的分组查询、滑动窗口、
潜在注意力计算）、两者合计，以及给定的加速卡上放得下多少。

  --context <token 数>  每条序列的上下文长度（默认 8192；32k 即 32,768）
  --batch <条数>        同时服务的序列数（默认 1）
  --weights <格式>      权重格式：fp32、bf16、fp16、fp8、int8、int4（默认 bf16）
  --kv <格式>           KV 缓存格式：bf16、fp16、fp8、int8、int4（默认 bf16）
  --gpus <张数>x<GB>    加速卡张数和每张的显存，例如 2x80GB（默认 2x80GB）`,
  modelType: '模型类型',
  countedAs: '按此计算',
  fallback: '本工具不认识 {type} 这种模型类型，按 Llama 式解码器计算，结果可能偏高也可能偏低',
  noModelType: 'config 没有写 model_type，按 Llama 式解码器计算，结果可能偏高也可能偏低',
  nested: '只计入了 text_config 中的语言模型',
  tied: '输出头与词嵌入矩阵共享（绑定），只计一次',
  defaulted: 'config 未写的键取了默认值：{keys}',
  total: '参数总量',
  active: '每个 token 的激活参数',
  activeWithoutEmbeddings: '激活参数（不含词嵌入表）',
  parts: {
    embeddings: '词嵌入',
    positionEmbeddings: '位置嵌入',
    attention: '注意力',
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
  missingShards: '{prefix}：共 {count} 个分片，缺少第 {missing} 个；合计只包括已读的分片',
  weights: '权重',
  kvPerToken: '每个 token 的 KV 缓存',
  kvCache: 'KV 缓存',
  servingTotal: '权重 + KV 缓存',
  layerLine: '{layers} 层{type}：{bytes}（每层 {tokens} 个 token）',
  layerTypes: {
    full_attention: '全注意力',
    sliding_attention: '滑动窗口注意力（窗口 {window} 个 token）',
    chunked_attention: '分块注意力（每块 {window} 个 token）',
  },
  maxContext: '批大小为 {batch} 时最长的上下文',
  maxBatch: '上下文为 {context} 个 token 时最多的序列数',
  doesNotFit: '仅权重就放不下',
  unbounded: '显存不构成限制',
  modelLimit: '{tokens} 个 token：模型自身的上限（max_position_embeddings）',
  errors: {
    unknownCommand: '没有“{command}”这个命令，请用 count、inspect 或 serve（llm-scale --help）。',
    noCommand: '请指定命令：count、inspect 或 serve（llm-scale --help）。',
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
    badGpus: '--gpus 应写成张数和显存大小，例如 2x80GB，而不是“{value}”。',
    config: '{path} 无法计算：{problems}。',
    configText: '{path} 不是可读的 config.json：{reason}。',
    layout: '{path}：无法读出注意力结构：{problem}。',
    checkpoint: '{name}：{reason}',
    nothingCounted: '没有读出任何文件头。',
    tooLarge: '结果太大，本工具无法给出精确值。',
    internal: 'llm-scale 内部出错：{detail}。',
  },
  whats: {
    positiveInteger: '不小于 1 的整数',
    context: '一个 token 数（例如 8192 或 32k）',
  },
  configReasons: {
    empty: '文件是空的',
    'too-long': '文件太长，不像 config.json',
    'not-json': '不是有效的 JSON',
    'not-an-object': '不是 JSON 对象',
    'too-large': '参数量太大，无法精确给出',
  },
};
