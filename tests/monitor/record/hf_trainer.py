"""A tiny GPT-2 trained by the Hugging Face Trainer on CPU (runs with transformers 4.x and 5.x)."""

from __future__ import annotations

import time

import torch
from common import fault_arg, token_batches
from transformers import GPT2Config, GPT2LMHeadModel, Trainer, TrainerCallback, TrainingArguments

parser = fault_arg()
parser.add_argument("--report-to", default="none")
args = parser.parse_args()
torch.manual_seed(0)

ids = token_batches(512)
rows = [{"input_ids": r, "labels": r} for r in ids]
train, val = rows[:448], rows[448:]
model = GPT2LMHeadModel(GPT2Config(vocab_size=32, n_positions=16, n_embd=32, n_layer=2, n_head=2))

lr = {"diverge": 1.0, "plateau": 0.0, "spike": 0.5}.get(args.fault, 3e-3)
steps = args.steps or (240 if args.fault == "plateau" else 120)


class Slow(TrainerCallback):
    def on_step_begin(self, a, state, control, model=None, **kw):
        if args.fault == "nan" and state.global_step == 30:  # what an fp16 overflow leaves in the weights
            with torch.no_grad():
                model.transformer.wte.weight[:, 0] = float("inf")

    def on_step_end(self, a, state, control, **kw):
        if args.fault == "slow" and state.global_step > steps // 2:
            time.sleep(0.6)
        if args.fault == "hang" and state.global_step == steps // 2:
            time.sleep(3600)


targs = TrainingArguments(
    output_dir=args.out,
    max_steps=steps,
    per_device_train_batch_size=16,
    per_device_eval_batch_size=16,
    learning_rate=lr,
    warmup_steps=80 if args.fault == "diverge" else 0,  # warmup to a peak far too high
    lr_scheduler_type={"diverge": "constant_with_warmup", "plateau": "constant", "spike": "constant"}.get(
        args.fault, "linear"
    ),
    logging_steps=2 if args.fault == "plateau" else 5,
    eval_strategy="steps",
    eval_steps=40,
    save_steps=60,
    save_strategy="steps",
    report_to=args.report_to,
    use_cpu=True,
    seed=0,
    dataloader_num_workers=0,
    max_grad_norm=1.0 if args.fault != "diverge" else 1e9,
)
Trainer(model=model, args=targs, train_dataset=train, eval_dataset=val, callbacks=[Slow()]).train()
