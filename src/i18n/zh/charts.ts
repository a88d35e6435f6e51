/** The build-time charts' strings in Chinese (src/components/charts/), checked by the zh style rules like every file here. */
import type { ChartStringsShape } from '../charts';

export const charts = {
  timeline: {
    name: (n: number, first: string, last: string) =>
      `${first} 年到 ${last} 年 ${n} 个语言模型参数量的时间线，纵轴为对数刻度；每个点都列在下方表格中。`,
    caption:
      '知名语言模型的参数量，按规模公布的月份排列（估计值按模型发布的月份），纵轴为对数刻度：每条网格线是下面一条的十倍。混合专家模型按总参数量（含全部专家）画出。',
    published: '厂商公布',
    estimate: '外界估计（闭源模型）',
    marked: '原文引用的三个估计值',
    tableSummary: (n: number) => `以表格列出全部 ${n} 个点及来源`,
    tableCaption: '模型规模的变化：图中每个点及其来源',
    model: '模型',
    month: '月份',
    paramsSource: '参数量与来源',
    listComma: '，',
    approx: '约 ',
    statusEstimate: '估计值',
    statusPublished: '厂商公布',
  },
  block: {
    name: 'Llama 3.1 8B 结构示意图：词嵌入与输出头之间的一个解码器层，标出各部分的公式和参数量；下方表格列有同样的数字。',
    caption: 'Llama 3.1 8B 的参数分布在哪里。框内的层重复 32 次；各项数字由本站的参数计数器根据模型的 config.json 算出。',
    embeddings: '词嵌入',
    layer: (n: string) => `解码器层 ×${n}`,
    attention: '自注意力',
    queryHeads: (n: string) => `${n} 个查询头`,
    kvHeads: (n: string, group: string) => `${n} 个 KV 头，每个由 ${group} 个查询头共用`,
    inputNorm: '注意力前的 RMSNorm',
    postNorm: 'MLP 前的 RMSNorm',
    mlp: '门控 MLP',
    residual: '加回残差流',
    perLayer: '每层合计',
    layers: (n: string) => `${n} 层`,
    finalNorm: '最后的 RMSNorm',
    head: '输出头',
    untied: '（不共享）',
    tied: '与嵌入共享，不另占参数',
    total: '总计',
    tableSummary: '以表格列出图中的数字',
    tableCaption: 'Llama 3.1 8B 各部分参数量',
    part: '部分',
    params: '参数量',
  },
} as const satisfies ChartStringsShape;
