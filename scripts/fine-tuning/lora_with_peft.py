"""LoRA trainable parameters as PEFT counts them, for packages/core/src/training/fine-tuning.test.ts.

Builds each model of packages/core/fixtures/configs on the meta device (no weights are allocated),
wraps it with peft.get_peft_model for each rank and target set, and writes what
PeftModel.get_nb_trainable_parameters() reports (the figure print_trainable_parameters() prints) to
packages/core/fixtures/fine-tuning/peft-lora.json. CI needs no Python: the JSON is committed.

Run: /work/venv/bin/python scripts/fine-tuning/lora_with_peft.py
"""

import json
import pathlib

import peft
import torch
import transformers
from peft import LoraConfig, get_peft_model
from transformers import AutoConfig, AutoModelForCausalLM

ROOT = pathlib.Path(__file__).resolve().parents[2]
CONFIGS = ROOT / "packages/core/fixtures/configs"
OUT = ROOT / "packages/core/fixtures/fine-tuning/peft-lora.json"

# The calculator's target choices, as PEFT target_modules.
TARGETS = {
    "qv": ["q_proj", "v_proj"],
    "attention": ["q_proj", "k_proj", "v_proj", "o_proj"],
    "all-linear": ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"],
}
FIXTURES = ["llama-3.1-8b.json", "llama-2-7b.json", "qwen2.5-7b.json", "qwen3-8b.json", "mistral-7b-v0.1.json", "gemma-2-9b.json"]
RANKS = [8, 16, 64]

cases = []
for name in FIXTURES:
    config = AutoConfig.from_pretrained(CONFIGS / name)
    for targets, modules in TARGETS.items():
        for r in RANKS:
            with torch.device("meta"):
                model = AutoModelForCausalLM.from_config(config)
            wrapped = get_peft_model(model, LoraConfig(r=r, lora_alpha=2 * r, target_modules=modules, task_type="CAUSAL_LM"))
            trainable, total = wrapped.get_nb_trainable_parameters()
            cases.append({"fixture": name, "r": r, "targets": targets, "trainable": trainable, "allWithAdapters": total})
            print(name, targets, r, trainable)

OUT.write_text(
    json.dumps(
        {
            "generator": "scripts/fine-tuning/lora_with_peft.py",
            "peft": peft.__version__,
            "transformers": transformers.__version__,
            "torch": torch.__version__,
            "cases": cases,
        },
        indent=2,
    )
    + "\n"
)
