import type { LanguageCalculatorStrings } from '../calculator-strings';
import { modelErrors } from './hub';
import { bytes } from './shared';

/** The strings every calculator shares in Chinese: error sentences by field kind, suggestions, the preset lists and the file picker. */
export const calculators: LanguageCalculatorStrings = {
  bytes,
  errors: {
    count: {
      empty: '请输入{noun}，例如 {example}。',
      'not-a-number': '无法识别这个数。请输入数字，可以带单位，例如 {forms}。',
      'not-positive': '{noun}必须大于零。',
      'not-an-integer': '{noun}必须是不小于 1 的整数。',
      'too-large': '{noun}最多为 {max}（即 10¹⁵、1000T）。',
    },
    integer: {
      empty: '请输入{noun}，例如 {example}。',
      'not-a-number': '{noun}只填整数，例如 {example}。',
      'not-positive': '{noun}必须大于零。',
      'not-an-integer': '{noun}必须是整数。',
      'too-large': '{noun}最多为 {max}{unit}。',
    },
    context: {
      empty: '请输入{noun}，例如 {example}。',
      'not-a-number': '{noun}请填 token 数，例如 {example}。',
      'not-positive': '{noun}必须大于零。',
      'not-an-integer': '{noun}必须是整数个 token。',
      'too-large': '{noun}最多为 {max}{unit}。',
    },
    decimal: {
      empty: '请输入{noun}，例如 {example}。',
      'not-a-number': '{noun}只填数字，例如 {plain}。',
      'not-positive': '{noun}必须大于零。',
      'too-small': '{noun}至少为 {min}{unit}。',
      'too-large': '{noun}最多为 {max}{unit}。',
    },
    percent: {
      empty: '请输入{noun}（百分比），例如 {example}。',
      'not-a-number': '{noun}填百分比数值，例如 {plain}（可带 %）。',
      'not-positive': '{noun}必须大于零。',
      'too-small': '{noun}至少为 {min}{unit}。',
      'too-large': '{noun}最多为 {max}{unit}。',
    },
    format: {
      'unknown-format': '无法识别的数值格式，请从 {list} 中选择。',
    },
    choice: {
      'unknown-format': '请从 {list} 中选择。',
    },
    config: {
      empty: '请粘贴模型的 config.json。',
      'not-json': '这不是有效的 JSON。请把 config.json 原样粘贴进来，从第一个 { 到最后一个 }。',
      'not-an-object': 'config.json 应是一个 JSON 对象 { … }，这里是别的 JSON 值。',
      'too-long': '内容超过 1 MiB，比任何 config.json 都长。请粘贴配置文件，而不是权重或分词器文件。',
    },
    files: {},
    model: modelErrors,
  },
  suggestions: {
    'count-unit': '是否想输入 {meant}？不带单位的数按原值 {typed} 计算。',
    percent: '已按 {typed}% 计算。是否想输入 {meant}%？',
    'binary-unit': '{typed} = {meant} GB（本栏与加速卡规格一样，1 GB 为 10⁹ 字节）：结果按 {meant} GB 计算。',
    'scaled-unit': '{typed} = {meant} {unit}（本栏的单位）：结果按 {meant} {unit} 计算。',
    'link-ignored': '链接中的数值格式“{typed}”不在可选之列，已忽略：结果按所选的 {shown} 计算。',
    'link-ignored-option': '链接中的“{typed}”不在可选之列，已忽略：结果按所选的“{shown}”计算。',
    'stale-results': '下面仍是上一次能读取的配置算出的结果。',
  },
  presetLabel: '填入一个模型',
  presetNone: '选择模型…',
  acceleratorPresetLabel: '填入一种加速卡（规格表数据）',
  acceleratorPresetNone: '选择加速卡…',
  presetEstimate: '（估计值）',
  chooseFiles: '选择文件',
  noFileChosen: '未选择文件',
  noScript: '以上是按所示数值算出的结果。开启 JavaScript 后，结果会随输入即时更新。',
  loadFailed: '计算器未能加载，以上仍是示例数值的结果。请刷新页面重试。',
  stopReading: '停止读取',
};
