/**
 * The points of the model-size timeline (content/{en,zh}/model-parameter-scale.mdx): notable
 * language models from GPT-2 on, each with the size its source states.
 *
 * Rules (checked by timeline.test.ts):
 * - `params` is the total parameter count the cited source states, in parameters (not bytes);
 *   for a mixture of experts it is the total, all experts included.
 * - `status` 'published' means the maker stated the size; 'estimate' means an outsider guessed it
 *   (closed models). An estimate's `source` is the estimate's source, never the maker's page.
 * - `date` (YYYY-MM) is the month the cited source first appeared (an arXiv paper's v1, a model
 *   card, an announcement) for published sizes, and the month the model was released for estimates
 *   (the estimates came later). An arXiv source's identifier encodes its month, and the test holds
 *   published rows to it.
 * - A model that src/data/models.ts also records has the same `id` there, and the same count and
 *   status (an estimate may be one of its otherEstimates instead).
 * - A model is here only if its figure and date are certain from the primary source named; none is
 *   rounded further than that source rounds it.
 */
import { MODELS, type Source } from './models';

export interface TimelinePoint {
  /** Unique; equal to the models.ts id where that file records the same model. */
  id: string;
  /** The model's name as its maker writes it. */
  name: string;
  /** YYYY-MM: see the rules above. */
  date: string;
  /** Total parameters, as the source states them. */
  params: number;
  status: 'published' | 'estimate';
  source: Source;
  /** One of the source article's three estimates (MEDEC): labelled and drawn larger in the chart. */
  marked?: boolean;
}

const arxiv = (id: string, title: string, cite: string): Source => ({
  title: `${title} (arXiv:${id})`,
  url: `https://arxiv.org/abs/${id}`,
  cite,
});

/** The source models.ts gives for a model, so the two files cannot cite different papers. */
function sourceOf(id: string): Source {
  const model = MODELS.find((m) => m.id === id);
  if (!model) throw new Error(`models.ts has no model ${id}`);
  return model.source;
}

/** The source of one of a model's otherEstimates in models.ts, by its count. */
function otherEstimateSource(id: string, params: number): Source {
  const other = MODELS.find((m) => m.id === id)?.otherEstimates?.find((e) => e.params === params);
  if (!other) throw new Error(`models.ts has no other estimate of ${params} for ${id}`);
  return other.source;
}

const GPT2: Source = {
  title: 'Radford et al., Language Models are Unsupervised Multitask Learners (OpenAI, 2019), Table 2',
  url: 'https://cdn.openai.com/better-language-models/language_models_are_unsupervised_multitask_learners.pdf',
  cite: 'Radford et al. 2019',
};
const PHI3 = sourceOf('phi-3-7b');
const LLAMA4: Source = {
  title: 'Meta, The Llama 4 herd (announcement)',
  url: 'https://ai.meta.com/blog/llama-4-multimodal-intelligence/',
  cite: 'Meta 2025',
};
const GPT_OSS = arxiv('2508.10925', 'OpenAI, gpt-oss-120b & gpt-oss-20b Model Card', 'OpenAI 2025');
const FALCON = arxiv('2311.16867', 'Almazrouei et al., The Falcon Series of Open Language Models', 'Almazrouei et al. 2023');

export const TIMELINE: readonly TimelinePoint[] = [
  // GPT-2's paper lists 1542M for its largest model; "1.5B" is that figure rounded.
  { id: 'gpt-2', name: 'GPT-2', date: '2019-02', params: 1.542e9, status: 'published', source: GPT2 },
  { id: 'megatron-lm', name: 'Megatron-LM', date: '2019-09', params: 8.3e9, status: 'published', source: arxiv('1909.08053', 'Shoeybi et al., Megatron-LM: Training Multi-Billion Parameter Language Models Using Model Parallelism', 'Shoeybi et al. 2019') },
  { id: 't5-11b', name: 'T5-11B', date: '2019-10', params: 11e9, status: 'published', source: arxiv('1910.10683', 'Raffel et al., Exploring the Limits of Transfer Learning with a Unified Text-to-Text Transformer', 'Raffel et al. 2019') },
  { id: 'gpt-3', name: 'GPT-3', date: '2020-05', params: 175e9, status: 'published', source: arxiv('2005.14165', 'Brown et al., Language Models are Few-Shot Learners', 'Brown et al. 2020') },
  { id: 'gshard', name: 'GShard (MoE)', date: '2020-06', params: 600e9, status: 'published', source: arxiv('2006.16668', 'Lepikhin et al., GShard: Scaling Giant Models with Conditional Computation and Automatic Sharding', 'Lepikhin et al. 2020') },
  // Switch Transformer paper, Table 9: Switch-C, 1571B parameters.
  { id: 'switch-c', name: 'Switch-C', date: '2021-01', params: 1.571e12, status: 'published', source: arxiv('2101.03961', 'Fedus, Zoph and Shazeer, Switch Transformers: Scaling to Trillion Parameter Models with Simple and Efficient Sparsity', 'Fedus et al. 2021') },
  { id: 'gpt-j-6b', name: 'GPT-J-6B', date: '2021-06', params: 6e9, status: 'published', source: { title: 'Wang and Komatsuzaki, GPT-J-6B (mesh-transformer-jax repository)', url: 'https://github.com/kingoflolz/mesh-transformer-jax', cite: 'Wang and Komatsuzaki 2021' } },
  { id: 'gopher', name: 'Gopher', date: '2021-12', params: 280e9, status: 'published', source: arxiv('2112.11446', 'Rae et al., Scaling Language Models: Methods, Analysis & Insights from Training Gopher', 'Rae et al. 2021') },
  { id: 'glam', name: 'GLaM', date: '2021-12', params: 1.2e12, status: 'published', source: arxiv('2112.06905', 'Du et al., GLaM: Efficient Scaling of Language Models with Mixture-of-Experts', 'Du et al. 2021') },
  { id: 'lamda', name: 'LaMDA', date: '2022-01', params: 137e9, status: 'published', source: arxiv('2201.08239', 'Thoppilan et al., LaMDA: Language Models for Dialog Applications', 'Thoppilan et al. 2022') },
  { id: 'mt-nlg', name: 'MT-NLG', date: '2022-01', params: 530e9, status: 'published', source: arxiv('2201.11990', 'Smith et al., Using DeepSpeed and Megatron to Train Megatron-Turing NLG 530B', 'Smith et al. 2022') },
  { id: 'chinchilla', name: 'Chinchilla', date: '2022-03', params: 70e9, status: 'published', source: sourceOf('chinchilla') },
  { id: 'gpt-neox-20b', name: 'GPT-NeoX-20B', date: '2022-04', params: 20e9, status: 'published', source: arxiv('2204.06745', 'Black et al., GPT-NeoX-20B: An Open-Source Autoregressive Language Model', 'Black et al. 2022') },
  { id: 'palm', name: 'PaLM', date: '2022-04', params: 540e9, status: 'published', source: arxiv('2204.02311', 'Chowdhery et al., PaLM: Scaling Language Modeling with Pathways', 'Chowdhery et al. 2022') },
  { id: 'opt-175b', name: 'OPT-175B', date: '2022-05', params: 175e9, status: 'published', source: arxiv('2205.01068', 'Zhang et al., OPT: Open Pre-trained Transformer Language Models', 'Zhang et al. 2022') },
  { id: 'glm-130b', name: 'GLM-130B', date: '2022-10', params: 130e9, status: 'published', source: arxiv('2210.02414', 'Zeng et al., GLM-130B: An Open Bilingual Pre-trained Model', 'Zeng et al. 2022') },
  { id: 'bloom', name: 'BLOOM', date: '2022-11', params: 176e9, status: 'published', source: arxiv('2211.05100', 'BigScience Workshop, BLOOM: A 176B-Parameter Open-Access Multilingual Language Model', 'BigScience 2022') },
  { id: 'galactica', name: 'Galactica', date: '2022-11', params: 120e9, status: 'published', source: arxiv('2211.09085', 'Taylor et al., Galactica: A Large Language Model for Science', 'Taylor et al. 2022') },
  { id: 'chatgpt', name: 'ChatGPT', date: '2022-11', params: 175e9, status: 'estimate', source: sourceOf('chatgpt') },
  // LLaMA paper, Table 2: the largest model has 65.2B parameters.
  { id: 'llama-65b', name: 'LLaMA 65B', date: '2023-02', params: 65.2e9, status: 'published', source: arxiv('2302.13971', 'Touvron et al., LLaMA: Open and Efficient Foundation Language Models', 'Touvron et al. 2023') },
  // The GPT-4 technical report withholds the size; this is MEDEC's figure.
  { id: 'gpt-4', name: 'GPT-4', date: '2023-03', params: 1.76e12, status: 'estimate', source: sourceOf('gpt-4') },
  { id: 'llama-2-70b', name: 'Llama 2 70B', date: '2023-07', params: 70e9, status: 'published', source: arxiv('2307.09288', 'Touvron et al., Llama 2: Open Foundation and Fine-Tuned Chat Models', 'Touvron et al. 2023') },
  { id: 'mistral-7b', name: 'Mistral 7B', date: '2023-10', params: 7e9, status: 'published', source: arxiv('2310.06825', 'Jiang et al., Mistral 7B', 'Jiang et al. 2023') },
  { id: 'falcon-180b', name: 'Falcon 180B', date: '2023-11', params: 180e9, status: 'published', source: FALCON },
  { id: 'mixtral-8x7b', name: 'Mixtral 8x7B', date: '2024-01', params: 47e9, status: 'published', source: sourceOf('mixtral-8x7b') },
  { id: 'olmo-7b', name: 'OLMo 7B', date: '2024-02', params: 7e9, status: 'published', source: arxiv('2402.00838', 'Groeneveld et al., OLMo: Accelerating the Science of Language Models', 'Groeneveld et al. 2024') },
  { id: 'grok-1', name: 'Grok-1', date: '2024-03', params: 314e9, status: 'published', source: { title: 'xAI, Grok-1 open release (repository)', url: 'https://github.com/xai-org/grok-1', cite: 'xAI 2024' } },
  { id: 'jamba', name: 'Jamba', date: '2024-03', params: 52e9, status: 'published', source: arxiv('2403.19887', 'Lieber et al., Jamba: A Hybrid Transformer-Mamba Language Model', 'Lieber et al. 2024') },
  { id: 'dbrx', name: 'DBRX', date: '2024-03', params: 132e9, status: 'published', source: { title: 'Databricks, DBRX Base model card', url: 'https://huggingface.co/databricks/dbrx-base', cite: 'Databricks 2024' } },
  { id: 'mixtral-8x22b', name: 'Mixtral 8x22B', date: '2024-04', params: 141e9, status: 'published', source: { title: 'Mistral AI, Cheaper, Better, Faster, Stronger (Mixtral 8x22B announcement)', url: 'https://mistral.ai/news/mixtral-8x22b', cite: 'Mistral AI 2024' } },
  { id: 'phi-3-mini', name: 'Phi-3-mini', date: '2024-04', params: 3.8e9, status: 'published', source: PHI3 },
  { id: 'phi-3-medium', name: 'Phi-3-medium', date: '2024-04', params: 14e9, status: 'published', source: PHI3 },
  { id: 'llama-3-70b', name: 'Llama 3 70B', date: '2024-04', params: 70e9, status: 'published', source: { title: 'Meta, Introducing Meta Llama 3 (announcement)', url: 'https://ai.meta.com/blog/meta-llama-3/', cite: 'Meta 2024' } },
  { id: 'deepseek-v2', name: 'DeepSeek-V2', date: '2024-05', params: 236e9, status: 'published', source: arxiv('2405.04434', 'DeepSeek-AI, DeepSeek-V2: A Strong, Economical, and Efficient Mixture-of-Experts Language Model', 'DeepSeek-AI 2024') },
  { id: 'gpt-4o', name: 'GPT-4o', date: '2024-05', params: 200e9, status: 'estimate', source: sourceOf('gpt-4o'), marked: true },
  { id: 'nemotron-4-340b', name: 'Nemotron-4 340B', date: '2024-06', params: 340e9, status: 'published', source: arxiv('2406.11704', 'NVIDIA, Nemotron-4 340B Technical Report', 'NVIDIA 2024') },
  { id: 'gpt-4o-mini', name: 'GPT-4o-mini', date: '2024-07', params: 8e9, status: 'estimate', source: sourceOf('gpt-4o-mini'), marked: true },
  { id: 'llama-3-1-405b', name: 'Llama 3.1 405B', date: '2024-07', params: 405e9, status: 'published', source: sourceOf('llama-3-1-405b') },
  // The model card of the base model: "Number of Parameters: 72.7B".
  { id: 'qwen2-5-72b', name: 'Qwen2.5-72B', date: '2024-09', params: 72.7e9, status: 'published', source: { title: 'Qwen team, Qwen2.5-72B model card', url: 'https://huggingface.co/Qwen/Qwen2.5-72B', cite: 'Qwen team 2024' } },
  { id: 'o1-preview', name: 'o1-preview', date: '2024-09', params: 300e9, status: 'estimate', source: sourceOf('o1-preview') },
  { id: 'o1-mini', name: 'o1-mini', date: '2024-09', params: 100e9, status: 'estimate', source: sourceOf('o1-mini') },
  // MEDEC tested the 2024-10-22 release (claude-3-5-sonnet-20241022), so its estimate sits there.
  { id: 'claude-3-5-sonnet', name: 'Claude 3.5 Sonnet', date: '2024-10', params: 175e9, status: 'estimate', source: sourceOf('claude-3-5-sonnet'), marked: true },
  { id: 'claude-3-5-sonnet-epoch', name: 'Claude 3.5 Sonnet', date: '2024-10', params: 400e9, status: 'estimate', source: otherEstimateSource('claude-3-5-sonnet', 400e9) },
  { id: 'deepseek-v3', name: 'DeepSeek-V3', date: '2024-12', params: 671e9, status: 'published', source: sourceOf('deepseek-v3') },
  // DeepSeek-R1 is trained from DeepSeek-V3-Base; its model card gives 671B total, 37B activated.
  { id: 'deepseek-r1', name: 'DeepSeek-R1', date: '2025-01', params: 671e9, status: 'published', source: { title: 'DeepSeek-AI, DeepSeek-R1 model card', url: 'https://huggingface.co/deepseek-ai/DeepSeek-R1', cite: 'DeepSeek-AI 2025' } },
  { id: 'llama-4-scout', name: 'Llama 4 Scout', date: '2025-04', params: 109e9, status: 'published', source: LLAMA4 },
  { id: 'llama-4-maverick', name: 'Llama 4 Maverick', date: '2025-04', params: 400e9, status: 'published', source: LLAMA4 },
  { id: 'qwen3-235b-a22b', name: 'Qwen3-235B-A22B', date: '2025-05', params: 235e9, status: 'published', source: arxiv('2505.09388', 'Qwen team, Qwen3 Technical Report', 'Qwen team 2025') },
  { id: 'kimi-k2', name: 'Kimi K2', date: '2025-07', params: 1e12, status: 'published', source: { title: 'Moonshot AI, Kimi K2 (repository)', url: 'https://github.com/MoonshotAI/Kimi-K2', cite: 'Moonshot AI 2025' } },
  // The model card's Table 1 (the project's counter gives 116,829,156,672 and 20,914,757,184 from the configs).
  { id: 'gpt-oss-120b', name: 'gpt-oss-120b', date: '2025-08', params: 116.83e9, status: 'published', source: GPT_OSS },
  { id: 'gpt-oss-20b', name: 'gpt-oss-20b', date: '2025-08', params: 20.91e9, status: 'published', source: GPT_OSS },
];

/** The chart's time axis: from the start of GPT-2's year to the end of this site's current year. */
export const TIMELINE_YEARS = { first: 2019, last: 2026 } as const;
