import { type ParseResult, failure } from './errors';

/**
 * What serde_json refuses in a safetensors header and JSON.parse accepts. The reference
 * (huggingface/safetensors safetensors/src/tensor.rs, read_metadata) parses the header with
 * serde_json::from_str into HashMetadata { __metadata__: Option<HashMap<String, String>>, tensors:
 * HashMap<String, TensorInfo { dtype, shape: Vec<usize>, data_offsets: (usize, usize) }> }, so:
 *
 * - a byte-order mark before the "{" is a syntax error (serde_json does not skip one);
 * - every number in a header is a usize (shapes and offsets; metadata values are strings), so a number
 *   written with a fraction or an exponent ("2.0", "8e0") or a minus sign ("-1") is refused: serde
 *   reads it as a float or a negative integer, which is no usize ("-0" reads as the integer 0 and passes);
 * - a \u escape of a lone surrogate ("\ud800" unpaired) is refused ("lone leading surrogate in hex
 *   escape"), where JSON.parse makes a string no UTF-8 file name can hold.
 *
 * Scans the text once, outside and inside strings; the caller still runs JSON.parse for the
 * structure. Returns ok, or 'safetensors-byte-order-mark', 'safetensors-non-integer' (detail: the
 * number as written) or 'safetensors-lone-surrogate' (detail: the escape).
 */
export function checkStrictJson(text: string): ParseResult<void> {
  if (text.charCodeAt(0) === 0xfeff) return failure('safetensors-byte-order-mark');
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      const end = scanString(text, i + 1);
      if (typeof end === 'string') return failure('safetensors-lone-surrogate', end);
      i = end;
      continue;
    }
    if (c === 0x2d /* - */ || (c >= 0x30 && c <= 0x39)) {
      let j = i + 1;
      while (j < n && /[0-9.eE+-]/.test(text[j]!)) j++;
      const token = text.slice(i, j);
      if (!/^-?\d+$/.test(token) || (token.startsWith('-') && !/^-0+$/.test(token))) {
        return failure('safetensors-non-integer', token.length > 40 ? `${token.slice(0, 40)}…` : token);
      }
      i = j;
      continue;
    }
    i++;
  }
  return { ok: true, value: undefined };
}

/** Moves past a string's contents from just after its opening quote: the index after it, or the lone surrogate escape found. */
function scanString(text: string, from: number): number | string {
  const n = text.length;
  let i = from;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x22) return i + 1;
    if (c !== 0x5c /* \ */) {
      i++;
      continue;
    }
    if (text[i + 1] !== 'u') {
      i += 2;
      continue;
    }
    const unit = parseInt(text.slice(i + 2, i + 6), 16);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.slice(i + 6, i + 8) === '\\u' ? parseInt(text.slice(i + 8, i + 12), 16) : NaN;
      if (!(next >= 0xdc00 && next <= 0xdfff)) return text.slice(i, i + 6);
      i += 12;
      continue;
    }
    if (unit >= 0xdc00 && unit <= 0xdfff) return text.slice(i, i + 6);
    i += 6;
  }
  return n;
}
