/**
 * Storage of every ggml_type a GGUF tensor can have: elements per block (blck_size) and bytes per
 * block (type_size). A tensor of n elements takes n / blck_size × type_size bytes, so a type stores
 * type_size × 8 / blck_size bits per weight: Q4_K 144 × 8 / 256 = 4.5, Q6_K 210 × 8 / 256 = 6.5625.
 *
 * Source: ggml-org/ggml at d99724f2 (2026-08-21), whose src/ is llama.cpp's ggml/src/:
 * - numbers: enum ggml_type in include/ggml.h (GGML_TYPE_COUNT = 43);
 * - sizes: type_traits[] in src/ggml.c, which sets .blck_size = QK… and .type_size = sizeof(block_…)
 *   from src/ggml-common.h; the sizeof values were taken by compiling ggml-common.h with
 *   GGML_COMMON_DECL_C, not by hand.
 * Cross-checked against gguf-py 0.19.0's GGML_QUANT_SIZES (expected.json): equal for every type it
 * lists, except Q8_1, where gguf-py says 4 + 4 + 32 = 40 bytes and ggml-common.h's block_q8_1 (two
 * fp16 and 32 int8) is 36; ggml's 36 is what llama.cpp loads by. Q2_0 (42) is newer than gguf-py 0.19.
 *
 * Numbers 4, 5 (Q4_2, Q4_3), 31–33 (Q4_0_4_4, Q4_0_4_8, Q4_0_8_8) and 36–38 (IQ4_NL_4_4, …) have
 * blck_size 0 in type_traits: removed from GGUF files, so llama.cpp rejects them and so do we.
 */
export interface GgmlType {
  /** The name as gguf-py's GGMLQuantizationType spells it (llama.cpp's type_name is lower case: "q4_K"). */
  name: string;
  /** Elements per block. */
  blockSize: number;
  /** Bytes per block. */
  typeSize: number;
}

const QK_K = 256;

export const GGML_TYPES: ReadonlyMap<number, GgmlType> = new Map<number, GgmlType>(
  (
    [
      [0, 'F32', 1, 4],
      [1, 'F16', 1, 2],
      [2, 'Q4_0', 32, 18],
      [3, 'Q4_1', 32, 20],
      [6, 'Q5_0', 32, 22],
      [7, 'Q5_1', 32, 24],
      [8, 'Q8_0', 32, 34],
      [9, 'Q8_1', 32, 36],
      [10, 'Q2_K', QK_K, 84],
      [11, 'Q3_K', QK_K, 110],
      [12, 'Q4_K', QK_K, 144],
      [13, 'Q5_K', QK_K, 176],
      [14, 'Q6_K', QK_K, 210],
      [15, 'Q8_K', QK_K, 292],
      [16, 'IQ2_XXS', QK_K, 66],
      [17, 'IQ2_XS', QK_K, 74],
      [18, 'IQ3_XXS', QK_K, 98],
      [19, 'IQ1_S', QK_K, 50],
      [20, 'IQ4_NL', 32, 18],
      [21, 'IQ3_S', QK_K, 110],
      [22, 'IQ2_S', QK_K, 82],
      [23, 'IQ4_XS', QK_K, 136],
      [24, 'I8', 1, 1],
      [25, 'I16', 1, 2],
      [26, 'I32', 1, 4],
      [27, 'I64', 1, 8],
      [28, 'F64', 1, 8],
      [29, 'IQ1_M', QK_K, 56],
      [30, 'BF16', 1, 2],
      [34, 'TQ1_0', QK_K, 54],
      [35, 'TQ2_0', QK_K, 66],
      [39, 'MXFP4', 32, 17],
      [40, 'NVFP4', 64, 36],
      [41, 'Q1_0', 128, 18],
      [42, 'Q2_0', 64, 18],
    ] as const
  ).map(([id, name, blockSize, typeSize]) => [id, { name, blockSize, typeSize }]),
);

/**
 * llama_ftype names for general.file_type, the whole file's quantization label ("Q4_K_M"), from
 * gguf-py 0.19.0's LlamaFileType (which mirrors llama.h's enum llama_ftype) without its MOSTLY_ /
 * ALL_ prefix. Values 4–6 and 33–35 were removed from llama.cpp.
 */
export const LLAMA_FILE_TYPES: ReadonlyMap<number, string> = new Map(
  (
    [
      [0, 'F32'],
      [1, 'F16'],
      [2, 'Q4_0'],
      [3, 'Q4_1'],
      [7, 'Q8_0'],
      [8, 'Q5_0'],
      [9, 'Q5_1'],
      [10, 'Q2_K'],
      [11, 'Q3_K_S'],
      [12, 'Q3_K_M'],
      [13, 'Q3_K_L'],
      [14, 'Q4_K_S'],
      [15, 'Q4_K_M'],
      [16, 'Q5_K_S'],
      [17, 'Q5_K_M'],
      [18, 'Q6_K'],
      [19, 'IQ2_XXS'],
      [20, 'IQ2_XS'],
      [21, 'Q2_K_S'],
      [22, 'IQ3_XS'],
      [23, 'IQ3_XXS'],
      [24, 'IQ1_S'],
      [25, 'IQ4_NL'],
      [26, 'IQ3_S'],
      [27, 'IQ3_M'],
      [28, 'IQ2_S'],
      [29, 'IQ2_M'],
      [30, 'IQ4_XS'],
      [31, 'IQ1_M'],
      [32, 'BF16'],
      [36, 'TQ1_0'],
      [37, 'TQ2_0'],
      [38, 'MXFP4_MOE'],
      [39, 'NVFP4'],
      [40, 'Q1_0'],
    ] as const
  ).map(([id, name]) => [id, name]),
);
