"""What one Llama decoder layer of transformers keeps for the backward pass, measured.

Runs one LlamaDecoderLayer forward in bf16 on the CPU, in training mode, and adds up the bytes of
every distinct tensor storage autograd saves (torch.autograd.graph.saved_tensors_hooks), leaving
out the layer's own weights. Attention is transformers' "sdpa" (no s x s scores kept, like
FlashAttention) and "eager" (scores kept). Writes packages/core/fixtures/fine-tuning/measured-activations.json,
which packages/core/src/training/fine-tuning.test.ts compares with activationBytesPerLayer: the
paper's accounting (Korthikanti et al. 2022) is a floor for what transformers' PyTorch modules keep.

Run: /work/venv/bin/python scripts/fine-tuning/measure_activations.py
"""

import json
import pathlib

import torch
import transformers
from transformers import LlamaConfig, LlamaForCausalLM

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "packages/core/fixtures/fine-tuning/measured-activations.json"

# Llama-shaped layers, small enough for a CPU: hidden, heads, KV heads, head_dim, intermediate.
SHAPES = [
    {"name": "Llama 3.1 8B ratios at 1/4 width", "hidden": 1024, "heads": 8, "kvHeads": 2, "headDim": 128, "intermediate": 3584},
    {"name": "multi-head, f = 2.75h", "hidden": 512, "heads": 8, "kvHeads": 8, "headDim": 64, "intermediate": 1408},
]
SEQUENCE, MICRO_BATCH = 256, 2

cases = []
for shape in SHAPES:
    for attention in ["sdpa", "eager"]:
        torch.manual_seed(0)
        config = LlamaConfig(
            hidden_size=shape["hidden"],
            num_attention_heads=shape["heads"],
            num_key_value_heads=shape["kvHeads"],
            head_dim=shape["headDim"],
            intermediate_size=shape["intermediate"],
            num_hidden_layers=1,
            vocab_size=256,
            attn_implementation=attention,
        )
        model = LlamaForCausalLM(config).to(torch.bfloat16).train()
        layer = model.model.layers[0]
        x = torch.randn(MICRO_BATCH, SEQUENCE, shape["hidden"], dtype=torch.bfloat16, requires_grad=True)
        positions = torch.arange(SEQUENCE).unsqueeze(0).expand(MICRO_BATCH, SEQUENCE)
        position_embeddings = model.model.rotary_emb(x, positions)
        weights = {(p.untyped_storage().data_ptr(), p.dtype) for p in model.parameters()}
        saved = {}

        def pack(t):
            key = (t.untyped_storage().data_ptr(), t.dtype)
            if key not in weights:
                saved[key] = t.untyped_storage().nbytes()
            return t

        with torch.autograd.graph.saved_tensors_hooks(pack, lambda t: t):
            layer(x, attention_mask=None, position_embeddings=position_embeddings, position_ids=positions)
        total = sum(saved.values())
        cases.append({**shape, "attention": attention, "sequence": SEQUENCE, "microBatch": MICRO_BATCH, "savedBytes": total})
        print(shape["name"], attention, total, total / (SEQUENCE * MICRO_BATCH * shape["hidden"]), "sbh")

OUT.write_text(
    json.dumps({"generator": "scripts/fine-tuning/measure_activations.py", "transformers": transformers.__version__, "torch": torch.__version__, "cases": cases}, indent=2) + "\n"
)
