import type { CalculatorStrings } from '../../../i18n/calculator-strings';
import type { training } from '../index';
import { commonFieldWords, params, tokens } from '../../../i18n/zh/shared';

/** The training calculator's strings in Chinese. */
const strings: CalculatorStrings<typeof training> = {
  title: '训练时间计算器',
  question: '在给定集群上用给定数量的 token 训练一个模型要多久？',
  searchWords: '训练时间、GPU 小时、训练多久、算力利用率、MFU、集群',
  intro: '用 C ≈ 6ND 除以集群的实际算力：加速卡数 × 峰值算力 × 利用率。每个假设都是可以修改的输入。',
  note: '这是理想情况：所有加速卡始终按此利用率工作，没有故障、重启或空闲。实际训练耗时更长。',
  fields: {
    params,
    tokens,
    accelerators: { label: '加速卡数量', hint: '例如 16,384，即训练 Llama 3.1 405B 所用的 H100 GPU 数。' },
    peak: { label: '单卡峰值算力（TFLOP/s，稠密）', hint: 'H100 SXM 的 bf16 峰值算力为 989；NVIDIA 规格表上的 1979 是按稀疏计算的。' },
    utilization: { label: '利用率（占峰值的百分比，MFU）', hint: 'Meta 报告 Llama 3.1 405B 为 38% 到 43%。' },
    price: { label: '每加速卡小时价格（美元，示例）', hint: '示例价格，不是报价：请填入你所用云服务商的价格。' },
  },
  outputs: {
    compute: '训练计算量（C ≈ 6ND）',
    'per-accelerator': '单卡实际算力（峰值 × 利用率）',
    throughput: '集群实际算力',
    time: '训练耗时',
    'accelerator-hours': '加速卡时数（GPU 小时）',
    cost: '按每加速卡小时价格计的费用',
  },
  words: { cost: '{cost}，按每加速卡小时 {price} 计（示例价格）' },
  fieldWords: {
    params: commonFieldWords.params,
    tokens: commonFieldWords.tokens,
    accelerators: { noun: '加速卡数量', example: '16,384（Llama 3.1 405B）' },
    peak: commonFieldWords.peak,
    utilization: commonFieldWords.utilization,
    price: commonFieldWords.price,
  },
};

export default strings;
