import type { Lang } from '@llm-scale/core/text/lang';

/** The model field's buttons and the link to a gated model's page, in each language (src/components/calculators/ModelField.astro). */
export const hubButtons: Record<Lang, { read: string; cancel: string; page: string }> = {
  en: { read: 'Read', cancel: 'Cancel', page: 'Open the model’s page on Hugging Face' },
  zh: { read: '读取', cancel: '取消', page: '打开 Hugging Face 上的模型页' },
};
