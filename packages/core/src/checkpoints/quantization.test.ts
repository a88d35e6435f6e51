import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { fixtureBytes, recordingReader } from '../../fixtures/checkpoints/load';
import { inspectCheckpoints } from './inspect';
import { quantizedBitsPerWeight, readMetadataHint, readQuantizationConfig, type QuantizationHint, type QuantRole } from './quantization';
import { readSafetensorsHeader, type SafetensorsSummary } from './safetensors';

const DIR = fileURLToPath(new URL('../../fixtures/checkpoints/', import.meta.url));

interface QuantizedFixture {
  size: number;
  headerBytes: number;
  storedElements: number;
  tensorBytes: number;
  quantizedWeights: number;
  plainParameters: number;
  parameters: number;
  roleBytes: Partial<Record<QuantRole | 'plain', number>>;
  scheme: string | null;
  bits: number | null;
  groupSize: number | null;
}

const fixtures: { files: Record<string, QuantizedFixture> } = JSON.parse(readFileSync(`${DIR}quantized/quantized.json`, 'utf8'));

function want(name: string): QuantizedFixture {
  const f = fixtures.files[name];
  if (!f) throw new Error(`no fixture ${name}`);
  return f;
}

/** A header-only fixture served as the full file it was cut from (make-quantized-checkpoints.py). */
async function read(name: string, hint: QuantizationHint | null = null): Promise<SafetensorsSummary> {
  const result = await readSafetensorsHeader(recordingReader(fixtureBytes(`quantized/${name}`), want(name).size), { hint });
  if (!result.ok) throw new Error(`${name}: ${result.error} ${result.detail ?? ''}`);
  return result.value;
}

function config(name: string): QuantizationHint | null {
  return readQuantizationConfig(JSON.parse(readFileSync(`${DIR}quantized/configs/${name}`, 'utf8')));
}

/** Shapes of the fixtures' layers, as the generator writes them: [in, out] per quantized layer. */
const LAYERS: Record<string, [number, number][]> = {
  gptq: [
    [4096, 4096],
    [4096, 11008],
  ],
};

describe('logical weights of each scheme, against the library packing the generator follows', () => {
  // The bits per weight each scheme defines, computed here from its group size and layer shapes.
  const cases: { name: string; scheme: string; hint?: () => QuantizationHint | null; definition: (f: QuantizedFixture) => number; roles: Partial<Record<QuantRole, (f: QuantizedFixture) => number>> }[] = [
    {
      // 4 bits + a 16-bit scale and a 4-bit zero a group of 128 + a 32-bit g_idx per input row.
      name: 'gptq-4bit-g128.header-only.safetensors',
      scheme: 'gptq',
      definition: (f) => 4 + (16 + 4) / 128 + (32 * LAYERS.gptq!.reduce((s, [k]) => s + k, 0)) / f.quantizedWeights,
      roles: { values: () => 4, scales: () => 16 / 128, zeros: () => 4 / 128 },
    },
    { name: 'awq-4bit-g128.header-only.safetensors', scheme: 'awq', hint: () => config('awq-config.json'), definition: () => 4 + (16 + 4) / 128, roles: { values: () => 4, scales: () => 16 / 128, zeros: () => 4 / 128 } },
    { name: 'awq-4bit-g128.header-only.safetensors', scheme: 'awq', definition: () => 4 + (16 + 4) / 128, roles: { values: () => 4 } },
    // NF4: 4 bits + one fp32 absmax a block of 64.
    { name: 'bnb-nf4.header-only.safetensors', scheme: 'bitsandbytes-4bit', definition: () => 4 + 32 / 64, roles: { values: () => 4, scales: () => 32 / 64 } },
    // Double quantization: absmax in 8 bits a block of 64, plus one fp32 a block of 256 of those.
    { name: 'bnb-nf4-double-quant.header-only.safetensors', scheme: 'bitsandbytes-4bit', definition: () => 4 + 8 / 64 + 32 / (64 * 256), roles: { values: () => 4 } },
    // LLM.int8(): 8 bits + one fp32 a row of `in` (2048 and 5632 columns).
    { name: 'bnb-int8.header-only.safetensors', scheme: 'bitsandbytes-8bit', definition: (f) => 8 + (32 * (2048 + 2048)) / f.quantizedWeights, roles: { values: () => 8 } },
    // MLX affine: 4 bits + a 16-bit scale and a 16-bit bias a group of 64.
    { name: 'mlx-4bit-g64.header-only.safetensors', scheme: 'mlx', hint: () => config('mlx-config.json'), definition: () => 4 + (16 + 16) / 64, roles: { values: () => 4, scales: () => 16 / 64, zeros: () => 16 / 64 } },
    { name: 'mlx-4bit-g64.header-only.safetensors', scheme: 'mlx', definition: () => 4 + (16 + 16) / 64, roles: { values: () => 4 } },
    // MXFP4: 4-bit E2M1 values + one 8-bit E8M0 scale a block of 32.
    { name: 'mxfp4-gpt-oss.header-only.safetensors', scheme: 'mxfp4', definition: () => 4 + 8 / 32, roles: { values: () => 4, scales: () => 8 / 32 } },
    // DeepSeek-V3 FP8: 8 bits + one fp32 scale_inv a 128 × 128 block (a little more where the grid rounds up).
    { name: 'fp8-block128.header-only.safetensors', scheme: 'fp8', definition: () => 8 + 32 / (128 * 128), roles: { values: () => 8 } },
    // compressed-tensors FP8-Dynamic: 8 bits + one fp32 a row.
    { name: 'compressed-tensors-fp8.header-only.safetensors', scheme: 'fp8', definition: (f) => 8 + (32 * (2048 + 5632)) / f.quantizedWeights, roles: { values: () => 8 } },
    {
      name: 'compressed-tensors-w4a16.header-only.safetensors',
      scheme: 'compressed-tensors',
      hint: () => readQuantizationConfig({ quantization_config: { quant_method: 'compressed-tensors', format: 'pack-quantized', config_groups: { group_0: { weights: { num_bits: 4, group_size: 128, type: 'int' } } } } }),
      definition: () => 4 + 16 / 128,
      roles: { values: () => 4, scales: () => 16 / 128 },
    },
  ];

  test.each(cases)('$name ($scheme)', async ({ name, scheme, hint, definition, roles }) => {
    const f = want(name);
    const s = await read(name, hint?.() ?? null);
    expect(s.parameters).toBe(f.parameters);
    expect(s.storedElements).toBe(f.storedElements);
    expect(s.tensorBytes).toBe(f.tensorBytes);
    expect(s.quantization?.scheme).toBe(scheme);
    expect(s.quantization?.weights).toBe(f.quantizedWeights);
    for (const [role, bytes] of Object.entries(f.roleBytes)) {
      if (role === 'plain') continue;
      expect(s.quantization?.bytes[role as QuantRole], role).toBe(bytes);
    }
    const bits = quantizedBitsPerWeight(s.quantization!);
    expect(Math.abs(bits!.total - definition(f))).toBeLessThan(0.01);
    for (const [role, value] of Object.entries(roles)) expect(bits!.byRole[role as QuantRole], role).toBeCloseTo(value(f), 6);
    // Packed tensors hold their weights; overhead tensors hold none.
    expect(s.byDtype.filter((d) => d.role !== undefined && d.role !== 'values').every((d) => d.parameters === 0)).toBe(true);
  });

  test('the issue’s GPTQ file: 61,870,080 parameters, not 8,289,280 at 31.06 bits', async () => {
    const s = await read('gptq-4bit-g128.header-only.safetensors');
    expect(s.parameters).toBe(61_870_080);
    expect(s.storedElements).toBe(8_289_280);
    expect(s.quantization).toMatchObject({ scheme: 'gptq', source: 'metadata', bits: 4, groupSize: 128 });
    expect(s.bitsPerWeight).toBeCloseTo((s.tensorBytes * 8) / 61_870_080, 12);
  });

  test('where the scheme was read: config, metadata or names', async () => {
    expect((await read('awq-4bit-g128.header-only.safetensors', config('awq-config.json'))).quantization?.source).toBe('config');
    expect((await read('mlx-4bit-g64.header-only.safetensors')).quantization).toMatchObject({ source: 'metadata', bits: 4, groupSize: 64, assumedBits: true });
    expect((await read('mlx-4bit-g64.header-only.safetensors', config('mlx-config.json'))).quantization).toMatchObject({ source: 'config', assumedBits: false });
    expect((await read('mxfp4-gpt-oss.header-only.safetensors')).quantization?.source).toBe('names');
    expect((await read('fp8-block128.header-only.safetensors')).quantization).toMatchObject({ source: 'names', groupSize: 128 * 128 });
  });

  test('compressed-tensors int4 without its config: counted as stored, and said to be maybe packed', async () => {
    const name = 'compressed-tensors-w4a16.header-only.safetensors';
    const s = await read(name);
    expect(s.quantization).toBeUndefined();
    expect(s.parameters).toBe(want(name).storedElements);
    expect(s.maybePacked).toEqual({ tensors: 2, example: 'model.layers.0.mlp.down_proj.weight_packed' });
  });

  test('a uint32 weight with nothing to say how it is packed is counted as stored, with a note', async () => {
    const s = await read('unknown-u32.header-only.safetensors');
    expect(s.quantization).toBeUndefined();
    expect(s.parameters).toBe(want('unknown-u32.header-only.safetensors').storedElements);
    expect(s.maybePacked).toEqual({ tensors: 1, example: 'model.layers.0.mlp.up_proj.weight' });
  });

  test('unquantized fixtures read as before: no scheme, no note', async () => {
    const s = await readSafetensorsHeader(recordingReader(fixtureBytes('safetensors/sharded/model-00001-of-00002.safetensors')));
    expect(s.ok && s.value.quantization).toBeUndefined();
    expect(s.ok && s.value.maybePacked).toBeUndefined();
    expect(s.ok && s.value.parameters).toBe(s.ok && s.value.storedElements);
  });

  test('a config picked beside the shards is applied, whatever the order', async () => {
    const name = 'mlx-4bit-g64.header-only.safetensors';
    const report = await inspectCheckpoints([
      { name, reader: recordingReader(fixtureBytes(`quantized/${name}`), want(name).size) },
      { name: 'config.json', reader: recordingReader(fixtureBytes('quantized/configs/mlx-config.json')) },
    ]);
    expect(report.declared).toEqual({ scheme: 'mlx', bits: 4, groupSize: 64, source: 'config' });
    expect(report.quantization).toMatchObject({ scheme: 'mlx', source: 'config', weights: want(name).quantizedWeights });
    expect(report.parameters).toBe(want(name).parameters);
    expect(report.files[1]).toMatchObject({ name: 'config.json', result: null, config: { ok: true } });
  });
});

describe('readQuantizationConfig', () => {
  test.each([
    // DeepSeek-V3's config.json.
    [{ quantization_config: { activation_scheme: 'dynamic', fmt: 'e4m3', quant_method: 'fp8', weight_block_size: [128, 128] } }, { scheme: 'fp8', bits: 8, groupSize: 16384, blockSize: [128, 128], source: 'config' }],
    // gpt-oss-20b's config.json.
    [{ quantization_config: { modules_to_not_convert: ['model.layers.*.self_attn'], quant_method: 'mxfp4' } }, { scheme: 'mxfp4', bits: 4, groupSize: 32, source: 'config' }],
    [{ quantization_config: { quant_method: 'gptq', bits: 4, group_size: -1 } }, { scheme: 'gptq', bits: 4, groupSize: null, source: 'config' }],
    [{ quantization_config: { quant_method: 'bitsandbytes', load_in_4bit: true, bnb_4bit_quant_type: 'nf4' } }, { scheme: 'bitsandbytes-4bit', bits: 4, groupSize: 64, source: 'config' }],
    [{ quantization_config: { quant_method: 'bitsandbytes', load_in_8bit: true } }, { scheme: 'bitsandbytes-8bit', bits: 8, groupSize: null, source: 'config' }],
    // AutoGPTQ's own quantize_config.json, and AutoAWQ's quant_config.json.
    [{ bits: 4, group_size: 128, desc_act: false, damp_percent: 0.01 }, { scheme: 'gptq', bits: 4, groupSize: 128, source: 'config' }],
    [{ w_bit: 4, q_group_size: 128, zero_point: true, version: 'GEMM' }, { scheme: 'awq', bits: 4, groupSize: 128, source: 'config' }],
    [{ model_type: 'llama', torch_dtype: 'bfloat16' }, null],
    [{ quantization_config: { quant_method: 'hqq' } }, null],
  ])('%j', (input, expected) => {
    expect(readQuantizationConfig(input)).toEqual(expected);
  });

  test('metadata: AutoGPTQ keys, mlx format, nothing', () => {
    expect(readMetadataHint({ format: 'pt', gptq_bits: '4', gptq_group_size: '128' })).toEqual({ scheme: 'gptq', bits: 4, groupSize: 128, source: 'metadata' });
    expect(readMetadataHint({ format: 'mlx' })).toEqual({ scheme: 'mlx', source: 'metadata' });
    expect(readMetadataHint({ format: 'pt' })).toBeNull();
    expect(readMetadataHint(null)).toBeNull();
  });
});
