import { describe, expect, it } from 'vitest';
import { formatModelId, parseModelId } from './model-id';

describe('parseModelId', () => {
  it.each([
    ['Qwen/Qwen3-30B-A3B', 'Qwen/Qwen3-30B-A3B', 'main', undefined],
    ['  Qwen/Qwen3-8B  ', 'Qwen/Qwen3-8B', 'main', undefined],
    ['Qwen/Qwen3-8B@v1.0', 'Qwen/Qwen3-8B', 'v1.0', undefined],
    ['Qwen/Qwen3-8B@refs/pr/12', 'Qwen/Qwen3-8B', 'refs/pr/12', undefined],
    ['Qwen/Qwen3-8B@0123456789abcdef0123456789abcdef01234567', 'Qwen/Qwen3-8B', '0123456789abcdef0123456789abcdef01234567', undefined],
    ['https://huggingface.co/Qwen/Qwen3-8B', 'Qwen/Qwen3-8B', 'main', undefined],
    ['https://huggingface.co/Qwen/Qwen3-8B/', 'Qwen/Qwen3-8B', 'main', undefined],
    ['https://huggingface.co/Qwen/Qwen3-8B/tree/main', 'Qwen/Qwen3-8B', 'main', undefined],
    ['https://huggingface.co/Qwen/Qwen3-8B/tree/v2', 'Qwen/Qwen3-8B', 'v2', undefined],
    ['https://huggingface.co/Qwen/Qwen3-8B/blob/main/config.json', 'Qwen/Qwen3-8B', 'main', 'config.json'],
    ['https://huggingface.co/Qwen/Qwen3-8B/resolve/main/model-00001-of-00005.safetensors', 'Qwen/Qwen3-8B', 'main', 'model-00001-of-00005.safetensors'],
    ['https://huggingface.co/Qwen/Qwen3-8B/tree/refs%2Fpr%2F3', 'Qwen/Qwen3-8B', 'refs/pr/3', undefined],
    ['https://huggingface.co/Qwen/Qwen3-8B?library=transformers#model-card', 'Qwen/Qwen3-8B', 'main', undefined],
    ['https://huggingface.co/Qwen/Qwen3-8B/discussions', 'Qwen/Qwen3-8B', 'main', undefined],
    ['http://huggingface.co/Qwen/Qwen3-8B', 'Qwen/Qwen3-8B', 'main', undefined],
    ['https://www.huggingface.co/Qwen/Qwen3-8B', 'Qwen/Qwen3-8B', 'main', undefined],
    ['https://hf.co/Qwen/Qwen3-8B', 'Qwen/Qwen3-8B', 'main', undefined],
    ['hf.co/Qwen/Qwen3-8B', 'Qwen/Qwen3-8B', 'main', undefined],
    ['huggingface.co/meta-llama/Llama-3.1-8B/blob/main/config.json', 'meta-llama/Llama-3.1-8B', 'main', 'config.json'],
    ['https://HuggingFace.co/Qwen/Qwen3-8B', 'Qwen/Qwen3-8B', 'main', undefined],
    ['Ｑwen/Qwen3-8B', 'Qwen/Qwen3-8B', 'main', undefined],
  ])('reads %s', (text, repo, revision, file) => {
    const result = parseModelId(text);
    expect(result).toEqual({ ok: true, value: file === undefined ? { repo, revision } : { repo, revision, file } });
  });

  it.each([
    ['https://example.com/Qwen/Qwen3-8B', 'other-site'],
    ['https://huggingface.co.evil.com/Qwen/Qwen3-8B', 'other-site'],
    ['https://huggingface.co:8443/Qwen/Qwen3-8B', 'other-site'],
    ['https://user:pass@huggingface.co/Qwen/Qwen3-8B', 'other-site'],
    ['ftp://huggingface.co/Qwen/Qwen3-8B', 'other-site'],
    ['example.com/Qwen/Qwen3-8B', 'other-site'],
    ['https://huggingface.co/datasets/HuggingFaceFW/fineweb', 'not-a-model'],
    ['https://huggingface.co/spaces/org/app', 'not-a-model'],
    ['https://huggingface.co/docs/hub/index', 'not-a-model'],
    ['https://huggingface.co/Qwen', 'not-a-model'],
    ['https://huggingface.co/', 'not-a-model'],
    ['datasets/HuggingFaceFW', 'not-a-model'],
    ['gpt2', 'no-organisation'],
    ['', 'malformed'],
    ['Qwen/Qwen3 8B', 'malformed'],
    ['Qwen/Qwen3-8B/extra', 'malformed'],
    ['Qwen/-bad', 'malformed'],
    ['Qwen/bad-', 'malformed'],
    ['Qwen/a--b', 'malformed'],
    ['Qwen/a..b', 'malformed'],
    ['Qwen/x.git', 'malformed'],
    ['Qwen/<script>', 'malformed'],
    ['../etc/passwd', 'malformed'],
    ['Qwen/Qwen3-8B@', 'malformed'],
    ['Qwen/Qwen3-8B@../main', 'malformed'],
    ['javascript:alert(1)', 'malformed'],
    [`Qwen/${'a'.repeat(97)}`, 'malformed'],
  ])('refuses %s (%s)', (text, error) => {
    expect(parseModelId(text)).toEqual({ ok: false, error });
  });

  it('writes the id back as the URL keeps it', () => {
    expect(formatModelId({ repo: 'Qwen/Qwen3-8B', revision: 'main' })).toBe('Qwen/Qwen3-8B');
    expect(formatModelId({ repo: 'Qwen/Qwen3-8B', revision: 'v2' })).toBe('Qwen/Qwen3-8B@v2');
  });
});
