"""Round 139 (docs/accuracy.md, section 97, from the misses of sets ZT-ZZ): TensorFlow Datasets finding no prepared
dataset of the name asked for, and torchvision's ImageNet without the archives it never downloads itself, are
missing files; a TensorFlow Lite interpreter without the TensorFlow ops the model uses (the Flex delegate) is the
environment. Texts written for this project."""

from __future__ import annotations

from .conftest import framed_traceback as _tb
from .conftest import root_answer as _answer


def test_tensorflow_datasets_without_the_prepared_dataset_is_a_missing_file():
    text = _tb(
        ("finetune_policy.py", 64, "main", "dataset = make_interleaved_dataset(mixture, data_root)"),
        (
            "/opt/envs/vla/lib/python3.10/site-packages/tensorflow_datasets/core/registered.py",
            301,
            "builder",
            "raise",
        ),
        exc="tensorflow_datasets.core.registered.DatasetNotFoundError: Dataset kitchen_pick_v2 not found.",
    )
    assert _answer(text) == ("runtime", "file_not_found")


def test_the_same_error_pasted_alone_with_its_bare_class_is_a_missing_file():
    text = "Loading the RLDS mixture on the new node:\n\nDatasetNotFoundError: Dataset kitchen_pick_v2 not found.\n"
    assert _answer(text) == ("runtime", "file_not_found")


def test_torchvisions_imagenet_without_its_archive_is_a_missing_file():
    text = _tb(
        ("fewshot/run_imagenet.py", 77, "main", "train = torchvision.datasets.ImageNet(root, split='train')"),
        (
            "/usr/lib/python3/site-packages/torchvision/datasets/imagenet.py",
            103,
            "_verify_archive",
            "raise RuntimeError(msg.format(file, root))",
        ),
        exc="RuntimeError: The archive ILSVRC2012_img_train.tar is not present in the root directory or is corrupted. "
        "You need to download it externally and place it in /data/inet.",
    )
    assert _answer(text) == ("runtime", "file_not_found")


def test_a_lite_interpreter_without_the_models_tensorflow_ops_is_the_environment():
    text = (
        "The song recognizer service on the Pi stops on every clip:\n"
        "07:12:55 interpreter.invoke()\n"
        "07:12:55 RuntimeError: Select TensorFlow op(s), included in the given model, is(are) not supported by this "
        "interpreter. Make sure you apply/link the Flex delegate before inference.Node number 4 (FlexRFFT) failed to "
        "prepare.\n"
    )
    assert _answer(text) == ("runtime", "environment")


def test_a_hub_dataset_that_is_not_there_is_not_claimed():
    # control: the datasets library's own DatasetNotFoundError names a hub id (access, a typo, the network)
    text = _tb(
        ("eval_embed.py", 31, "main", "ds = load_dataset('acme/retrieval-pairs-v3')"),
        exc="datasets.exceptions.DatasetNotFoundError: Dataset 'acme/retrieval-pairs-v3' doesn't exist on the Hub "
        "or cannot be accessed.",
    )
    assert _answer(text) != ("runtime", "file_not_found")
