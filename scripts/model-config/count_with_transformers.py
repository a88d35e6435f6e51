"""Count the parameters of every fixture config with Hugging Face transformers itself.

Writes packages/core/fixtures/configs/expected.json, which the Vitest suite reads, so the
TypeScript counter is checked against the reference implementation and CI needs no Python.

Setup (CPU only, nothing is downloaded but the two packages):
    python3 -m venv /tmp/venv-config
    /tmp/venv-config/bin/pip install transformers torch
    /tmp/venv-config/bin/python scripts/model-config/count_with_transformers.py

Each model is built on the meta device (shapes only, no memory), exactly as
AutoModelForCausalLM.from_config builds it. model.parameters() counts a tied output head once.
Persistent buffers (DeepSeek-V3's e_score_correction_bias) are in the checkpoint but not in
parameters(); they are recorded apart so the TypeScript total can be checked both ways.

For hybrids (HYBRID: layers without attention), "cache" records what transformers' DynamicCache
holds per sequence for each kind of layer, from a real forward pass on a model rebuilt with one
layer of each kind (see hybrid_cache): K/V values per token for attention layers, the shapes and
dtypes of conv_states and recurrent_states for Mamba and Gated DeltaNet layers, both for Falcon-H1's
"hybrid" layers (attention and Mamba-2 side by side), nothing for MLP-only layers. That pass runs on
the CPU in bfloat16 and takes a few seconds per fixture.

For the attention-only types in ATTENTION_PROBED, "attentionCache" records the same for their
attention layers (see attention_cache): the layer kinds DynamicCache gives the config, and by kind
the K/V values per token, their dtype and a sliding layer's window.
"""

from __future__ import annotations

import json
import re
import sys
import warnings
from pathlib import Path

import torch
import transformers
from transformers import AutoConfig, AutoModelForCausalLM, AutoModelForImageTextToText

warnings.filterwarnings("ignore")
transformers.logging.set_verbosity_error()

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "packages/core/fixtures/configs"
OUT = FIXTURES / "expected.json"

# Families the TypeScript counter knows; any other model_type is counted as a Llama-style decoder.
KNOWN = {
    "llama", "mistral", "mixtral", "qwen2", "qwen2_moe", "qwen3", "qwen3_moe", "gemma", "gemma2",
    "gemma3_text", "phi", "phi3", "gpt2", "deepseek_v2", "deepseek_v3", "gpt_oss",
    # issue 22
    "starcoder2", "gpt_bigcode", "gpt_neox", "cohere", "olmo2", "ministral3", "nemotron_h",
    "qwen3_vl_text", "olmoe", "exaone4", "qwen3_next", "jamba", "falcon",
    # issue 22, types-a
    "granite", "phimoe", "glm4_moe", "ministral", "olmo",
    # checked on synthetic configs only (no real config found)
    "cohere2", "olmo3", "glm4", "granitemoe", "granitemoeshared",
    # issue 22, second batch (types-b)
    "mamba2", "lfm2", "llama4_text", "mamba", "qwen3_5_text", "qwen3_5_moe_text",
    # issue 22, types-c: Mamba-2 hybrids checked on synthetic configs only (no real config found)
    "bamba", "falcon_h1", "granitemoehybrid",
}

# Text models transformers builds only inside their multimodal model (no AutoModelForCausalLM class).
TEXT_ONLY_INSIDE = {"qwen3_vl_text"}

# Hybrids: layers of several kinds, whose per-sequence states are probed with a real forward pass.
HYBRID = {"nemotron_h", "qwen3_next", "jamba"}
# issue 22, second batch (types-b): Mamba-2 (one kind of layer) and LFM2's short convolutions.
HYBRID |= {"mamba2", "lfm2", "mamba", "qwen3_5_text", "qwen3_5_moe_text"}
# issue 22, types-c: Bamba and Granite 4.0 (Mamba-2 or attention per layer), Falcon-H1 (both in every layer).
HYBRID |= {"bamba", "falcon_h1", "granitemoehybrid"}

# issue 22, types-a: attention-only models whose KV cache is probed as transformers allocates it
# (attention_cache): the layer kinds the config class builds, and K/V per token in one layer of each.
ATTENTION_PROBED = {
    "granite", "phimoe", "glm4_moe", "ministral", "mistral", "olmo",
    "cohere2", "olmo3", "glm4", "granitemoe", "granitemoeshared",
}


def part_of(name: str) -> str:
    """The breakdown part a parameter belongs to, by its name in transformers' state dict."""
    if re.search(r"(embed_tokens|\bwte|embed_in|model\.embeddings|backbone\.embeddings|word_embeddings)\.weight$", name):
        return "embeddings"
    if re.search(r"\bwpe\.weight$", name):
        return "positionEmbeddings"
    if name.startswith(("lm_head.", "embed_out.")):
        return "outputHead"
    # Nemotron-H's mixture-of-experts mixer (Nemotron 3 Nano): experts, shared expert, router.
    if re.search(r"\.mixer\.experts\.", name):
        return "routedExperts"
    if ".mixer.shared_experts." in name:
        return "sharedExperts"
    if re.search(r"\.mixer\.gate\.(weight|e_score_correction_bias)$", name):
        return "router"
    if re.search(r"\.mixer\.fc[12]_latent_proj\.", name):  # moe_latent_size: used by every token, like an MLP
        return "mlp"
    # Nemotron-H's mixers: attention, MLP, or a Mamba-2 mixer (whose gated norm belongs to it).
    if re.search(r"\.mixer\.[qkvo]_proj\.", name):
        return "attention"
    if re.search(r"\.mixer\.(up|down)_proj\.", name):
        return "mlp"
    if ".mixer." in name or ".linear_attn." in name or ".mamba." in name or re.search(r"\.layers\.\d+\.conv\.", name):  # Mamba-2, Gated DeltaNet (its gated norm too)
        return "recurrent"
    if re.search(r"(norm|norm_f|\bln_\w+|\bln_f)\.(weight|bias)$", name):
        return "norms"
    if re.search(r"\.(mlp|block_sparse_moe|feed_forward|mixer)\.experts\.", name):
        return "routedExperts"
    if ".shared_expert" in name or ".shared_mlp." in name:  # GraniteMoeShared's shared_mlp
        return "sharedExperts"
    if re.search(r"\.mlp\.gate\.(weight|e_score_correction_bias)$", name):
        return "router"
    if re.search(r"\.(mlp|block_sparse_moe|feed_forward)\.router\.(layer\.)?(weight|bias)$", name):  # gpt-oss's, Phimoe's, GraniteMoe's
        return "router"
    if re.search(r"\.(self_attn|attn|crossattention|attention|self_attention)\.", name):
        return "attention"
    if ".mlp." in name or ".feed_forward." in name:
        return "mlp"
    raise ValueError(f"unclassified parameter {name}")


def build(config_dict: dict):
    config = AutoConfig.for_model(**config_dict)
    with torch.device("meta"):
        return AutoModelForCausalLM.from_config(config), config


def count(model, config) -> dict:
    parts = {k: 0 for k in (
        "embeddings", "positionEmbeddings", "outputHead", "attention", "mlp", "routedExperts",
        "sharedExperts", "router", "norms", "recurrent")}
    biases = 0
    parameters = 0
    for name, p in model.named_parameters():  # tied weights appear once
        parts[part_of(name)] += p.numel()
        parameters += p.numel()
        # gpt-oss's experts keep their biases as gate_up_proj_bias and down_proj_bias.
        if name.endswith((".bias", "_proj_bias")):
            biases += p.numel()
    param_names = {n for n, _ in model.named_parameters(remove_duplicate=False)}
    persistent = 0
    for name, t in model.state_dict().items():
        if name not in param_names:
            parts[part_of(name)] += t.numel()
            persistent += t.numel()
    total = parameters + persistent

    # Active per token: drop the routed experts a token does not use in each MoE block.
    unused = 0
    moe_layers = 0
    for module in model.modules():
        experts = getattr(module, "experts", None)
        # Nemotron-H's experts are not gated: up_proj and down_proj, each [experts, ...].
        first = getattr(experts, "gate_up_proj", None) if experts is not None else None
        if first is None and experts is not None and isinstance(getattr(experts, "up_proj", None), torch.nn.Parameter):
            first = experts.up_proj
        if first is not None:
            moe_layers += 1
            n = first.shape[0]
            expert_tensors = [first, experts.down_proj]
            # gpt-oss's experts have biases too; an expert a token skips leaves them unused as well.
            expert_tensors += [getattr(experts, b) for b in ("gate_up_proj_bias", "down_proj_bias") if hasattr(experts, b)]
            per_expert = sum(t.numel() for t in expert_tensors) // n
            unused += (n - config.num_experts_per_tok) * per_expert
    if moe_layers == 0 and parts["sharedExperts"] > 0:
        # A "shared" MLP with no routed experts beside it (GraniteMoeHybrid with num_local_experts 0)
        # is the layer's only MLP: counted as one.
        parts["mlp"] += parts["sharedExperts"]
        parts["sharedExperts"] = 0
    return {
        "total": total,
        "parameters": parameters,
        "persistentBuffers": persistent,
        "active": total - unused,
        "moeLayers": moe_layers,
        "biases": biases,
        "tied": "lm_head.weight" not in {n for n, _ in model.named_parameters()},
        "breakdown": parts,
    }


def language_model_of(raw: dict) -> dict:
    """The language model of a multimodal model whose text model has no causal-LM class of its own
    (Qwen3-VL's qwen3_vl_text): counted inside the whole model, from model.language_model.* and lm_head.*"""
    config = AutoConfig.for_model(**raw)
    with torch.device("meta"):
        model = AutoModelForImageTextToText.from_config(config)

    class Only(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.model = model.model.language_model
            self.lm_head = model.lm_head

    only = Only()
    return count(only, config.text_config)


def full_model(raw: dict) -> dict:
    """The whole multimodal model, to check that its language model matches the text-only count."""
    try:
        config = AutoConfig.for_model(**raw)
        with torch.device("meta"):
            model = AutoModelForImageTextToText.from_config(config)
    except Exception as e:  # noqa: BLE001 - e.g. MLC's copy of Ministral 3 names its text type at the top
        return {"fullModelError": str(e)[:200]}
    language = sum(p.numel() for n, p in model.named_parameters()
                   # Llama 4's wrapper keeps its text model as language_model.model.* and language_model.lm_head.
                   if n.startswith(("model.language_model.", "lm_head.", "language_model.")))
    return {"fullModelTotal": sum(p.numel() for p in model.parameters()), "languageModelInFullModel": language}


def as_transformers_5_loads(raw: dict) -> dict:
    """The config with the one value transformers 4.x wrote that 5.18's strict config classes refuse.

    Llama 4's configs saved by transformers 4.51 hold `"attn_temperature_tuning": 4`, which 5.18's
    Llama4TextConfig (a bool field) refuses; 4.51's modeling read it as a truth value, so it is passed
    as True. No parameter shape depends on it (it scales the queries of the NoPE layers).
    """
    text = raw.get("text_config")
    if isinstance(text, dict) and isinstance(text.get("attn_temperature_tuning"), int) and not isinstance(text["attn_temperature_tuning"], bool):
        return {**raw, "text_config": {**text, "attn_temperature_tuning": bool(text["attn_temperature_tuning"])}}
    return raw


def expected_for(raw: dict) -> dict:
    entry: dict = {}
    raw = as_transformers_5_loads(raw)
    cfg = dict(raw)
    if isinstance(cfg.get("text_config"), dict) and "num_hidden_layers" not in cfg and "n_layer" not in cfg:
        # Count the language model alone, as its own causal LM; the tie flag comes from the text
        # config, else the outer config, else the family default (the rule count-parameters.ts uses).
        text = dict(cfg["text_config"])
        if "tie_word_embeddings" not in text and "tie_word_embeddings" in cfg:
            text["tie_word_embeddings"] = cfg["tie_word_embeddings"]
        entry["nested"] = "text_config"
        entry.update(full_model(raw))
        cfg = text
        if "model_type" not in cfg:
            cfg["model_type"] = "llama"
    model_type = cfg.get("model_type")
    if model_type not in KNOWN:
        entry["fallback"] = True
        try:
            model, config = build(cfg)
            entry["referenceTotal"] = sum(p.numel() for p in model.parameters())
        except Exception as e:  # noqa: BLE001 - a family transformers lacks is fine here
            entry["referenceTotal"] = None
            entry["referenceError"] = str(e)[:200]
        cfg = {**cfg, "model_type": "llama"}
    cfg.pop("auto_map", None)  # remote code: transformers' own class is what is counted
    if entry.get("nested") and cfg.get("model_type") in TEXT_ONLY_INSIDE:
        entry.update(language_model_of(raw))
        return entry
    model, config = build(cfg)
    entry.update(count(model, config))
    return entry


def hybrid_cache(raw: dict) -> dict:
    """What transformers' DynamicCache holds per sequence for each kind of layer of a hybrid.

    The model is rebuilt with one layer of each kind the config has (and a 256-token vocabulary,
    which no cache depends on), in bfloat16 on the CPU, and run on one sequence of 5 tokens with
    use_cache=True. For an attention layer the keys and values are [batch, kv heads, tokens,
    head_dim]: K and V values per token are 2 · kv heads · head_dim. For a Mamba layer
    (LinearAttentionLayer) conv_states and recurrent_states keep the same shape whatever the
    context: they are recorded without the batch dimension, with their dtypes.
    """
    cfg = dict(raw)
    cfg.pop("auto_map", None)
    if cfg.get("model_type") == "qwen3_next":
        # One Gated DeltaNet layer and one attention layer; 4 experts instead of 512 (no cache holds them).
        kinds = ["linear_attention", "full_attention"]
        cfg.update(layer_types=kinds, num_experts=4, num_experts_per_tok=2)
    elif cfg.get("model_type") in ("qwen3_5_text", "qwen3_5_moe_text"):
        # Qwen3.5's language model (its text_config): one Gated DeltaNet layer and one attention layer
        # (for the MoE model 4 experts instead of 256: no cache holds them).
        kinds = ["linear_attention", "full_attention"]
        cfg["layer_types"] = kinds
        if "num_experts" in cfg:
            cfg.update(num_experts=4, num_experts_per_tok=2)
    elif cfg.get("model_type") == "jamba":
        # A Mamba layer then an attention layer, 4 experts instead of 16.
        kinds = ["mamba", "attention"]
        cfg.update(num_hidden_layers=2, attn_layer_period=2, attn_layer_offset=1, num_experts=4)
    elif cfg.get("model_type") in ("mamba2", "mamba"):
        # Every layer is a Mamba(-2) mixer: one is enough.
        kinds = ["linear_attention"]
    elif cfg.get("model_type") == "lfm2":
        # A short-convolution layer then an attention layer.
        kinds = ["conv", "full_attention"]
        cfg["layer_types"] = kinds
    elif cfg.get("model_type") == "bamba":
        # A Mamba-2 layer then an attention layer (attn_layer_indices names the attention layers),
        # whatever the config has: in transformers 5.18.0 a Bamba or GraniteMoeHybrid model with no
        # attention layer (both classes' default) builds, but its forward pass with use_cache=True
        # fails (create_causal_mask asks the cache for a length only attention layers hold), so the
        # all-Mamba fixtures are probed with one attention layer added; their Mamba-2 state is the same.
        kinds = ["linear_attention", "full_attention"]
        cfg["attn_layer_indices"] = [1]
    elif cfg.get("model_type") == "granitemoehybrid":
        # A Mamba-2 layer then an attention layer; at most 4 experts (no cache holds them).
        kinds = ["linear_attention", "full_attention"]
        cfg["layer_types"] = kinds
        if isinstance(cfg.get("num_local_experts"), int) and cfg["num_local_experts"] > 4:
            cfg.update(num_local_experts=4, num_experts_per_tok=min(cfg.get("num_experts_per_tok", 2), 4))
    elif cfg.get("model_type") == "falcon_h1":
        # Every layer is "hybrid": attention and a Mamba-2 mixer side by side. One is enough.
        kinds = ["hybrid"]
    elif "layers_block_type" in cfg:
        kinds = list(dict.fromkeys(cfg["layers_block_type"]))
        cfg["layers_block_type"] = kinds
    else:
        kinds = list(dict.fromkeys(cfg["hybrid_override_pattern"]))
        cfg["hybrid_override_pattern"] = "".join(kinds)
    if cfg.get("model_type") == "nemotron_h" and "n_routed_experts" in cfg:
        # 8 experts instead of 128 for the probe (no cache holds them); 6 of them per token still fit.
        cfg["n_routed_experts"] = 8
    cfg["num_hidden_layers"] = len(kinds)
    cfg["vocab_size"] = 256
    config = AutoConfig.for_model(**cfg)
    torch.manual_seed(0)
    model = AutoModelForCausalLM.from_config(config, torch_dtype=torch.bfloat16).eval()
    with torch.no_grad():
        out = model(torch.tensor([[1, 2, 3, 4, 5]]), use_cache=True)
    # Mamba-2 returns its DynamicCache as cache_params, the others as past_key_values.
    cache = out.past_key_values if "past_key_values" in out else out.cache_params
    out: dict = {}
    layer_kinds = getattr(config, "layers_block_type", None) or config.layer_types
    for kind, layer in zip(layer_kinds, cache.layers):
        entry: dict = {}
        if getattr(layer, "keys", None) is not None and torch.is_tensor(layer.keys):
            _, heads, _, dim = layer.keys.shape
            entry.update(kvValuesPerToken=2 * heads * dim, dtype=str(layer.keys.dtype).removeprefix("torch."))
        # Falcon-H1's "hybrid" layers (LinearAttentionAndFullAttentionLayer) keep both.
        for name in ("conv_states", "recurrent_states"):
            states = getattr(layer, name, None)
            state = states.get(0) if isinstance(states, dict) else None
            if state is not None:
                entry[name] = {"shape": list(state.shape[1:]), "dtype": str(state.dtype).removeprefix("torch.")}
        out[kind] = entry
    return out


def attention_cache(raw: dict) -> dict:
    """What transformers' DynamicCache holds per token for each kind of attention layer (expected.json
    "attentionCache": the layer kinds, and by kind K/V values per token, dtype and window).

    The layer kinds are the ones DynamicCache gives the config (cache_utils.get_layer_types_and_kwargs:
    layer_types, which the config class may derive from a sliding pattern; without them every layer
    slides when sliding_window is set, else all have full attention). The model is then rebuilt with
    one layer of each kind (a 256-token vocabulary and at most 2 experts, which no cache depends on),
    in bfloat16 on the CPU, and run on one sequence of 5 tokens. Keys and values are [batch, kv heads,
    tokens, head_dim]: K and V values per token are 2 · kv heads · head_dim; a sliding layer also
    records its window (DynamicSlidingWindowLayer keeps the last sliding_window - 1 tokens).
    """
    from transformers.cache_utils import get_layer_types_and_kwargs

    cfg = dict(raw)
    cfg.pop("auto_map", None)
    full = AutoConfig.for_model(**cfg)
    types, _ = get_layer_types_and_kwargs(full)
    kinds = list(dict.fromkeys(types))
    cfg["num_hidden_layers"] = len(kinds)
    if getattr(full, "layer_types", None) is not None:
        cfg["layer_types"] = kinds
    cfg["vocab_size"] = 256
    cfg["pad_token_id"] = None  # the embedding's padding_idx must lie within the smaller vocabulary
    for key in ("num_local_experts", "num_experts", "n_routed_experts"):
        if isinstance(cfg.get(key), int) and cfg[key] > 2:
            cfg[key] = 2
    if isinstance(cfg.get("num_experts_per_tok"), int) and cfg["num_experts_per_tok"] > 2:
        cfg["num_experts_per_tok"] = 2
    config = AutoConfig.for_model(**cfg)
    torch.manual_seed(0)
    model = AutoModelForCausalLM.from_config(config, torch_dtype=torch.bfloat16).eval()
    with torch.no_grad():
        cache = model(torch.tensor([[1, 2, 3, 4, 5]]), use_cache=True).past_key_values
    by_kind: dict = {}
    for kind, layer in zip(kinds, cache.layers):
        _, heads, _, dim = layer.keys.shape
        by_kind[kind] = {
            "kvValuesPerToken": 2 * heads * dim,
            "dtype": str(layer.keys.dtype).removeprefix("torch."),
            "slidingWindow": getattr(layer, "sliding_window", None),
        }
    return {"layerTypes": list(types), "byKind": by_kind}


def main() -> int:
    results = {}
    for path in sorted(FIXTURES.glob("*.json")) + sorted((FIXTURES / "synthetic").glob("*.json")):
        if path.name == "expected.json":
            continue
        rel = path.relative_to(FIXTURES).as_posix()
        raw = json.loads(path.read_text())
        results[rel] = expected_for(raw)
        text = raw.get("text_config")
        if raw.get("model_type") in HYBRID:
            results[rel]["cache"] = hybrid_cache(raw)
        elif isinstance(text, dict) and text.get("model_type") in HYBRID:
            # A hybrid language model inside a multimodal wrapper (Qwen3.5): its own cache.
            results[rel]["cache"] = hybrid_cache(text)
        elif raw.get("model_type") in ATTENTION_PROBED:
            results[rel]["attentionCache"] = attention_cache(raw)
        print(f"{rel}: {results[rel]['total']:,} total, {results[rel]['active']:,} active", file=sys.stderr)
    OUT.write_text(json.dumps({
        "generator": "scripts/model-config/count_with_transformers.py",
        "transformers": transformers.__version__,
        "torch": torch.__version__,
        "fixtures": results,
    }, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
