import type { CalculatorStrings } from '../../../i18n/calculator-strings';
import type { checkpoint } from '../index';
import { hubOutputs, hubWords, modelFieldStrings, modelFieldWords } from '../../../i18n/zh/hub';
import { messages } from '@llm-scale/core/text/messages/zh';

/** The checkpoint calculator's strings in Chinese. */
const strings: CalculatorStrings<typeof checkpoint> = {
  title: '检查点计数器：选择模型文件',
  question: '模型的 .safetensors 或 .gguf 文件里存了多少参数、用的是哪些数据类型？',
  searchWords: 'safetensors、GGUF、检查点、权重文件、模型文件、数据类型',
  intro: '只读取文件头，就能数出模型文件里存储的参数量，支持 .safetensors（单个分片或全部分片）和 .gguf；量化过的权重（GPTQ、AWQ、bitsandbytes、MLX、MXFP4、FP8）会先解包，数的是模型实际的权重数。文件只在浏览器中读取，不会上传，所以 100 GB 的文件也和小文件一样快。',
  fields: {
    model: modelFieldStrings,
    files: { label: '检查点文件', hint: '要数整个模型，请选中全部分片：model-00001-of-00004.safetensors … model-00004-of-00004.safetensors。量化模型请把 config.json 一并选上，权重怎样打包要看它。' },
  },
  outputs: {
    'hub-status': hubOutputs.status,
    total: '存储的参数量',
    'bits-per-weight': '每个权重的比特数（张量字节数 × 8 ÷ 参数量）',
    bytes: '存储的张量字节数',
    'by-dtype': '按数据类型',
    quantization: '量化',
    'files-read': '已读取的文件',
  },
  words: {
    ...messages.checkpoint,
    // The checkpoint counter has no config box: what to do instead is to pick the files.
    hub: {
      ...hubWords,
      errors: {
        ...hubWords.errors,
        network: '无法连接 Hub：可能处于离线状态，或者网络过滤器、浏览器扩展拦截了 huggingface.co。可以改为在上方选取磁盘上的模型文件。',
        gated: '{repo} 是受限模型：发布者要求每位读者先在模型页上同意其使用条款，而本站从不索要、发送或保存令牌。请在模型页上同意条款，下载文件后在上方选取。',
        'bad-response': 'Hub 的回应不是本读取器预期的格式。请稍后再试，或在上方选取磁盘上的模型文件。',
      },
    },
    pick: '请选择一个或多个 .safetensors 或 .gguf 文件。',
    reading: '正在读取文件头…',
    readingProgress: '正在读取文件头… {name}（第 {index} 个，共 {count} 个），已读 {bytes}。',
    stopped: '已停止：没有计数。重新选择文件即可再数。',
    withShort: '{full}（{short}）',
    schemes: {
      gptq: 'GPTQ',
      awq: 'AWQ',
      'bitsandbytes-4bit': 'bitsandbytes 4 比特',
      'bitsandbytes-8bit': 'bitsandbytes LLM.int8()',
      mlx: 'MLX',
      mxfp4: 'MXFP4',
      fp8: 'FP8',
      'compressed-tensors': 'compressed-tensors',
    },
    sources: { config: '据 config.json', metadata: '据文件元数据', names: '据张量名' },
    quantized: '{scheme}（{source}）：打包张量的 {stored} 个存储元素里共有 {weights} 个权重。缩放因子、零点、索引和码本只算字节，不算参数。',
    quantizedBits: '量化层每个权重 {total} 比特（{parts}）。',
    bitsPart: '{role}占 {bits}',
    assumedBits: '文件没有写明比特数，按 mlx-lm 的默认值（4 比特、每 64 个权重一组）计算，张量形状与之相符。要确认，请一并选上它的 config.json。',
    unmatched: '配置声明的是 {scheme}，但这些文件里没有按这种方式打包的张量。',
    maybePacked: '判断不出量化方案，所以这里数的是存储元素：{example} 等整数张量（共 {count} 个）可能每个元素打包了多个权重。选上模型的 config.json 才能数出权重数。',
    notQuantized: '未发现量化：每个存储元素算一个参数。',
    configFile: '{name}：配置文件，{declares}',
    declares: '声明为 {scheme}',
    declaresNone: '未声明量化',
    configUnreadable: '{name}：不是本计数器能读取的 JSON 配置，未计入。',
    splitMixed: '这些 GGUF 文件来自不同的拆分（文件头里的分片数或张量数对不上）：{names}。不予计数。',
    splitRepeated: '{names} 的文件头都说自己是同一拆分的第 {part} 片：其中一个是改了名的副本。整个拆分不予计数。',
    fileError: '{name}：{error}',
    duplicate: '{name}：与 {first} 是同一个文件，只计一次',
    mixed: '同时选了 safetensors 和 GGUF 文件：如果它们是同一个模型，参数量会被算两遍。',
    missing: '{prefix}：共 {count} 个分片，未选第 {missing} 个；合计只包含已选的分片。',
    none: '所选文件都无法读取。',
  },
  fieldWords: {
    model: modelFieldWords,
    files: { noun: '文件', example: 'model.safetensors' },
  },
};

export default strings;
