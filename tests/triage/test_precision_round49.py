"""Precision, round 49 (docs/accuracy.md): four claims the field corpus voted against at least as often as for
are now ``unknown`` -- a key missing from a mapping whose name only *contains* a data word, a library's
``*_forward`` helper called with a keyword it no longer takes, an empty file listing indexed inside a loader, an
error raised in torch's DataLoader worker -- while the same words keep their category where they are pinned."""

from __future__ import annotations

import pytest

from .conftest import classified_root as root
from .conftest import traceback_text as tb

USER = "/home/kai/proj/train.py"
TORCH = "/opt/env/lib/python3.11/site-packages/torch"
FLASH = "/opt/env/lib/python3.11/site-packages/transformers/modeling_flash_attention_utils.py"


@pytest.mark.parametrize(
    "code",
    [
        'weights = pl_sd["state_dict"]',  # a checkpoint's mapping (``sd``), not ``d[``
        'fps = metadata["video_fps"]',  # a file's metadata, not ``data[``
        "enc.load_state_dict(reloaded['encoder'])",  # not ``d[`` at the end of a longer name
    ],
)
def test_a_data_word_inside_a_longer_name_does_not_make_a_missing_key_the_datas(code):
    got = root(tb("KeyError: 'state_dict'", (USER, "main", code)))
    assert (got.kind, got.category) == ("unknown", None)


@pytest.mark.parametrize("code", ['mask = batch["mask"]', "x = sample['image']", "ids = data['ids']"])
def test_a_key_missing_from_the_batch_is_not_claimed_for_the_data(code):
    # (round 94: on the field corpus a KeyError on a line indexing the batch was the data's 10 times, another
    # cause's 12 -- a key the config or the model names as often as one the data lacks)
    got = root(tb("KeyError: 'mask'", (USER, "step", code)))
    assert (got.kind, got.category) == ("unknown", None)


def test_a_library_attention_helper_called_with_a_new_keyword_is_not_the_models_wiring():
    text = tb(
        "TypeError: _flash_attention_forward() got an unexpected keyword argument 'is_causal'",
        (USER, "main", "trainer.train()"),
        (FLASH, "forward", "out = _flash_attention_forward(q, k, v, mask, is_causal=True)"),
    )
    assert root(text).category != "architecture"


def test_a_models_forward_called_with_an_unknown_keyword_is_unknown_since_round_98():
    text = tb(
        "TypeError: forward() got an unexpected keyword argument 'labels'",
        (USER, "step", "out = model(images, labels=targets)"),
        (f"{TORCH}/nn/modules/module.py", "_call_impl", "return forward_call(*input, **kwargs)"),
    )
    got = root(text)
    assert (got.kind, got.category) == ("unknown", None)  # 3 right, 3 wrong on the field corpus


def test_an_empty_listing_indexed_in_a_loader_is_not_claimed_as_the_datas():
    text = tb(
        "IndexError: list index out of range",
        (USER, "main", "train_set = StereoSet(root)"),
        ("/home/kai/proj/dataloader/listfiles.py", "collect", "left = [p for p in names if 'clean' in p][0]"),
    )
    assert (root(text).kind, root(text).category) == ("unknown", None)


def test_other_words_out_of_range_in_a_loader_are_unknown_since_round_98():
    text = tb(
        "IndexError: tuple index out of range",
        (USER, "main", "for x, y, mask in loader:"),
        ("/home/kai/proj/data/dataset.py", "__getitem__", "return self.items[i][3]"),
    )
    # generic words in a dataset's frame: 2 right, 4 wrong on the field corpus
    assert (root(text).kind, root(text).category) == ("unknown", None)


def test_an_error_raised_inside_torchs_dataloader_worker_is_unknown():
    text = tb(
        "ValueError: too many values to unpack (expected 3)",
        (USER, "main", "for step, batch in enumerate(loader):"),
        (f"{TORCH}/utils/data/dataloader.py", "__next__", "data = self._next_data()"),
        (f"{TORCH}/utils/data/dataloader.py", "_process_data", "data.reraise()"),
    )
    assert (root(text).kind, root(text).category) == ("unknown", None)
