import { describe, expect, it } from 'vitest';
import { fixtureRepos, mockFetch, mockHub } from '../../packages/core/fixtures/hub/mock-hub';
import { parseModelId } from '@llm-scale/core/hub/model-id';
import { readHubModel } from '@llm-scale/core/hub/read-model';
import expected from '../../packages/core/fixtures/configs/expected.json';
import { calculatorMessages } from '../i18n/calculators';
import { checkpoint } from './checkpoint';
import type { HubState } from './hub-model';
import { parameters } from './parameters';
import { runCalculator } from './run';
import { serving } from './serving';

const hub = mockHub(fixtureRepos());
/** transformers' count of the parameters a token passes through (scripts/model-config/count_with_transformers.py). */
const expectedActive = expected.fixtures['qwen3-30b-a3b.json'].active.toLocaleString('en-US');

async function read(text: string): Promise<HubState> {
  const id = parseModelId(text);
  if (!id.ok) throw new Error(text);
  return { kind: 'done', model: await readHubModel(id.value, { fetch: mockFetch(hub) }) };
}

describe('the model field in the calculators', () => {
  it('Qwen/Qwen3-30B-A3B: the headers’ exact total beside the config’s count and the name’s 30B, in both languages', async () => {
    const state = await read('Qwen/Qwen3-30B-A3B');
    const model = state?.kind === 'done' ? state.model : null;
    const config = JSON.stringify(model!.config);
    const en = runCalculator(parameters, { model: 'Qwen/Qwen3-30B-A3B', config }, 'en', calculatorMessages(parameters, 'en'), { model: state });
    expect(en.errors).toEqual({});
    expect(en.outputs['hub-total']).toBe('30,532,122,624 (30.5B) in 16 files');
    expect(en.outputs.total).toContain('30,532,122,624');
    expect(en.outputs.active).toContain(expectedActive);
    expect(en.outputs['hub-compare']).toContain('The name says 30B, 3B active');
    expect(en.outputs['hub-compare']).toContain('The config counts 30,532,122,624: the same as the headers.');
    expect(en.outputs['hub-compare']).toContain('BF16: 30,532,122,624 parameters');
    expect(en.outputs['hub-status']).toMatch(/^Read Qwen\/Qwen3-30B-A3B: 34 requests/);
    const zh = runCalculator(parameters, { model: 'Qwen/Qwen3-30B-A3B', config }, 'zh', calculatorMessages(parameters, 'zh'), { model: state });
    expect(zh.outputs['hub-compare']).toContain('名称写的是 30B，激活 3B');
    expect(zh.outputs['hub-compare']).toContain('与文件头一致');
  });

  it('the checkpoint counter shows the Hub report as it shows picked files', async () => {
    const state = await read('llm-scale-mock/Llama-3.1-405B-layout');
    const view = runCalculator(checkpoint, { model: 'llm-scale-mock/Llama-3.1-405B-layout' }, 'en', calculatorMessages(checkpoint, 'en'), { model: state });
    expect(view.outputs.total).toBe('405,853,388,800 (406B)');
    expect(view.outputs['bits-per-weight']).toBe('16');
  });

  it('a refused id is said beside its field and withholds no other result', () => {
    const view = runCalculator(serving, { model: 'https://example.com/x/y' }, 'en', calculatorMessages(serving, 'en'));
    expect(view.errors.model).toMatch(/^Only models on huggingface.co/);
    expect(view.outputs.weights).not.toBe('—');
  });

  it.each([
    ['gated', 'meta-llama/Llama-3.1-8B is gated'],
    ['not-found', 'There is no public model meta-llama/Llama-3.1-8B'],
    ['network', 'The Hub could not be reached'],
  ] as const)('%s has its sentence', (error, sentence) => {
    const state: HubState = { kind: 'failed', repo: 'meta-llama/Llama-3.1-8B', revision: 'main', error };
    const view = runCalculator(serving, { model: 'meta-llama/Llama-3.1-8B' }, 'en', calculatorMessages(serving, 'en'), { model: state });
    expect(view.outputs['hub-status']).toContain(sentence);
  });

  it('a repository with only pytorch_model.bin says why only the config counts', async () => {
    const state = await read('llm-scale-mock/pytorch-only');
    const view = runCalculator(parameters, { model: 'llm-scale-mock/pytorch-only' }, 'en', calculatorMessages(parameters, 'en'), { model: state });
    expect(view.outputs['hub-status']).toContain('has no safetensors or GGUF files, only pytorch_model.bin');
    expect(view.outputs['hub-total']).toBe('—');
  });

  it('a model type the counter does not know is still counted exactly from its headers', async () => {
    const state = await read('llm-scale-mock/unknown-moe');
    const config = JSON.stringify(state?.kind === 'done' ? state.model.config : null);
    const view = runCalculator(parameters, { model: 'llm-scale-mock/unknown-moe', config }, 'en', calculatorMessages(parameters, 'en'), { model: state });
    expect(view.errors).toEqual({});
    expect(view.outputs['hub-total']).toMatch(new RegExp(`^${(103424 * 2560 + 64 * 2560 + 1536 * 2560).toLocaleString('en-US')} \\(.+\\) in 1 file$`));
    expect(view.outputs.total).toBe('—');
    expect(view.outputs.notes).toContain('mixture of experts of a model type the counter does not know');
    expect(view.outputs['hub-compare']).toContain('The config could not be counted');
  });

  it('a header over its format’s limit is refused as a local file’s is, and the status says so', async () => {
    const state = await read('llm-scale-mock/header-too-large');
    const en = runCalculator(parameters, { model: 'llm-scale-mock/header-too-large' }, 'en', calculatorMessages(parameters, 'en'), { model: state });
    expect(en.outputs['hub-status']).toContain('The header of model.safetensors could not be read');
    const files = runCalculator(checkpoint, { model: 'llm-scale-mock/header-too-large' }, 'en', calculatorMessages(checkpoint, 'en'), { model: state });
    expect(files.outputs['files-read']).toContain('model.safetensors: its header claims more than 100 MB, the safetensors limit');
  });
});
