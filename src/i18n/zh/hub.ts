import { messages } from '@llm-scale/core/text/messages/zh';

/*
 * 模型字段的中文文案（参数计数器、推理显存计算器和检查点计数器共用）：src/calculators/hub-model.ts。
 */

export const modelFieldStrings = {
  label: 'Hugging Face 上的模型',
  hint: '填 org/name、org/name@revision 或模型页地址。只有按回车、点“读取”或打开写有模型的链接时才访问 huggingface.co；不要令牌，也不要账号。',
};

export const modelFieldWords = { noun: '模型', example: 'Qwen/Qwen3-30B-A3B' };

export const hubOutputs = {
  status: 'Hub 读取状态',
  total: '检查点中存储的参数（据文件头精确统计）',
  compare: '文件头、配置与名称的对照',
};

/** The model field's sentences for a refused id and the Hub's answers: the core package's, which the command says too. */
export const modelErrors = messages.modelErrors;
export const hubWords = messages.hub;
