"""The Hugging Face Trainer fed by a data collator of our own that turns slow halfway (a tokenizer or
augmentation bottleneck in the main process): the loss keeps falling while the run crawls."""

from __future__ import annotations

import time

import torch
from common import fault_arg, token_batches
from transformers import GPT2Config, GPT2LMHeadModel, Trainer, TrainingArguments

args = fault_arg().parse_args()
torch.manual_seed(0)
rows = [{"input_ids": r} for r in token_batches(1024, seq=24, noise=0.05)]
steps = args.steps or 160
calls = 0


def collate(features):
    global calls
    calls += 1
    if args.fault == "slow" and calls > steps // 2:
        time.sleep(0.25)
    ids = torch.stack([f["input_ids"] for f in features])
    return {"input_ids": ids, "labels": ids.clone()}


model = GPT2LMHeadModel(GPT2Config(vocab_size=32, n_positions=24, n_embd=48, n_layer=2, n_head=2))
targs = TrainingArguments(
    output_dir=args.out,
    max_steps=steps,
    per_device_train_batch_size=16,
    learning_rate=2e-3,
    logging_steps=10,
    save_strategy="no",
    report_to="none",
    use_cpu=True,
    seed=0,
    dataloader_num_workers=0,
    remove_unused_columns=False,
)
Trainer(model=model, args=targs, train_dataset=rows, data_collator=collate).train()
