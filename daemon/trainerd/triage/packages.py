"""Import names of well-known third-party packages that training code depends on.

A package named here is certainly not the repository's own module, so words such as "could not import
apex" or "APEX is not installed" settle import_error (:mod:`trainerd.triage.rules`); which of them a plain
``pip install`` gets right is the install fix's business (:mod:`trainerd.triage.fixes.install`)."""

from __future__ import annotations

# same import and distribution name, installed with a plain `pip install` from PyPI
PLAIN_PIP = frozenset(
    """
    numpy scipy pandas matplotlib seaborn tqdm transformers datasets accelerate peft trl evaluate einops timm
    wandb tensorboard tensorboardX sentencepiece tokenizers safetensors omegaconf nltk jieba sacrebleu
    editdistance h5py lmdb imageio albumentations kornia lpips ftfy regex tiktoken fire rich termcolor
    jsonlines pyarrow polars sympy networkx numba onnx onnxruntime bitsandbytes torchmetrics submitit
    pycocotools mlflow optuna huggingface_hub diffusers librosa soundfile jiwer rouge_score absl tabulate
    plotly statsmodels xgboost lightgbm catboost gym gymnasium timeout_decorator deepspeed
    """.split()
)

# packages a plain `pip install NAME` gets wrong (built for the machine, or the name is another project's)
SPECIAL = frozenset(
    """
    apex flash_attn detectron2 mmcv clip torch torchvision torchaudio xformers torch_scatter torch_sparse
    torch_cluster pytorch3d tensorflow jax jaxlib triton mamba_ssm causal_conv1d
    """.split()
)

THIRD_PARTY = (
    PLAIN_PIP | SPECIAL | frozenset({"cv2", "sklearn", "PIL", "yaml", "skimage", "hydra", "lightning"})
)
