/**
 * Every model size the site states, in one place. Closed models' sizes are outside estimates,
 * never disclosures; the status field keeps that visible wherever a size is shown.
 */
export interface ModelSize {
  id: string;
  name: string;
  /** Total parameters. */
  params: number;
  /** Parameters used per token, for mixture-of-experts models. */
  activeParams?: number;
  status: 'estimate' | 'published';
  source: Source;
  /** Other published estimates of the same model, which the text may quote beside the main one. */
  otherEstimates?: readonly { params: number; source: Source }[];
  /** Shown in the reported-sizes table and chart; the rest are only quoted in the text. */
  featured: boolean;
  /**
   * The attention shape the serving calculator needs, for published architectures only: layers,
   * attention heads (num_attention_heads), key/value heads (num_key_value_heads), head_dim, and the
   * longest context the model takes (max_position_embeddings, as its config.json sets it), from the
   * sources named beside each.
   */
  architecture?: { layers: number; heads: number; kvHeads: number; headDim: number; maxPositionEmbeddings: number };
  /**
   * The number format the weights are released in (the checkpoint's dtype), when it is not bf16:
   * DeepSeek-V3 ships its weights in fp8 (arXiv:2412.19437, section 3.3). For estimated closed
   * models nothing is released; bf16 stands for the usual format.
   */
  releasedIn?: 'fp8';
}

export interface Source {
  title: string;
  url: string;
  /** Author and year, as a citation in a narrow table cell: "Ben Abacha et al. 2024". */
  cite: string;
}

/**
 * Llama 3 paper, Table 3: 8B 32 layers, model dimension 4096, 32 attention heads; 70B 80 layers,
 * 8192, 64 heads; 405B 126 layers, 16,384, 128 heads; all with 8 key/value heads, so every head
 * has 4096 / 32 = 8192 / 64 = 16,384 / 128 = 128 dimensions.
 */
const LLAMA3_HEAD_DIM = 128;
const LLAMA3_KV_HEADS = 8;
/** Llama 3.1's configs set max_position_embeddings to 131072 (its "128K" context). */
const LLAMA31_MAX_POSITIONS = 131_072;

const MEDEC = {
  title: 'Ben Abacha et al., MEDEC (arXiv:2412.19260)',
  url: 'https://arxiv.org/abs/2412.19260',
  cite: 'Ben Abacha et al. 2024',
};
const LLAMA3 = {
  title: 'Meta, The Llama 3 Herd of Models (arXiv:2407.21783)',
  url: 'https://arxiv.org/abs/2407.21783',
  cite: 'Meta 2024',
};
const EPOCH = {
  title: 'Epoch AI, Frontier language models have become much smaller',
  url: 'https://epoch.ai/gradient-updates/frontier-language-models-have-become-much-smaller',
  cite: 'Epoch AI 2024',
};
const PHI3 = {
  title: 'Abdin et al., Phi-3 Technical Report (arXiv:2404.14219)',
  url: 'https://arxiv.org/abs/2404.14219',
  cite: 'Abdin et al. 2024',
};
const MIXTRAL = {
  title: 'Jiang et al., Mixtral of Experts (arXiv:2401.04088)',
  url: 'https://arxiv.org/abs/2401.04088',
  cite: 'Jiang et al. 2024',
};
const CHINCHILLA = {
  title: 'Hoffmann et al., Training Compute-Optimal Large Language Models (arXiv:2203.15556)',
  url: 'https://arxiv.org/abs/2203.15556',
  cite: 'Hoffmann et al. 2022',
};
const DEEPSEEK_V3 = {
  title: 'DeepSeek-AI, DeepSeek-V3 Technical Report (arXiv:2412.19437)',
  url: 'https://arxiv.org/abs/2412.19437',
  cite: 'DeepSeek-AI 2024',
};

export const MODELS: readonly ModelSize[] = [
  { id: 'gpt-4o', name: 'GPT-4o', params: 200e9, status: 'estimate', source: MEDEC, otherEstimates: [{ params: 200e9, source: EPOCH }], featured: true },
  { id: 'gpt-4o-mini', name: 'GPT-4o-mini', params: 8e9, status: 'estimate', source: MEDEC, featured: true },
  { id: 'claude-3-5-sonnet', name: 'Claude 3.5 Sonnet', params: 175e9, status: 'estimate', source: MEDEC, otherEstimates: [{ params: 400e9, source: EPOCH }], featured: true },
  { id: 'o1-preview', name: 'o1-preview', params: 300e9, status: 'estimate', source: MEDEC, featured: true },
  { id: 'o1-mini', name: 'o1-mini', params: 100e9, status: 'estimate', source: MEDEC, featured: true },
  // MEDEC gives ~1.76T and no architecture; the widely repeated 1.8T appears in Epoch AI's article.
  // That GPT-4 is a mixture of experts has no primary source, so no activeParams.
  { id: 'gpt-4', name: 'GPT-4', params: 1.76e12, status: 'estimate', source: MEDEC, otherEstimates: [{ params: 1.8e12, source: EPOCH }], featured: false },
  { id: 'chatgpt', name: 'ChatGPT', params: 175e9, status: 'estimate', source: MEDEC, featured: false },
  // In MEDEC's list as "Phi-3-7B" at 7B, citing the Phi-3 report, where Microsoft gives phi-3-small 7B.
  { id: 'phi-3-7b', name: 'Phi-3-7B', params: 7e9, status: 'published', source: PHI3, featured: false },
  { id: 'llama-3-1-8b', name: 'Llama 3.1 8B', params: 8e9, status: 'published', source: LLAMA3, featured: true, architecture: { layers: 32, heads: 32, kvHeads: LLAMA3_KV_HEADS, headDim: LLAMA3_HEAD_DIM, maxPositionEmbeddings: LLAMA31_MAX_POSITIONS } },
  { id: 'llama-3-1-70b', name: 'Llama 3.1 70B', params: 70e9, status: 'published', source: LLAMA3, featured: true, architecture: { layers: 80, heads: 64, kvHeads: LLAMA3_KV_HEADS, headDim: LLAMA3_HEAD_DIM, maxPositionEmbeddings: LLAMA31_MAX_POSITIONS } },
  { id: 'llama-3-1-405b', name: 'Llama 3.1 405B', params: 405e9, status: 'published', source: LLAMA3, featured: true, architecture: { layers: 126, heads: 128, kvHeads: LLAMA3_KV_HEADS, headDim: LLAMA3_HEAD_DIM, maxPositionEmbeddings: LLAMA31_MAX_POSITIONS } },
  { id: 'deepseek-v3', name: 'DeepSeek-V3', params: 671e9, activeParams: 37e9, status: 'published', source: DEEPSEEK_V3, featured: true, releasedIn: 'fp8' },
  // Mixtral paper, Table 1: 32 layers, dim 4096, 32 heads of head_dim 128, 8 key/value heads; its
  // config.json (mistralai/Mixtral-8x7B-v0.1) sets max_position_embeddings 32768.
  { id: 'mixtral-8x7b', name: 'Mixtral 8x7B', params: 47e9, activeParams: 13e9, status: 'published', source: MIXTRAL, featured: false, architecture: { layers: 32, heads: 32, kvHeads: 8, headDim: 128, maxPositionEmbeddings: 32_768 } },
  { id: 'chinchilla', name: 'Chinchilla', params: 70e9, status: 'published', source: CHINCHILLA, featured: false },
];

/** The models of the reported-sizes table and chart. */
export const FEATURED_MODELS = MODELS.filter((m) => m.featured);
