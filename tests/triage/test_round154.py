"""Round 154 (docs/accuracy.md, section 101, from set ACX's first sight): out of memory told in words is the GPU's
only when the text names a GPU it runs on -- not one it names to say it is not used ("the model runs on the CPU, not
the GPU") -- and out of memory whose place the words do not say is still a failure told: unknown with its sentence,
never "No traceback or error found". Texts written for this project."""

from __future__ import annotations

import pytest

from trainerd.triage.service import triage_text


def _root(text: str):
    report = triage_text(text)
    assert report.root_cause is not None, "out of memory was told: not 'no error found'"
    return report.errors[report.root_cause]


@pytest.mark.parametrize(
    "text",
    [
        "The GAN keeps running out of memory on Colab.\nThe model runs on the CPU, not the GPU.\n",
        "The tokenizer step runs out of memory; the job is CPU-only, no GPU attached.\n",
        "Training keeps running out of memory after epoch 3, no idea why.\n",
    ],
)
def test_out_of_memory_not_placed_on_a_gpu_is_unknown_with_its_sentence(text):
    root = _root(text)
    assert (root.kind, root.category) == ("unknown", None)
    assert "out of memory" in root.message


def test_out_of_memory_on_a_gpu_the_text_names_is_still_the_gpus():
    root = _root("Fine-tuning on two GPUs keeps running out of memory after epoch 3.\n")
    assert (root.kind, root.category) == ("runtime", "cuda_oom")
