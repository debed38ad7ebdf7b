"""Benchmark: does detection put the command a repository's docs tell a user to run first?

The sample is public training repositories of different shapes. Nothing of theirs is kept in this
repository: each is fetched at evaluation time (the search tool's ``fetch github:OWNER/NAME`` brings a
snapshot to ``/work/.mirror/OWNER+NAME``; any bare git mirror laid out the same way works), its newest
commit is checked out into a temporary folder (files the snapshot lacks — large data files — are left
out), ``detect`` runs on it, and its first row is compared with the expected command: the one the
repository's docs tell a new user to run to train (whitespace-normalised; ``cwd`` is the folder the
docs run it in). ``held_out`` repositories were not looked at while detection's rules were written;
their figure is reported separately as the first-sight figure.

Usage: python bench/training_detect_accuracy.py [--set dev|held_out|all] [--markdown] [--mirror DIR]
"""

from __future__ import annotations

import argparse
import subprocess
import tempfile
import threading
import time
from pathlib import Path

import attrs

from trainerd.training.detect import detect


@attrs.define
class Case:
    repo: str
    expected: list[str]  # accepted commands; the first is the one the docs lead with
    where: str  # the document and line that says so
    shape: str
    cwd: str = ""  # folder the docs run it in, relative to the repository root
    held_out: bool = False
    # held-out batch: 1 was first run before any rule saw it; 2 after the rules' revision; 3 in round 4;
    # 4 in round 5
    batch: int = 1


SAMPLE = [
    Case("EleutherAI/gpt-neox", ["python ./deepy.py train.py -d configs 125M.yml local_setup.yml"],
         "README.md:533 (Training and Finetuning)", "Megatron/DeepSpeed launcher script + YAML configs"),
    Case("KellerJordan/modded-nanogpt", ["./run.sh"], "README.md:76 (after a data download step)",
         "speedrun: shell script around torchrun, data prerequisite"),
    Case("Lightning-AI/litgpt",
         ["litgpt finetune microsoft/phi-2 --data JSON --data.json_path my_custom_dataset.json "
          "--data.val_split_fraction 0.1 --out_dir out/custom-model",
          "litgpt finetune meta-llama/Llama-3.2-3B-Instruct"],
         "README.md:237 (Finetune an LLM)", "console-script toolkit with subcommands"),
    Case("NVIDIA/Megatron-LM", ["torchrun --nproc_per_node=2 examples/run_simple_mcore_train_loop.py"],
         "docs/get-started/quickstart.md:19 (linked from README as 'Your First Training Run')",
         "Megatron: commands only in docs/"),
    Case("OpenRLHF/OpenRLHF",
         ["deepspeed --module openrlhf.cli.train_sft --data.max_len 4096 --data.dataset Open-Orca/OpenOrca "
          "--data.input_key question --data.output_key response --data.input_template $'User: {}\\nAssistant: ' "
          "--train.batch_size 256 --train.micro_batch_size 2 --data.max_samples 500000 "
          "--actor.model_name_or_path meta-llama/Meta-Llama-3-8B --ckpt.output_dir ./checkpoint/llama3-8b-sft "
          "--ckpt.save_steps -1 --logger.logging_steps 1 --eval.steps -1 --ds.zero_stage 2 --train.max_epochs 1 "
          "--ds.packing_samples --ds.param_dtype bf16 --adam.lr 5e-6 --actor.gradient_checkpointing_enable "
          "--logger.wandb.key {wandb_token}"],
         "README.md:356 (Supervised Fine-tuning)", "DeepSpeed --module launcher of a package"),
    Case("Stability-AI/generative-models", ["python main.py --base configs/example_training/toy/mnist_cond.yaml"],
         "README.md:333 (Training)", "research code, placeholder line first then a concrete one"),
    Case("ashleve/lightning-hydra-template", ["python src/train.py", "make train"],
         "README.md:158 (Quickstart, inline)", "Lightning + Hydra template (README examples name a root train.py that is not there)"),
    Case("axolotl-ai-cloud/axolotl", ["axolotl train examples/llama-3/lora-1b.yml"],
         "README.md:159 (Your First Fine-tune)", "console-script subcommand with an example YAML"),
    Case("facebookresearch/DiT",
         ["torchrun --nnodes=1 --nproc_per_node=N train.py --model DiT-XL/2 --data-path /path/to/imagenet/train"],
         "README.md:85 (Training DiT)", "single script, placeholders only"),
    Case("facebookresearch/detectron2",
         ["./train_net.py --num-gpus 8 --config-file ../configs/COCO-InstanceSegmentation/mask_rcnn_R_50_FPN_1x.yaml"],
         "GETTING_STARTED.md:51 (after `cd tools/`)", "library with tools/ scripts, GETTING_STARTED.md", cwd="tools"),
    Case("facebookresearch/dino",
         ["python -m torch.distributed.launch --nproc_per_node=8 main_dino.py --arch vit_small "
          "--data_path /path/to/imagenet/train --output_dir /path/to/saving_dir"],
         "README.md:165 (Vanilla DINO training)", "research script not named train, torch.distributed.launch"),
    Case("huggingface/alignment-handbook",
         ["ACCELERATE_LOG_LEVEL=info accelerate launch --config_file recipes/accelerate_configs/zero3.yaml "
          "scripts/sft.py --config recipes/zephyr-7b-beta/sft/config_full.yaml"],
         "recipes/zephyr-7b-beta/README.md:18 (linked from README)", "accelerate + recipe YAMLs, env prefix"),
    Case("huggingface/lerobot", ["lerobot-train --policy.type=act --dataset.repo_id=lerobot/aloha_mobile_cabinet"],
         "README.md:99", "console scripts named per task"),
    Case("huggingface/nanotron",
         ["CUDA_DEVICE_MAX_CONNECTIONS=1 torchrun --nproc_per_node=8 run_train.py --config-file "
          "examples/config_tiny_llama.yaml"], "README.md:97 (Quick Start)", "torchrun with env prefix"),
    Case("huggingface/pytorch-image-models",
         ["./distributed_train.sh 4 --data-dir /data/imagenet --model seresnet34 --sched cosine --epochs 150 "
          "--warmup-epochs 5 --lr 0.4 --reprob 0.5 --remode pixel --batch-size 256 --amp -j 4"],
         "hfdocs/source/training_script.mdx:15 (the README's 'documentation' link)", "docs site sources (.mdx)"),
    Case("huggingface/trl",
         ["trl sft --model_name_or_path Qwen/Qwen2.5-0.5B --dataset_name trl-lib/Capybara --output_dir "
          "Qwen2.5-0.5B-SFT"], "README.md:171 (Command Line Interface)", "library + console script subcommands"),
    Case("karpathy/minGPT", ["python projects/adder/adder.py", "python projects/chargpt/chargpt.py"],
         "README.md:12 (\"projects/adder trains a GPT\")", "library with projects/<name>/<name>.py, no commands in docs"),
    Case("karpathy/nanochat", ["bash runs/speedrun.sh"], "README.md:51 (Reproduce and talk to GPT-2)",
         "uv project, shell pipeline script"),
    Case("mlfoundations/open_clip",
         ["python -m open_clip_train.main --save-frequency 1 --zeroshot-frequency 1 --report-to tensorboard "
          "--train-data=\"/path/to/train_data.csv\" --val-data=\"/path/to/validation_data.csv\" --csv-img-key "
          "filepath --csv-caption-key title --imagenet-val=/path/to/imagenet/root/val/ --warmup 10000 "
          "--batch-size=128 --lr=1e-3 --wd=0.1 --epochs=30 --workers=8 --model RN50"],
         "README.md:226 (Training CLIP)", "src-layout package run with python -m"),
    Case("mosaicml/llm-foundry",
         ["composer train/train.py train/yamls/pretrain/mpt-125m.yaml variables.data_local=my-copy-c4 "
          "train_loader.dataset.split=train_small eval_loader.dataset.split=val_small max_duration=10ba "
          "eval_interval=0 save_folder=mpt-125m"],
         "README.md:231 (Quickstart, after `cd scripts` and a data step)", "composer launcher, YAML", cwd="scripts"),
    Case("openai/improved-diffusion",
         ["python scripts/image_train.py --data_dir path/to/images $MODEL_FLAGS $DIFFUSION_FLAGS $TRAIN_FLAGS"],
         "README.md:47 (Training; flags set in the block above)", "scripts/ folder, shell variables"),
    Case("pytorch/examples", ["python main.py"], "mnist/README.md:5 (the README's first example link)",
         "monorepo of examples", cwd="mnist"),
    Case("tatsu-lab/stanford_alpaca",
         ["torchrun --nproc_per_node=4 --master_port=<your_random_port> train.py --model_name_or_path "
          "<your_path_to_hf_converted_llama_ckpt_and_tokenizer> --data_path ./alpaca_data.json --bf16 True "
          "--output_dir <your_output_dir> --num_train_epochs 3 --per_device_train_batch_size 4 "
          "--per_device_eval_batch_size 4 --gradient_accumulation_steps 8 --evaluation_strategy \"no\" "
          "--save_strategy \"steps\" --save_steps 2000 --save_total_limit 1 --learning_rate 2e-5 --weight_decay 0. "
          "--warmup_ratio 0.03 --lr_scheduler_type \"cosine\" --logging_steps 1 --fsdp \"full_shard auto_wrap\" "
          "--fsdp_transformer_layer_cls_to_wrap 'LlamaDecoderLayer' --tf32 True"],
         "README.md:133 (Fine-tuning)", "HF Trainer script, placeholders"),
    Case("volcengine/verl",
         ["PYTHONUNBUFFERED=1 python3 -m verl.trainer.main_ppo data.train_files=$HOME/data/gsm8k/train.parquet "
          "data.val_files=$HOME/data/gsm8k/test.parquet data.train_batch_size=256 data.max_prompt_length=512 "
          "data.max_response_length=512 actor_rollout_ref.model.path=Qwen/Qwen2.5-0.5B-Instruct "
          "actor_rollout_ref.actor.optim.lr=1e-6 actor_rollout_ref.actor.ppo_mini_batch_size=64 "
          "actor_rollout_ref.actor.ppo_micro_batch_size_per_gpu=4 actor_rollout_ref.rollout.name=vllm "
          "actor_rollout_ref.rollout.log_prob_micro_batch_size_per_gpu=8 "
          "actor_rollout_ref.rollout.tensor_model_parallel_size=1 actor_rollout_ref.rollout.gpu_memory_utilization=0.4 "
          "actor_rollout_ref.ref.log_prob_micro_batch_size_per_gpu=4 critic.optim.lr=1e-5 "
          "critic.model.path=Qwen/Qwen2.5-0.5B-Instruct critic.ppo_micro_batch_size_per_gpu=4 "
          "algorithm.kl_ctrl.kl_coef=0.001 trainer.logger=console trainer.val_before_train=False "
          "trainer.n_gpus_per_node=1 trainer.nnodes=1 trainer.save_freq=10 trainer.test_freq=10 "
          "trainer.total_epochs=15 2>&1 | tee verl_demo.log"],
         "docs/start/quickstart.rst:85 (the README's Quickstart link)", "Hydra-style overrides, docs in .rst"),
    # held out: the expected commands below were written from each repository's docs before detection
    # was ever run on it (after the rules above were frozen); their first run is the first-sight figure
    Case("CompVis/latent-diffusion",
         ["CUDA_VISIBLE_DEVICES=<GPU_ID> python main.py --base configs/autoencoder/<config_spec>.yaml -t --gpus 0,"],
         "README.md:243 (Train your own LDMs / Training autoencoder models)", "research code, env prefix + placeholders",
         held_out=True),
    Case("allenai/OLMo",
         ["torchrun --nproc_per_node=8 scripts/train.py {path_to_train_config}",
          "python scripts/train.py configs/tiny/OLMo-20M.yaml --save_overwrite"],
         "README.md:67 (Pretraining / Steps to reproduce); the concrete Mac example at :92 also accepted",
         "torchrun + YAML configs, placeholder then a concrete example", held_out=True),
    Case("facebookresearch/mae",
         ["python submitit_pretrain.py --job_dir ${JOB_DIR} --nodes 8 --use_volta32 --batch_size 64 --model "
          "mae_vit_large_patch16 --norm_pix_loss --mask_ratio 0.75 --epochs 800 --warmup_epochs 40 --blr 1.5e-4 "
          "--weight_decay 0.05 --data_path ${IMAGENET_DIR}",
          "python submitit_finetune.py --job_dir ${JOB_DIR} --nodes 4 --batch_size 32 --model vit_base_patch16 "
          "--finetune ${PRETRAIN_CHKPT} --epochs 100 --blr 5e-4 --layer_decay 0.65 --weight_decay 0.05 --drop_path 0.1 "
          "--reprob 0.25 --mixup 0.8 --cutmix 1.0 --dist_eval --data_path ${IMAGENET_DIR}"],
         "PRETRAIN.md:5 (README: 'The pre-training instruction is in PRETRAIN.md'); FINETUNE.md:65 also accepted "
         "(the README links it first)", "instructions in linked root docs, submitit launcher", held_out=True),
    Case("hiyouga/LLaMA-Factory", ["llamafactory-cli train examples/train_lora/qwen3_lora_sft.yaml"],
         "README.md:676 (Quickstart)", "console script subcommand + example YAML", held_out=True),
    Case("huggingface/picotron", ["torchrun --nproc_per_node 8 train.py --config tmp/llama-1B/config.json"],
         "README.md:31 (Quick start, after create_config.py)", "config generated by a prerequisite step",
         held_out=True),
    Case("jzhang38/TinyLlama",
         ["lightning run model --node-rank=0 --main-address=172.16.101.5 --accelerator=cuda --devices=8 "
          "--num-nodes=2 pretrain/tinyllama.py --devices 8 --train_data_dir data/slim_star --val_data_dir data/slim_star"],
         "PRETRAIN.md:62 (README: 'Please refer to PRETRAIN.md')", "lightning launcher, entry in pretrain/",
         held_out=True),
    Case("karpathy/nanoGPT", ["python train.py config/train_shakespeare_char.py"], "README.md:48 (quick start)",
         "single script + Python config files (its shape was an existing fixture)", held_out=True),
    Case("pytorch/torchtitan", ["MODULE=llama3 CONFIG=llama3_8b ./run_train.sh"],
         "README.md:151 (Start a training run)", "env-var-driven shell launcher", held_out=True),
    Case("tloen/alpaca-lora",
         ["python finetune.py --base_model 'decapoda-research/llama-7b-hf' --data_path 'yahma/alpaca-cleaned' "
          "--output_dir './lora-alpaca'"], "README.md:38 (Training)", "entry not named train", held_out=True),
    Case("ultralytics/yolov5",
         ["python train.py --data coco.yaml --epochs 300 --weights '' --cfg yolov5n.yaml --batch-size 128"],
         "README.md:152 (Training, inside <details>)", "README inside <details>, notebook tutorial", held_out=True),
    # a second held-out batch, fetched and labelled after the rules were revised on what batch 1 showed:
    # the first-sight figure of the revised rules
    Case("facebookresearch/dinov2",
         ["python dinov2/run/train/train.py --nodes 4 --config-file dinov2/configs/train/vitl16_short.yaml "
          "--output-dir <PATH/TO/OUTPUT/DIR> train.dataset_path=ImageNet:split=TRAIN:root=<PATH/TO/DATASET>:"
          "extra=<PATH/TO/DATASET>"], "README.md:488 (Training / Fast setup)", "submitit launcher inside the package",
         held_out=True, batch=2),
    Case("kuangliu/pytorch-cifar", ["python main.py"], "README.md:12 (Training)", "tiny single script",
         held_out=True, batch=2),
    Case("artidoro/qlora", ["python qlora.py --model_name_or_path <path_or_name>"],
         "README.md:45 (Getting Started)", "single script, placeholder", held_out=True, batch=2),
    Case("lm-sys/FastChat",
         ["torchrun --nproc_per_node=4 --master_port=20001 fastchat/train/train_mem.py --model_name_or_path "
          "meta-llama/Llama-2-7b-hf --data_path data/dummy_conversation.json --bf16 True --output_dir output_vicuna "
          "--num_train_epochs 3 --per_device_train_batch_size 2 --per_device_eval_batch_size 2 "
          "--gradient_accumulation_steps 16 --evaluation_strategy \"no\" --save_strategy \"steps\" --save_steps 1200 "
          "--save_total_limit 10 --learning_rate 2e-5 --weight_decay 0. --warmup_ratio 0.03 --lr_scheduler_type "
          "\"cosine\" --logging_steps 1 --fsdp \"full_shard auto_wrap\" --fsdp_transformer_layer_cls_to_wrap "
          "'LlamaDecoderLayer' --tf32 True --model_max_length 2048 --gradient_checkpointing True --lazy_preprocess True"],
         "README.md:326 (Fine-tuning Vicuna-7B with Local GPUs)", "serving-first README, training further down",
         held_out=True, batch=2),
    Case("facebookresearch/ConvNeXt",
         ["python run_with_submitit.py --nodes 4 --ngpus 8 --model convnext_tiny --drop_path 0.1 --batch_size 128 "
          "--lr 4e-3 --update_freq 1 --model_ema true --model_ema_eval true --data_path /path/to/imagenet-1k "
          "--job_dir /path/to/save_results",
          "python -m torch.distributed.launch --nproc_per_node=8 main.py --model convnext_tiny --drop_path 0.1 "
          "--batch_size 128 --lr 4e-3 --update_freq 4 --model_ema true --model_ema_eval true --data_path "
          "/path/to/imagenet-1k"],
         "TRAINING.md:16 (README: 'See TRAINING.md'); its single-machine form at :32 also accepted",
         "instructions in a linked root doc", held_out=True, batch=2),
    Case("microsoft/Swin-Transformer",
         ["python -m torch.distributed.launch --nproc_per_node <num-of-gpus-to-use> --master_port 12345 main.py "
          "--cfg <config-file> --data-path <imagenet-path> [--batch-size <batch-size-per-gpu> --output "
          "<output-directory> --tag <job-tag>]"],
         "get_started.md:154 (README: 'please see get_started.md'; evaluation comes first there)",
         "linked guide, evaluation before training", held_out=True, batch=2),
    # a third held-out batch (round 4): chosen by the rule in /work/wt/notes/detect.md (the first repository
    # named by each of 12 fixed queries to the search tool's `code` corpus that is not in this sample and
    # whose docs give a training command; 2 queries gave none), labelled from their docs before detection
    # ever ran on them
    Case("zhaoyingjun/Tiny-R2",
         ["python train.py --n_layer 6 --n_embd 1536 --hc 'True' --mhc 'True' --n_experts 8 --max_iters 10000 "
          "--attention_types 'Sparse' --batch_size 8 --ctx_len 2048 --hf_dataset 'karpathy/climbmix-400b-shuffle' "
          "--resume True --save_best_only True"],
         "README.md:63 (2.2 start training; Chinese headings)", "single script, README in Chinese", held_out=True,
         batch=3),
    Case("zhangruochi/pseudoESM", ["./distribute_train.sh", "./train.sh"],
         "README.md:22 (Training / GPU Training; the CPU form ./train.sh below also accepted)",
         "shell wrappers around torch.distributed.launch", held_out=True, batch=3),
    Case("joaocordova/MLOps-Churn-Framework",
         ["python -m src.training.train --db-url postgresql://user:pass@host:5432/skyfit --output-dir models/v1"],
         "README.md:136 (V1 Training)", "tabular MLOps, python -m of a src/ module", held_out=True, batch=3),
    Case("tranqnhan/mltl-inference", ["python TRAIN.py"], "README.md:7 (prose: 'From src folder, run python TRAIN.py')",
         "course project, command in prose, upper-case entry", cwd="src", held_out=True, batch=3),
    Case("gatheluck/HydraConfigMVP", ["poetry run python src/train.py"],
         "README.md:33 (Run the code, after `cd type1`)", "Hydra, two poetry projects in sub-folders", cwd="type1",
         held_out=True, batch=3),
    Case("younissk/falcon-twig", ["make train"], "README.md:10 ('To train, simply run')",
         "uv project driven by a Makefile target", held_out=True, batch=3),
    Case("WinnerBishal/track-the-deer", ["make run CFG=cfg/run_Lila.v1.3k.yaml"],
         "README.md:33 (How To, inline in prose)", "YOLO training via Makefile with a config variable",
         held_out=True, batch=3),
    Case("wenhaoli-xmu/genacc",
         ["python train.py --env_conf train/genacc19-10.json --gpus[0,1,2,3,4,5,6,7] --num_layers 32"],
         "README.md:56 (训练 = Training; a data-preparation step above)", "research code, JSON configs, Chinese README",
         held_out=True, batch=3),
    Case("Wulfic/AI-OS",
         ["aios hrm-hf train-actv1 --model gpt2 --dataset-file training_data/curated_datasets/test_sample.txt "
          "--steps 1000"],
         "docs/guide/QUICK_START.md:34 (CLI training (example), PowerShell continuation; README links the guide)",
         "console-script toolkit, GUI-first README", held_out=True, batch=3),
    Case("SimicCh/AVSR-AV_Fusion_Module_for_Pre-Trained_ASR", ["python train.py <path_to_config_file>"],
         "README.md:120 (Training: 'To start the training')", "research code, YAML configs, placeholder only",
         held_out=True, batch=3),
    # a fourth held-out batch (round 5): chosen by the rule in /work/wt/notes/detect5.md (the first repository
    # named by each of 12 other fixed queries to the search tool's `code` corpus that is not in this sample and
    # whose docs give a training command; 3 queries gave none, so one reserve query was added), labelled from their docs before detection ever
    # ran on them
    Case("sssrlll/L4",
         ["bash mutual_WCS.sh",
          "bash train.sh --device_ids 0 --lamb 0.2 --train_batch_size 4 --n_train_epochs 9 --seq_train_type lll "
          "--model_name gpt2 --add_task_tokens --seed 531 --gen_lm_sample_percentage 0.2 --distil --mutual_distil "
          "--tasks $A $B $C"],
         "README.md:32 ('See examples in `mutual_WCS.sh`'; its training line, mutual_WCS.sh:5, also accepted)",
         "README points at an example script (train then test) around a train.sh wrapper", held_out=True, batch=4),
    Case("lin5316/relation-extraction", ["bash train.sh", "bash train_and_test.sh"],
         "README.md:9 ('to train only'; the train-and-test form at :5 also accepted)",
         "pre-deep-learning feature pipeline, commands indented in a plain-text README list", held_out=True,
         batch=4),
    Case("thiagoambiel/LightningDiTLoRA", ["bash run_train.sh configs/lightningdit_xl_vavae_f16d32.yaml"],
         "docs/tutorial.md:28 (README: 'detailed tutorial' under Train Your Own Models; inference comes first)",
         "diffusion research code, accelerate inside a shell wrapper, guide in docs/", held_out=True, batch=4),
    Case("sihunc-flwls/hallo",
         ["accelerate launch -m --config_file accelerate_config.yaml --machine_rank 0 --main_process_ip 0.0.0.0 "
          "--main_process_port 20055 --num_machines 1 --num_processes 8 scripts.train_stage1_hallo --config "
          "./configs/train/hallo/stage1.yaml"],
         "README.md:340 (Training; inference and data preparation come first)",
         "accelerate launch -m of a scripts module, inference-first README", held_out=True, batch=4),
    Case("Kitware/geowatch",
         ["bash docs/source/manual/tutorial/tutorial1_rgb_network.sh",
          "source docs/source/manual/tutorial/tutorial1_rgb_network.sh"],
         "README.rst:222 (Tutorials: 'Tutorial 1: Toy RGB Fusion Model Example', a linked .sh whose RunMe says "
         "`source` it)", "large package, tutorials are shell scripts linked from an .rst README", held_out=True,
         batch=4),
    Case("chenyinlin1/deepspeed_practice_example",
         ["deepspeed --num_nodes 1 --num_gpus 2 practice.py --isDeepSpeed --deepspeed_config './deepspeed_config.json'",
          "python practice.py"],
         "README.md:7 (2-GPU training, an indented block under a Chinese heading; the 1-GPU form at :10 also "
         "accepted)", "tiny DeepSpeed example, Chinese README", held_out=True, batch=4),
    Case("AkhilSinghRana/Fashion-MNIST-CNN", ["python code/main.py --mode train --num_epochs 10"],
         "README.md:61 ('Sample Train command:', a list item, not a code block)",
         "Keras classifier, entry in code/ with a --mode switch, notebooks", held_out=True, batch=4),
    Case("Mingfeng-Wang/Series_Connection",
         ["python tools/train.py ${CONFIG_FILE} [optional arguments]",
          "bash ./tools/dist_train.sh ${CONFIG_FILE} ${GPU_NUM} [optional arguments]"],
         "docs/1_exist_data_model.md:463 (README: 'with existing dataset'; the multi-GPU form at :497 also "
         "accepted)", "MMDetection copy: tools/ scripts, Python configs, commands in linked docs", held_out=True,
         batch=4),
    Case("Umutayb/GAN-Template", ["python main.py"],
         "notes/README.md:17 ('Start training'; the root README has no command)",
         "small GAN template, instructions in a sub-folder README", held_out=True, batch=4),
    Case("danielruijs/huggingface-transformers", ["sh train.sh --config path/to/train/config.yaml"],
         "src/README.md:42 (Training, after `cd src`; the root README has no command)",
         "HF Transformers object-detection fine-tuning, nohup wrapper in src/, placeholder config", cwd="src",
         held_out=True, batch=4),
]  # fmt: skip
# fetched but not scored: the root README sends readers to "the individual folders" without a command
EXCLUDED = {"microsoft/DeepSpeedExamples": "no documented command at the repository root"}


def _git_dir(mirror: Path, repo: str) -> Path | None:
    base = mirror / repo.replace("/", "+") / "repo"
    if (base / ".git").is_dir():
        return base / ".git"
    return base if (base / "HEAD").is_file() else None


def checkout(git_dir: Path, dest: Path) -> tuple[str, int]:
    """The newest commit's files into ``dest`` (blobs the snapshot lacks are skipped); (commit, missing)."""
    git = ["git", f"--git-dir={git_dir}"]
    commit = subprocess.run(
        [*git, "rev-parse", "HEAD"], capture_output=True, text=True, check=True
    ).stdout.strip()
    listing = subprocess.run([*git, "ls-tree", "-r", "-z", "HEAD"], capture_output=True, check=True).stdout
    entries = []
    for item in listing.split(b"\0"):
        if not item:
            continue
        meta, path = item.split(b"\t", 1)
        mode, kind, sha = meta.split()
        if kind == b"blob" and mode != b"120000":
            entries.append((mode, sha.decode(), path.decode("utf-8", "replace")))
    proc = subprocess.Popen([*git, "cat-file", "--batch"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert proc.stdin is not None and proc.stdout is not None
    stdin = proc.stdin

    def feed() -> None:  # written from a thread: git's output pipe would fill while we only write
        stdin.write("".join(sha + "\n" for _, sha, _ in entries).encode())
        stdin.close()

    threading.Thread(target=feed, daemon=True).start()
    missing = 0
    for mode, _sha, path in entries:
        header = proc.stdout.readline().split()
        if header[1] == b"missing":
            missing += 1
            continue
        data = proc.stdout.read(int(header[2]))
        proc.stdout.read(1)
        target = dest / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        if mode == b"100755":
            target.chmod(0o755)
    proc.wait()
    return commit, missing


def _norm(text: str) -> str:
    return " ".join(text.replace("\\\n", " ").split())


def run_case(case: Case, mirror: Path, keep: Path | None = None, top: int = 0) -> dict:
    git_dir = _git_dir(mirror, case.repo)
    if git_dir is None:
        return {"repo": case.repo, "error": f"not fetched: fetch github:{case.repo} first"}
    with tempfile.TemporaryDirectory() as tmp:
        root = (keep or Path(tmp)) / case.repo.replace("/", "+")
        if keep is not None and root.is_dir():  # a checkout kept from an earlier run
            commit = subprocess.run(["git", f"--git-dir={git_dir}", "rev-parse", "HEAD"], capture_output=True,
                                    text=True, check=True).stdout.strip()  # fmt: skip
            missing = -1
        else:
            root.mkdir(parents=True)
            commit, missing = checkout(git_dir, root)
        started = time.perf_counter()
        result = detect(root)
        elapsed = time.perf_counter() - started
        first = result.commands[0] if result.commands else None
        got = _norm(first.command) if first else ""
        got_cwd = str(Path(first.cwd).relative_to(root)) if first else ""
        got_cwd = "" if got_cwd == "." else got_cwd
        accepted = {_norm(e) for e in case.expected}
        rank = next(
            (i for i, c in enumerate(result.commands, 1)
             if _norm(c.command) in accepted and str(Path(c.cwd).relative_to(root)).strip(".") == case.cwd),
            None,
        )  # fmt: skip
        return {
            "repo": case.repo, "commit": commit[:12], "missing_files": missing, "shape": case.shape,
            "expected": case.expected[0], "where": case.where, "cwd": case.cwd, "got": got, "got_cwd": got_cwd,
            "got_origin": first.origin if first else "", "first": rank == 1, "rank": rank, "seconds": elapsed,
            "held_out": case.held_out, "batch": case.batch, "rows": len(result.commands),
            "top": [(c.command, str(Path(c.cwd).relative_to(root)), c.origin, list(c.notes), list(c.placeholders))
                    for c in result.commands[:top]],
        }  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--set", choices=["dev", "held_out", "all"], default="all")
    parser.add_argument("--mirror", default="/work/.mirror")
    parser.add_argument("--markdown", action="store_true", help="print the table for docs/accuracy.md")
    parser.add_argument("--only", help="one repository (owner/name)")
    parser.add_argument("--keep", help="keep checkouts in this folder and reuse them (faster reruns)")
    parser.add_argument("--batch", type=int, help="only this held-out batch (1, 2, 3, 4)")
    parser.add_argument("--rows", type=int, default=0, help="also print the first N rows with their notes")
    args = parser.parse_args()
    cases = [c for c in SAMPLE if args.set == "all" or (c.held_out == (args.set == "held_out"))]
    if args.only:
        cases = [c for c in cases if c.repo == args.only]
    if args.batch:
        cases = [c for c in cases if c.held_out and c.batch == args.batch]
    keep = Path(args.keep) if args.keep else None
    rows = [run_case(c, Path(args.mirror), keep, args.rows) for c in cases]
    scored = [r for r in rows if "error" not in r]
    for key, label in (
        ((False, 1), "dev"),
        ((True, 1), "held out, batch 1"),
        ((True, 2), "held out, batch 2"),
        ((True, 3), "held out, batch 3 (round 4)"),
        ((True, 4), "held out, batch 4 (round 5)"),
    ):
        part = [r for r in scored if (r["held_out"], r["batch"]) == key]
        if part:
            hits = sum(r["first"] for r in part)
            print(f"{label}: first {hits}/{len(part)} ({100 * hits / len(part):.0f}%)")
    for r in rows:
        if "error" in r:
            print(f"{r['repo']}: {r['error']}")
            continue
        mark = "ok " if r["first"] else f"#{r['rank'] or '-'}"
        print(
            f"{mark} {r['repo']:38} {r['seconds']:5.2f}s  got: [{r['got_cwd']}] {r['got'][:110]}  ({r['got_origin']})"
        )
        for i, (command, cwd, origin, notes, holes) in enumerate(r["top"], 1):
            print(f"    {i}. [{cwd}] {command[:140]}  ({origin})" + (f"  fill in: {holes}" if holes else ""))
            for note in notes:
                print(f"         - {note}")
    if args.markdown:
        print("\n| repo @ commit | shape | expected (where) | got first | rank | time |")
        print("|---|---|---|---|---|---|")
        for r in scored:
            expected = f"`{_short(r['expected'])}`" + (f" in `{r['cwd']}/`" if r["cwd"] else "")
            got = f"`{_short(r['got'])}`" + (f" in `{r['got_cwd']}/`" if r["got_cwd"] else "")
            print(f"| {r['repo']} @ {r['commit']} | {r['shape']} | {expected} ({r['where']}) | "
                  f"{'same' if r['first'] else got} | {r['rank'] or '-'} | {r['seconds']:.2f} s |")  # fmt: skip


def _short(text: str, limit: int = 90) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


if __name__ == "__main__":
    main()
