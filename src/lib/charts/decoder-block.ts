/*
 * Where the parameters of a dense Llama-style decoder sit, part by part, and the diagram of one
 * decoder layer between the embeddings and the output head (content/{en,zh}/counting-parameters.mdx).
 * Every count is taken from the project's counter (src/lib/model-config): the per-projection split
 * uses the shapes the counter resolved and must add up to the counter's own parts, or no diagram.
 */
import type { ParameterCount } from '@llm-scale/core/configs';
import { err, ok, type Result } from '@llm-scale/core/numbers/result';
import { textWidth } from './labels';
import type { SvgModel, SvgText, TextRun } from './svg-model';
import { fill } from '@llm-scale/core/text/template';

/** The config values the diagram names, in the article's symbols. */
export interface DecoderShape {
  /** vocab_size */
  V: number;
  /** hidden_size */
  d: number;
  /** num_hidden_layers */
  L: number;
  /** num_attention_heads */
  nh: number;
  /** num_key_value_heads */
  nkv: number;
  /** head_dim */
  dh: number;
  /** intermediate_size */
  dff: number;
  tied: boolean;
}

/** Parameters (elements, not bytes) per part; per-layer parts are for one layer. */
export interface DecoderParts {
  shape: DecoderShape;
  embeddings: number;
  inputNorm: number;
  q: number;
  k: number;
  v: number;
  o: number;
  attention: number;
  postNorm: number;
  gate: number;
  up: number;
  down: number;
  mlp: number;
  /** One decoder layer: attention, MLP and its two norms. */
  layer: number;
  /** All L layers. */
  layers: number;
  finalNorm: number;
  /** lm_head: 0 when tied to the embeddings. */
  head: number;
  /** The counter's total. */
  total: number;
}

/**
 * Splits a counted model into the parts of a Llama-style dense decoder: q/k/v/o projections
 * (d × n_h·d_h, d × n_kv·d_h twice, n_h·d_h × d), a gated MLP (three d × d_ff matrices), two RMSNorm
 * weights per layer, a final norm, embeddings and an untied or tied head (modeling_llama.py).
 *
 * Input: a ParameterCount from countParameters. Output: the parts, each checked against the
 * counter: L × (q + k + v + o) must equal breakdown.attention, L × 3·d·d_ff breakdown.mlp, (2L + 1)·d
 * breakdown.norms, V·d the embeddings, and the parts the total.
 * Errors: 'not-a-plain-decoder' for a model with biases, experts, learned positions, extra norms or
 * any other layout these formulas do not describe (the diagram would then show wrong numbers).
 */
export function decoderParts(count: ParameterCount): Result<DecoderParts, 'not-a-plain-decoder'> {
  const r = count.resolved;
  const int = (key: string) => (typeof r[key] === 'number' ? (r[key] as number) : NaN);
  const shape: DecoderShape = {
    V: int('vocab_size'),
    d: int('hidden_size'),
    L: int('num_hidden_layers'),
    nh: int('num_attention_heads'),
    nkv: int('num_key_value_heads'),
    dh: int('head_dim'),
    dff: int('intermediate_size'),
    tied: count.tiedEmbeddings,
  };
  const { V, d, L, nh, nkv, dh, dff } = shape;
  const q = d * nh * dh;
  const k = d * nkv * dh;
  const o = nh * dh * d;
  const gate = d * dff;
  const b = count.breakdown;
  const parts: DecoderParts = {
    shape,
    embeddings: V * d,
    inputNorm: d,
    q,
    k,
    v: k,
    o,
    attention: q + 2 * k + o,
    postNorm: d,
    gate,
    up: gate,
    down: gate,
    mlp: 3 * gate,
    layer: q + 2 * k + o + 3 * gate + 2 * d,
    layers: L * (q + 2 * k + o + 3 * gate + 2 * d),
    finalNorm: d,
    head: shape.tied ? 0 : V * d,
    total: count.total,
  };
  const agrees =
    count.biases === 0 &&
    count.layers.moe === 0 &&
    b.positionEmbeddings === 0 &&
    b.routedExperts + b.sharedExperts + b.router === 0 &&
    b.embeddings === parts.embeddings &&
    b.attention === L * parts.attention &&
    b.mlp === L * parts.mlp &&
    b.norms === (2 * L + 1) * d &&
    b.outputHead === parts.head &&
    parts.embeddings + parts.layers + parts.finalNorm + parts.head === count.total;
  return agrees ? ok(parts) : err('not-a-plain-decoder');
}

/** The words the diagram needs, in the reader's language (src/i18n/<lang>/charts.ts, `block`). */
export interface BlockWords {
  embeddings: string;
  /** "Decoder layer, ×{n}". */
  layer: string;
  attention: string;
  /** "{n} query heads". */
  queryHeads: string;
  /** "{n} key/value heads, one for every {group} query heads". */
  kvHeads: string;
  inputNorm: string;
  postNorm: string;
  mlp: string;
  residual: string;
  perLayer: string;
  /** "{n} layers". */
  layers: string;
  finalNorm: string;
  head: string;
  untied: string;
  tied: string;
  total: string;
}

/** One line of a part: its name (code or words), formula and count. */
export interface BlockRow {
  /** transformers' module name, drawn in a code face, or a name in words. */
  name: string;
  code: boolean;
  formula: TextRun[];
  params: number;
  /** When `name` is in words: the module's code name, drawn before the formula. */
  module?: string;
}

const s = (text: string): TextRun => ({ text, sub: true });
const t = (text: string): TextRun => ({ text });

/**
 * The rows of the diagram and of its table twin, grouped as drawn: embeddings, the layer (its
 * norms, attention, MLP), final norm, head. `fmt` writes a number in the reader's language.
 */
export function blockRows(p: DecoderParts, words: BlockWords, fmt: (n: number) => string) {
  const { V, d, nh, nkv, dh, dff } = p.shape;
  const [fV, fd, fnh, fnkv, fdh, fdff] = [V, d, nh, nkv, dh, dff].map(fmt) as [string, string, string, string, string, string];
  const proj = (name: string, heads: 'h' | 'kv', out: boolean, params: number): BlockRow => ({
    name,
    code: true,
    formula: out
      ? [t('n'), s(heads), t('d'), s('h'), t(' × d = '), t(`${heads === 'h' ? fnh : fnkv} × ${fdh} × ${fd}`)]
      : [t('d × n'), s(heads), t('d'), s('h'), t(` = ${fd} × ${heads === 'h' ? fnh : fnkv} × ${fdh}`)],
    params,
  });
  const norm = (name: string): BlockRow => ({ name, code: true, formula: [t(`d = ${fd}`)], params: d });
  return {
    embeddings: { name: 'embed_tokens', code: true, formula: [t(`V × d = ${fV} × ${fd}`)], params: p.embeddings } satisfies BlockRow,
    inputNorm: norm('input_layernorm'),
    attention: [proj('q_proj', 'h', false, p.q), proj('k_proj', 'kv', false, p.k), proj('v_proj', 'kv', false, p.v), proj('o_proj', 'h', true, p.o)],
    postNorm: norm('post_attention_layernorm'),
    mlp: [
      { name: 'gate_proj', code: true, formula: [t('d × d'), s('ff'), t(` = ${fd} × ${fdff}`)], params: p.gate },
      { name: 'up_proj', code: true, formula: [t('d × d'), s('ff'), t(` = ${fd} × ${fdff}`)], params: p.up },
      { name: 'down_proj', code: true, formula: [t('d'), s('ff'), t(` × d = ${fdff} × ${fd}`)], params: p.down },
    ] satisfies BlockRow[],
    finalNorm: norm('norm'),
    head: {
      name: 'lm_head',
      code: true,
      formula: p.shape.tied ? [t(words.tied)] : [t(`V × d = ${fV} × ${fd}${words.untied}`)],
      params: p.head,
    } satisfies BlockRow,
  };
}

const W = 340;
const LINE = 15;
const PAD = 8;

/**
 * The diagram as an SvgModel, 340 units wide (drawn at about that many CSS pixels: a phone's
 * column), text at 12 units and formulas at 11. Boxes stack top to bottom in the order a token's
 * vector meets them; the decoder layer sits in a dashed frame, its attention box shows the query
 * heads above the key/value heads each group shares (grouped-query attention). Throws nothing:
 * the parts come checked from decoderParts.
 */
export function layoutDecoderBlock(p: DecoderParts, words: BlockWords, fmt: (n: number) => string): SvgModel {
  const rows = blockRows(p, words, fmt);
  const model: SvgModel = { width: W, height: 0, rects: [], paths: [], texts: [] };
  let y = 4;
  const text = (x: number, yy: number, value: SvgText['text'], cls?: string, anchor?: SvgText['anchor']) =>
    model.texts.push({ x, y: Math.round(yy * 10) / 10, text: value, cls, anchor });

  /** A box of `rows` with an optional title line, from x to x + w; advances y. */
  const box = (x: number, w: number, cls: string, title: { text: string; params: number } | null, items: BlockRow[], extra = 0) => {
    const top = y;
    let h = PAD;
    if (title) h += LINE + 2;
    h += items.length * (LINE * 2) + extra + PAD / 2;
    model.rects.push({ x, y: top, w, h, cls, rx: 4 });
    let line = top + PAD + 10;
    if (title) {
      text(x + PAD, line, title.text, 'title');
      text(x + w - PAD, line, fmt(title.params), 'title count', 'end');
      line += LINE + 2;
    }
    for (const row of items) {
      text(x + PAD, line, row.name, row.code ? 'code' : undefined);
      text(x + w - PAD, line, fmt(row.params), 'count', 'end');
      text(x + PAD, line + LINE - 1, row.module ? [{ text: row.module, code: true }, { text: ' · ' }, ...row.formula] : row.formula, 'formula');
      line += LINE * 2;
    }
    y = top + h;
    return { top, bottom: y, extraTop: line - 10 };
  };
  const arrow = (gap = 14) => {
    model.paths.push({ d: `M${W / 2} ${y + 1}V${y + gap - 1}m-3.5 -4l3.5 4 3.5-4`, cls: 'block-arrow' });
    y += gap;
  };
  const plain = (row: BlockRow, title: string): BlockRow => ({ ...row, name: title, code: false, module: row.name });

  box(0, W, 'block-box', null, [plain(rows.embeddings, words.embeddings)]);
  arrow();

  // The decoder layer, framed; its boxes are inset.
  const frameTop = y;
  const ix = 10;
  const iw = W - 2 * ix;
  y += 8;
  text(ix, y + 8, fill(words.layer, { n: fmt(p.shape.L) }), 'title');
  y += 16;
  box(ix, iw, 'block-box block-norm', null, [plain(rows.inputNorm, words.inputNorm)]);
  arrow();

  // Attention, with the heads drawn under the four projections.
  const heads = 58;
  const att = box(ix, iw, 'block-box block-attn', { text: words.attention, params: p.attention }, rows.attention, heads);
  const { nh, nkv } = p.shape;
  const unit = Math.min(7, Math.floor(((iw - 2 * PAD) / nh) * 10) / 10);
  const cell = Math.max(1, unit - 1);
  const group = nh / nkv;
  const hx = ix + PAD;
  const qy = att.extraTop + 2;
  text(hx, qy + 8, fill(words.queryHeads, { n: fmt(nh) }), 'formula');
  const qTop = qy + 13;
  let qd = '';
  for (let i = 0; i < nh; i++) qd += `M${Math.round((hx + i * unit) * 10) / 10} ${qTop}h${cell}v7h-${cell}z`;
  model.paths.push({ d: qd, cls: 'block-q' });
  const kvTop = qTop + 10;
  let kvd = '';
  const kvw = Math.round((group * unit - 1) * 10) / 10;
  for (let i = 0; i < nkv; i++) kvd += `M${Math.round((hx + i * group * unit) * 10) / 10} ${kvTop}h${kvw}v7h-${kvw}z`;
  model.paths.push({ d: kvd, cls: 'block-kv' });
  text(hx, kvTop + 19, fill(words.kvHeads, { n: fmt(nkv), group: fmt(group) }), 'formula');

  text(W / 2, y + 12, `⊕ ${words.residual}`, 'formula', 'middle');
  y += 18;
  box(ix, iw, 'block-box block-norm', null, [plain(rows.postNorm, words.postNorm)]);
  arrow();
  box(ix, iw, 'block-box block-mlp', { text: words.mlp, params: p.mlp }, rows.mlp);
  text(W / 2, y + 12, `⊕ ${words.residual}`, 'formula', 'middle');
  y += 20;
  text(ix + PAD, y + 8, words.perLayer, 'title');
  text(W - ix - PAD, y + 8, fmt(p.layer), 'title count', 'end');
  text(ix + PAD, y + 8 + LINE + 1, fill(words.layers, { n: fmt(p.shape.L) }), undefined);
  text(W - ix - PAD, y + 8 + LINE + 1, fmt(p.layers), 'count', 'end');
  y += LINE * 2 + 10;
  model.rects.push({ x: 1, y: frameTop, w: W - 2, h: y - frameTop, cls: 'block-frame', rx: 4 });
  arrow();

  box(0, W, 'block-box block-norm', null, [plain(rows.finalNorm, words.finalNorm)]);
  arrow();
  box(0, W, 'block-box', null, [plain(rows.head, words.head)]);
  y += 6;
  text(PAD, y + 12, words.total, 'title');
  text(W - PAD, y + 12, fmt(p.total), 'title count', 'end');
  model.height = Math.ceil(y + 18);
  // The frame goes under the boxes it holds.
  model.rects.sort((a, b) => (a.cls === 'block-frame' ? -1 : b.cls === 'block-frame' ? 1 : 0));
  return model;
}

/** The diagram's font sizes, user units: text, and the 'formula' class (src/styles/charts.css). */
export const BLOCK_FONT = { text: 12, formula: 11 } as const;

/** The width a text of the diagram may take (an upper estimate, textWidth at its class's size). */
export function blockTextWidth(t: SvgText): number {
  return textWidth(typeof t.text === 'string' ? t.text : t.text.map((r) => r.text).join(''), t.cls === 'formula' ? BLOCK_FONT.formula : BLOCK_FONT.text);
}

/** Whether every text line of a model fits across its width (a layout check for tests). */
export function textFits(model: SvgModel): boolean {
  return model.texts.every((t) => {
    const w = blockTextWidth(t);
    const left = t.anchor === 'end' ? t.x - w : t.anchor === 'middle' ? t.x - w / 2 : t.x;
    return left >= 0 && left + w <= model.width;
  });
}
