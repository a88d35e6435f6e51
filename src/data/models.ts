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
  source: { title: string; url: string };
}

const MEDEC = {
  title: 'Ben Abacha et al., MEDEC (arXiv:2412.19260)',
  url: 'https://arxiv.org/abs/2412.19260',
};
const LLAMA3 = {
  title: 'Meta, The Llama 3 Herd of Models (arXiv:2407.21783)',
  url: 'https://arxiv.org/abs/2407.21783',
};
const DEEPSEEK_V3 = {
  title: 'DeepSeek-AI, DeepSeek-V3 Technical Report (arXiv:2412.19437)',
  url: 'https://arxiv.org/abs/2412.19437',
};

export const MODELS: readonly ModelSize[] = [
  { id: 'gpt-4o', name: 'GPT-4o', params: 200e9, status: 'estimate', source: MEDEC },
  { id: 'gpt-4o-mini', name: 'GPT-4o-mini', params: 8e9, status: 'estimate', source: MEDEC },
  { id: 'claude-3-5-sonnet', name: 'Claude 3.5 Sonnet', params: 175e9, status: 'estimate', source: MEDEC },
  { id: 'o1-preview', name: 'o1-preview', params: 300e9, status: 'estimate', source: MEDEC },
  { id: 'o1-mini', name: 'o1-mini', params: 100e9, status: 'estimate', source: MEDEC },
  { id: 'llama-3-1-8b', name: 'Llama 3.1 8B', params: 8e9, status: 'published', source: LLAMA3 },
  { id: 'llama-3-1-70b', name: 'Llama 3.1 70B', params: 70e9, status: 'published', source: LLAMA3 },
  { id: 'llama-3-1-405b', name: 'Llama 3.1 405B', params: 405e9, status: 'published', source: LLAMA3 },
  { id: 'deepseek-v3', name: 'DeepSeek-V3', params: 671e9, activeParams: 37e9, status: 'published', source: DEEPSEEK_V3 },
];
