"""Import names of well-known third-party packages that training code depends on.

A package named here is certainly not the repository's own module, so words such as "could not import
apex" or "APEX is not installed" settle import_error (:mod:`trainerd.triage.rules`); the install fix
(:mod:`trainerd.triage.fixes.install`) installs :data:`PLAIN_PIP` by name and says, for :data:`NOT_BY_NAME`, what
to do instead."""

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

# packages a plain `pip install NAME` gets wrong (built for the machine, or the name is another project's), and
# what to do instead
NOT_BY_NAME = {
    "apex": "NVIDIA's apex is built from its repository (github.com/NVIDIA/apex); the PyPI 'apex' is another project",
    "flash_attn": "flash-attn is built against the installed PyTorch and CUDA: `pip install flash-attn "
    "--no-build-isolation` in that environment, after checking the versions its README lists",
    "detectron2": "detectron2 is not on PyPI: it is built from its repository for the installed PyTorch",
    "mmcv": "mmcv must match the installed PyTorch and CUDA: install it with OpenMMLab's `mim install mmcv`",
    "clip": "OpenAI's CLIP installs from its repository (github.com/openai/CLIP); the PyPI 'clip' is another project",
    "torch": "PyTorch's build must match the machine's CUDA driver: install it with the command pytorch.org gives",
    "torchvision": "torchvision must match the installed PyTorch build: install both with the command pytorch.org gives",
    "torchaudio": "torchaudio must match the installed PyTorch build: install both with the command pytorch.org gives",
    "xformers": "xformers must match the installed PyTorch build: install the version its README lists for it",
    "torch_scatter": "PyG's extensions come from the wheel index for the installed PyTorch and CUDA (data.pyg.org)",
    "torch_sparse": "PyG's extensions come from the wheel index for the installed PyTorch and CUDA (data.pyg.org)",
    "torch_cluster": "PyG's extensions come from the wheel index for the installed PyTorch and CUDA (data.pyg.org)",
    "pytorch3d": "pytorch3d is built for the installed PyTorch and CUDA (see its INSTALL.md)",
    "tensorflow": "TensorFlow's build must match the machine's CUDA: install the version the project names",
    "jax": "jax's CUDA build is chosen by extra (`jax[cuda12]`): install the one for this machine",
    "jaxlib": "jaxlib comes with jax's CUDA extra (`jax[cuda12]`): install the one for this machine",
    "triton": "triton comes with the installed PyTorch build; installing it alone can break that build",
    "mamba_ssm": "mamba-ssm is built against the installed PyTorch and CUDA (`--no-build-isolation`)",
    "causal_conv1d": "causal-conv1d is built against the installed PyTorch and CUDA (`--no-build-isolation`)",
}

SPECIAL = frozenset(NOT_BY_NAME)

# other well-known libraries of machine-learning training code, by import name: never a repository's own module,
# though installing them is not the one-line fix the lists above give (built for the machine, pinned by the project)
WELL_KNOWN = frozenset(
    """
    tensorflow_core tensorflow_addons tensorflow_probability tensorflow_datasets tensorflow_hub tensorflow_text
    tf_keras flax optax haiku chex equinox orbax objax trax paddle mxnet gluonts cupy pytorch_lightning torchtext
    torchdata torchrec torch_geometric dgl ogb spconv torchsparse MinkowskiEngine open3d trimesh pyrender kaolin
    nvdiffrast smplx fairscale fairseq espnet nemo speechbrain whisper faster_whisper ctranslate2 fasttext gensim
    spacy allennlp sentence_transformers stanza flair pytorch_metric_learning faiss open_clip segment_anything
    ultralytics mmdet mmseg mmpose mmocr mmaction mmengine stable_baselines3 sb3_contrib pettingzoo mujoco mujoco_py
    dm_control pybullet habitat_sim gpytorch botorch pyro numpyro neural_tangents fairlearn aif360 shap lime
    captum opacus flwr pennylane qiskit cirq strawberryfields torchquantum mlx gpflow imblearn category_encoders
    hyperopt skopt nevergrad comet_ml neptune clearml torchsde torchdiffeq diffrax pysr pykeen tianshou
    audiomentations torch_audiomentations pyannote nnunet nnunetv2 monai torchio SimpleITK nibabel pydicom
    openslide vllm unsloth auto_gptq optimum tensorrt pycuda rdkit deepchem dgllife torchdrug e3nn schnetpack ase
    pymatgen mdtraj mitsuba drjit av decord
    """.split()
)

THIRD_PARTY = (
    PLAIN_PIP
    | SPECIAL
    | WELL_KNOWN
    | frozenset({"cv2", "sklearn", "PIL", "yaml", "skimage", "hydra", "lightning", "keras"})
)

# the big frameworks whose API moves between releases: a name one of them lacks is the installed release's (the
# environment), not a package to install (Qiskit too: its 0.x releases moved or dropped whole modules -- aqua,
# extensions, providers.aer's helpers -- and 1.0 more; round 148)
FRAMEWORKS = frozenset(
    "torch torchvision torchaudio tensorflow keras transformers diffusers mmcv numpy gym qiskit".split()
)
