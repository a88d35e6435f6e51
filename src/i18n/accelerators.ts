import type { Lang } from '../lib/lang';

/** The words of the accelerator table (src/components/Accelerators.astro), per language. */
export interface AcceleratorTableStrings {
  caption: string;
  accelerator: string;
  memory: string;
  bandwidth: string;
  peak: string;
  source: string;
  /** "{advertised} as sold; {reported} reported ({how})". */
  reported: string;
  /** No dense figure published or read. */
  noFlops: string;
  /** Read through a copy of the vendor page. */
  readVia: string;
}

export const acceleratorTable: Record<Lang, AcceleratorTableStrings> = {
  en: {
    caption: 'Accelerator figures the serving calculator can fill in, each from its vendor’s page. Peaks are dense (without 2:4 sparsity).',
    accelerator: 'Accelerator',
    memory: 'Memory',
    bandwidth: 'Bandwidth',
    peak: 'Dense peak, bf16 / fp8',
    source: 'Source',
    reported: '{advertised} as sold; {reported} as reported ({how})',
    noFlops: 'not published',
    readVia: 'read via',
  },
  zh: {
    caption: '推理显存计算器可以填入的加速卡数据，均取自厂商页面。峰值算力为稠密值（不计 2:4 稀疏）。',
    accelerator: '加速卡',
    memory: '显存',
    bandwidth: '带宽',
    peak: '稠密峰值，bf16 / fp8',
    source: '来源',
    reported: '标称 {advertised}；实际报告 {reported}（{how}）',
    noFlops: '未公布',
    readVia: '转引自',
  },
};
