import type { AttentionLayout } from './attention-layout';
import type { ParameterCount } from './types';

/**
 * The keys a config leaves out, with the class defaults the count and the layout took for them, as
 * "key = value" in the config's own notation (text_config.num_hidden_layers = 32), each once. The
 * counter names its keys without the text_config. prefix; the layout names them with it. The
 * serving calculator and `llm-scale serve` say them beside the figures they change.
 */
export function defaultedKeys(count: ParameterCount, layout: AttentionLayout): string[] {
  const prefix = count.nested ? 'text_config.' : '';
  const values = new Map<string, string>();
  for (const key of count.defaulted) values.set(prefix + key, JSON.stringify(count.resolved[key]));
  for (const { key, value } of layout.defaulted) if (!values.has(key)) values.set(key, JSON.stringify(value));
  return [...values].map(([key, value]) => `${key} = ${value}`);
}
