import type { Lang } from '@llm-scale/core/text/lang';

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
  /** Read through a copy of the vendor page: "(read via {site})". */
  readVia: string;
  /** Notes by Accelerator['caveat']. */
  caveats: { 'unified-memory': string; 'no-flops': string };
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
    readVia: '(read via {site})',
    caveats: {
      'unified-memory': 'Unified memory, shared with the CPU and the system; the GPU gets only part of it by default.',
      'no-flops': 'No dense bf16 figure was found on a vendor page, so the calculator gives no prefill bound for it.',
    },
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
    readVia: '（转引自 {site}）',
    caveats: {
      'unified-memory': '统一内存，与 CPU 和系统共用，默认只有一部分可供 GPU 使用。',
      'no-flops': '厂商页面上找不到稠密 bf16 的数据，因此计算器不给出它的预填充时间下限。',
    },
  },
};
