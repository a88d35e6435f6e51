import type { CalculatorStrings } from '../../../i18n/calculator-strings';
import type { parameters } from '../index';
import { commonFieldWords, configProblems } from '../../../i18n/zh/shared';
import { hubOutputs, hubWords, modelFieldStrings, modelFieldWords } from '../../../i18n/zh/hub';

/** The parameters calculator's strings in Chinese. */
const strings: CalculatorStrings<typeof parameters> = {
  title: '参数量计数器：粘贴 config.json',
  question: '根据 config.json，一个模型究竟有多少参数？',
  searchWords: '参数量、config.json、Hugging Face、transformers',
  intro: '按 transformers 库构建模型的方式，从 Hugging Face 的 config.json 数出模型的参数量：配置里没写的键，取该模型类型的默认值。所有计算都在浏览器里完成，不会上传。',
  fields: {
    model: modelFieldStrings,
    config: {
      label: 'config.json',
      hint: '把 Hugging Face 模型页面上的整个文件粘贴进来。已知的模型类型：llama、mistral、mixtral、qwen2、qwen2_moe、qwen3、qwen3_moe、gemma、gemma2、gemma3_text、phi3、phi、gpt2、deepseek_v2、deepseek_v3、gpt_oss、starcoder2、gpt_bigcode、gpt_neox、cohere、olmo2、ministral3、olmoe、exaone4、qwen3_vl_text、qwen3_next、falcon、jamba、nemotron_h、granite、phimoe、glm4_moe、ministral、olmo、cohere2、olmo3、glm4、granitemoe、granitemoeshared、mamba2、lfm2、llama4_text、mamba、qwen3_5_text、qwen3_5_moe_text、bamba、falcon_h1、granitemoehybrid；其他类型按 Llama 式解码器计算，但混合专家（MoE）模型不给出总数。',
    },
  },
  outputs: {
    'hub-status': hubOutputs.status,
    'hub-total': hubOutputs.total,
    'hub-compare': hubOutputs.compare,
    total: '总参数量',
    active: '激活参数量（每个 token）',
    embeddings: '词嵌入（及位置嵌入）',
    'output-head': '输出头（与嵌入共享时为 0）',
    attention: '注意力',
    mlp: 'MLP（稠密层）',
    experts: '专家（路由专家与共享专家）及路由器',
    'experts-active': '每个 token 用到的专家（含共享专家和路由器）',
    norms: '归一化层',
    recurrent: 'Mamba 层、线性注意力层与短卷积层',
    'bar-embeddings': '',
    'bar-output-head': '',
    'bar-attention': '',
    'bar-mlp': '',
    'bar-experts': '',
    'bar-experts-active': '',
    'bar-norms': '',
    'bar-recurrent': '',
    biases: '其中的偏置（已含在以上各部分中）',
    notes: '计数依据',
  },
  words: {
    hub: hubWords,
    withShort: '{full}（{short}）',
    estimate: '≈ {short}：这是估算，不是精确计数（该模型类型按 Llama 式解码器读取）',
    approximately: '≈ {short}',
    dense: '与总参数量相同（把词嵌入表算在内，每个 token 只读其中一行）：稠密模型的每个 token 都要经过其余全部权重。',
    activeBoth: '{with}；不计输入嵌入表（每个 token 只读其中一行）则为 {without}，部分模型卡（如 gpt-oss）按此口径计',
    part: '{count} · {share}',
    notes: {
      family: '模型类型 {type}：按 transformers 中 {family} 的实现代码计数。',
      architecture: '模型类型“{type}”是远程代码（配置里有 auto_map），但它的 architectures 写的是 transformers 自带的类 {architecture}，因此按这个类计数，即按 {family} 的规则。',
      fallback: '计数器不认识模型类型“{type}”，因此按 Llama 式解码器计数；总数可能偏低（该系列额外的部分没有算进来），也可能偏高（如 GPT-NeoX、StarCoder2 的 MLP 只有两个矩阵而非三个）。',
      noModelType: '配置中没有 model_type（transformers 要靠它选择模型），因此按 Llama 式解码器计数；总数可能偏高也可能偏低。',
      nested: '只计入 text_config 中的语言模型，不含视觉编码器和投影层。',
      tied: '输出头与嵌入矩阵共享（权重绑定），只计一次。',
      mtp: '检查点里还有 {n} 个多 token 预测层；transformers 不构建这部分，这里也不计入。',
      defaulted: '配置中没写的键取了该模型类型的默认值：{keys}。',
    },
    invalid: '这个配置无法计数：{problems}。',
    problems: configProblems,
    tooLarge: '参数量将超过 2⁵³，这里无法精确计数。',
  },
  fieldWords: {
    model: modelFieldWords,
    config: commonFieldWords.config,
  },
};

export default strings;
